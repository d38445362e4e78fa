// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/**
 * Counts: reading a count expression into value or range, qualifier, unit and period.
 *
 * <p>How the normaliser reads what news writing says (the conventions of the evaluation corpus):
 * <table>
 * <caption>Readings</caption>
 * <tr><th>written</th><th>read as</th></tr>
 * <tr><td>1,000 trucks; 3.7 million; $2bn; twenty-seven</td><td>value; qualifier exact</td></tr>
 * <tr><td>a dozen; half a dozen; two dozen</td><td>12 about; 6 about; 24 exact</td></tr>
 * <tr><td>dozens of, hundreds of, thousands of, tens of thousands of</td><td>min 24, 200, 2,000,
 * 20,000; max open; about</td></tr>
 * <tr><td>several hundred; a few hundred; several dozen; a few</td><td>min 300; 200; 36; 2; max open;
 * about</td></tr>
 * <tr><td>40 or 50; between 500 and 800; 10-15; from 3 to 4 million</td><td>min and max</td></tr>
 * <tr><td>100 to several hundred</td><td>min 100, max open</td></tr>
 * <tr><td>at least, no fewer than</td><td>at-least</td></tr>
 * <tr><td>about, around, roughly, approximately, some, nearly, almost, close to, an estimated</td>
 * <td>about</td></tr>
 * <tr><td>more than, over, above, upwards of, in excess of</td><td>more-than</td></tr>
 * <tr><td>up to, as many as, at most, no more than</td><td>at-most</td></tr>
 * <tr><td>fewer than, less than, under, below</td><td>fewer-than</td></tr>
 * <tr><td>$, US$, dollars; yuan, RMB; euros; North/South Korean won; won</td><td>unit USD; CNY; EUR;
 * KPW/KRW; "won" (which won the article does not say)</td></tr>
 * <tr><td>12%, 12 percent, 12 per cent</td><td>unit %</td></tr>
 * <tr><td>tons of coal, Chinese used cars</td><td>unit as written: the counted noun phrase, with an
 * "of" complement after a unit or a head noun</td></tr>
 * <tr><td>a month, per day, each week, daily; in a quote also last night, in 2024</td><td>period as
 * written</td></tr>
 * <tr><td>once a week; twice a month; three or four times a week</td><td>1; 2; min 3, max 4; unit
 * "times", period as written ("once" only with its period)</td></tr>
 * <tr><td>two traders said; all three markets; the two brokers</td><td>not proposed: who speaks, or
 * things already counted</td></tr>
 * <tr><td>3만 명, 二十七辆, 500吨, 两万人</td><td>30000 명; 27 辆; 500 吨; 20000 人</td></tr>
 * </table>
 * A quote that is not one count expression ("300 trucks, officials said", "many trucks") is not
 * read: the analyst fills it in.
 */
package dev.gloss.suggest.count;
