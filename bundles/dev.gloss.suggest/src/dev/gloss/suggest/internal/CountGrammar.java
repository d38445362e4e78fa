// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gloss.model.Qualifier;
import dev.gloss.suggest.count.CountReading;

/**
 * The English count grammar, over tokens: {@code [qualifier] quantity [(to|-|or) quantity] [currency
 * | percent | counted noun phrase] [rate period]}, plus "between X and Y" and "from X to Y". A
 * quantity is digits with separators and a scale ("3.7 million", "$2bn"), spelled numbers
 * ("twenty-seven", "a hundred and fifty"), dozens, or a vague amount ("hundreds of", "several
 * hundred", "a few", "tens of thousands") whose upper end is open.
 */
public final class CountGrammar {

	/** A count expression found at a token: tokens {@code [first, last)}, and what it says. */
	public record Match(int first, int last, CountReading reading, boolean hasUnit, boolean vagueOnly,
			boolean bareSmall, boolean hedged) {
	}

	private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
			Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
			Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
			Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
			Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
			Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

	private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million",
			1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

	/** Scales written against the digits: "$3.7m", "2bn", "40k". */
	private static final Map<String, Long> SCALE_SUFFIXES = Map.of("k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L,
			"bn", 1_000_000_000L, "b", 1_000_000_000L);

	/** Vague plurals: "hundreds of" is at least two hundred, with no upper end. */
	private static final Map<String, Long> VAGUE_PLURALS = Map.of("dozens", 24L, "hundreds", 200L, "thousands",
			2_000L, "millions", 2_000_000L, "billions", 2_000_000_000L, "tens", 20L, "scores", 40L);

	private static final List<Phrase> QUALIFIERS = List.of(
			new Phrase(Qualifier.AT_LEAST, "at least"), new Phrase(Qualifier.AT_LEAST, "no fewer than"),
			new Phrase(Qualifier.AT_LEAST, "no less than"), new Phrase(Qualifier.AT_LEAST, "not less than"),
			new Phrase(Qualifier.AT_LEAST, "a minimum of"),
			new Phrase(Qualifier.ABOUT, "about"), new Phrase(Qualifier.ABOUT, "around"),
			new Phrase(Qualifier.ABOUT, "roughly"), new Phrase(Qualifier.ABOUT, "approximately"),
			new Phrase(Qualifier.ABOUT, "some"), new Phrase(Qualifier.ABOUT, "nearly"),
			new Phrase(Qualifier.ABOUT, "almost"), new Phrase(Qualifier.ABOUT, "close to"),
			new Phrase(Qualifier.ABOUT, "an estimated"), new Phrase(Qualifier.ABOUT, "estimated"),
			new Phrase(Qualifier.ABOUT, "approx"), new Phrase(Qualifier.ABOUT, "circa"),
			new Phrase(Qualifier.ABOUT, "an approximate"), new Phrase(Qualifier.ABOUT, "some estimated"),
			new Phrase(Qualifier.MORE_THAN, "more than"), new Phrase(Qualifier.MORE_THAN, "over"),
			new Phrase(Qualifier.MORE_THAN, "above"), new Phrase(Qualifier.MORE_THAN, "upwards of"),
			new Phrase(Qualifier.MORE_THAN, "in excess of"), new Phrase(Qualifier.MORE_THAN, "well over"),
			new Phrase(Qualifier.MORE_THAN, "just over"), new Phrase(Qualifier.MORE_THAN, "well above"),
			new Phrase(Qualifier.AT_MOST, "up to"), new Phrase(Qualifier.AT_MOST, "as many as"),
			new Phrase(Qualifier.AT_MOST, "as much as"), new Phrase(Qualifier.AT_MOST, "at most"),
			new Phrase(Qualifier.AT_MOST, "no more than"), new Phrase(Qualifier.AT_MOST, "not more than"),
			new Phrase(Qualifier.AT_MOST, "a maximum of"),
			new Phrase(Qualifier.FEWER_THAN, "fewer than"), new Phrase(Qualifier.FEWER_THAN, "less than"),
			new Phrase(Qualifier.FEWER_THAN, "under"), new Phrase(Qualifier.FEWER_THAN, "below"),
			new Phrase(Qualifier.FEWER_THAN, "just under"), new Phrase(Qualifier.FEWER_THAN, "not even"));

	private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "CNY",
			"₩", "KRW");

	private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("yuan", "CNY"),
			Map.entry("renminbi", "CNY"), Map.entry("rmb", "CNY"), Map.entry("dollars", "USD"),
			Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
			Map.entry("eur", "EUR"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"),
			Map.entry("yen", "JPY"), Map.entry("won", "won"), Map.entry("krw", "KRW"), Map.entry("kpw", "KPW"),
			Map.entry("cny", "CNY"));

	/** Nouns whose plural has no s, heads of a counted thing. */
	private static final Set<String> PLURAL_HEADS = Set.of("people", "men", "women", "children", "police",
			"personnel", "cattle", "sheep", "livestock", "fish", "staff", "head", "crew", "yuan", "won", "yen",
			"kg", "km", "feet", "geese", "mice", "deer", "swine", "aircraft", "vessels");

	/** Units of measure or packing that take "of" and a thing: "tons of coal", "crates of beer". */
	private static final Set<String> MEASURES = Set.of("ton", "tons", "tonne", "tonnes", "kilogram", "kilograms",
			"kg", "kilo", "kilos", "gram", "grams", "litre", "litres", "liter", "liters", "barrel", "barrels",
			"crate", "crates", "box", "boxes", "bag", "bags", "sack", "sacks", "truckload", "truckloads",
			"carton", "cartons", "container", "containers", "pack", "packs", "bottle", "bottles", "case",
			"cases", "piece", "pieces", "unit", "units", "head", "cubic", "square", "pallet", "pallets",
			"bundle", "bundles", "shipment", "shipments", "load", "loads", "worth", "roll", "rolls", "bale",
			"bales", "drum", "drums", "jerrycans", "cans", "kilometres", "kilometers", "metres", "meters",
			"miles", "hectares");

	private static final Set<String> PERIOD_UNITS = Set.of("day", "week", "month", "year", "night", "hour",
			"quarter", "shift", "season", "fortnight", "days", "weeks", "months", "years", "nights", "hours");

	private static final Set<String> RATE_WORDS = Set.of("daily", "weekly", "monthly", "yearly", "annually",
			"nightly");

	private record Phrase(Qualifier qualifier, List<String> words) {
		Phrase(Qualifier qualifier, String words) {
			this(qualifier, List.of(words.split(" ")));
		}
	}

	/** A number or an amount: {@code [lo, hi]}, {@code hi} null when open. */
	private record Quantity(BigDecimal lo, BigDecimal hi, boolean vague, boolean approximate, long scale,
			String currency, int next, boolean small) {
	}

	private final List<Token> tokens;
	private final String text;

	public CountGrammar(List<Token> tokens, String text) {
		this.tokens = tokens;
		this.text = text;
	}

	/**
	 * The longest count expression that starts at a token, or null.
	 *
	 * @param anyPeriod read a period of any kind after the count ("last night", "in 2024"), not
	 *                  only a rate ("a day"): a quote the analyst chose may end with one
	 */
	public Match parse(int first, boolean anyPeriod) {
		int i = first;
		Qualifier qualifier = null;
		boolean between = false;
		boolean from = false;
		if (word(i, "between")) {
			between = true;
			i++;
		} else if (word(i, "from")) {
			from = true;
			i++;
		} else {
			for (Phrase phrase : QUALIFIERS) {
				if (words(i, phrase.words) && longestQualifier(i, phrase)) {
					qualifier = phrase.qualifier;
					i += phrase.words.size();
					break;
				}
			}
		}
		Quantity a = quantity(i);
		if (a == null) {
			return null;
		}
		int k = a.next;
		Quantity b = null;
		if (between ? word(k, "and") : from ? word(k, "to") : isRangeConnector(k, a)) {
			int j = k + 1;
			Qualifier second = null;
			for (Phrase phrase : QUALIFIERS) {
				if (phrase.qualifier != Qualifier.ABOUT && words(j, phrase.words)) {
					second = phrase.qualifier;
					j += phrase.words.size();
					break;
				}
			}
			b = quantity(j);
			if (b != null && second != null && second != Qualifier.AT_MOST) {
				b = null;
			}
			if (b != null) {
				k = b.next;
			}
		}
		if ((between || from) && b == null) {
			return null;
		}
		BigDecimal value = null;
		BigDecimal min = null;
		BigDecimal max = null;
		String currency = a.currency != null ? a.currency : b != null ? b.currency : null;
		boolean approximate = a.approximate;
		if (b != null) {
			BigDecimal lo = a.lo;
			if (a.scale == 1 && b.scale > 1 && !a.vague) {
				// "3 to 4 million": the scale of the second number holds for the first
				lo = lo.multiply(BigDecimal.valueOf(b.scale));
			}
			min = lo;
			max = b.vague ? null : b.hi;
			if (max != null && max.compareTo(min) <= 0) {
				return null;
			}
		} else if (a.vague) {
			min = a.lo;
			max = a.hi;
			approximate = true;
		} else {
			value = a.lo;
		}
		boolean hasUnit = false;
		String unit = null;
		int unitFirst = k;
		if (currency == null && word(k, "of") && (a.vague || a.scale > 1 || b != null && b.vague)
				&& currencyWord(k + 1) != null) {
			// "tens of thousands of dollars"
			k++;
		}
		if (currency == null && k < tokens.size()) {
			String suffix = currencyWord(k);
			if (suffix != null) {
				currency = suffix;
				k += suffixLength(k);
			}
		}
		if (currency != null) {
			unit = currency;
			hasUnit = true;
		} else if (sign(k, "%") || word(k, "percent")) {
			unit = "%";
			hasUnit = true;
			k++;
		} else if (word(k, "per") && word(k + 1, "cent")) {
			unit = "%";
			hasUnit = true;
			k += 2;
		} else {
			int start = k;
			if (word(start, "of") && (a.vague || a.scale > 1 || (b != null && b.vague))) {
				start++;
			}
			int end = nounPhrase(start);
			if (end > start) {
				unit = text.substring(tokens.get(start).begin(), tokens.get(end - 1).end());
				unitFirst = start;
				hasUnit = true;
				k = end;
			}
		}
		String period = null;
		int periodEnd = ratePeriod(k);
		if (periodEnd < 0 && anyPeriod) {
			periodEnd = anyPeriod(k);
		}
		if (periodEnd > k) {
			period = text.substring(tokens.get(k).begin(), tokens.get(periodEnd - 1).end());
			k = periodEnd;
		}
		Qualifier effective = qualifier != null ? qualifier : approximate ? Qualifier.ABOUT : Qualifier.EXACT;
		if (value == null && min == null) {
			return null;
		}
		boolean small = b == null && a.small && !hasUnitOfMeasure(unitFirst, unit);
		return new Match(first, k, new CountReading(value, min, max, effective, unit, period), hasUnit,
				b == null && a.vague, small, qualifier != null);
	}

	/** "up to" beats "up", "more than" beats "more": the list is tried in order, so check longer ones. */
	private boolean longestQualifier(int i, Phrase chosen) {
		for (Phrase phrase : QUALIFIERS) {
			if (phrase.words.size() > chosen.words.size() && words(i, phrase.words)) {
				return false;
			}
		}
		return true;
	}

	private boolean hasUnitOfMeasure(int unitFirst, String unit) {
		return unit != null && unitFirst < tokens.size() && MEASURES.contains(tokens.get(unitFirst).lower());
	}

	private boolean isRangeConnector(int k, Quantity a) {
		if (k >= tokens.size()) {
			return false;
		}
		Token t = tokens.get(k);
		if (t.text().equals("-") || t.text().equals("–") || t.text().equals("—")) {
			// "10-15": only a range when written tight or spaced evenly, never a dash between clauses
			return k + 1 < tokens.size() && (t.begin() == tokens.get(k - 1).end()) == (t.end() == tokens.get(k + 1).begin());
		}
		return t.is("to") || t.is("or") && !a.vague;
	}

	private Quantity quantity(int i) {
		if (i >= tokens.size()) {
			return null;
		}
		String currency = null;
		int j = i;
		if (word(j, "US") && sign(j + 1, "$")) {
			currency = "USD";
			j += 2;
		} else if (j < tokens.size() && CURRENCY_SIGNS.containsKey(tokens.get(j).text())) {
			currency = CURRENCY_SIGNS.get(tokens.get(j).text());
			j++;
		} else if (word(j, "RMB") && j + 1 < tokens.size() && tokens.get(j + 1).isNumber()) {
			currency = "CNY";
			j++;
		}
		if (currency == null && word(j, "twice")) {
			return new Quantity(BigDecimal.valueOf(2), BigDecimal.valueOf(2), false, false, 1, "times", j + 1, false);
		}
		if (currency == null && (word(j, "once") || word(j, "thrice")) && ratePeriod(j + 1) > 0) {
			// "once a week" is a frequency; "once the paperwork settles", "at once" are not counts
			BigDecimal times = BigDecimal.valueOf(word(j, "once") ? 1 : 3);
			return new Quantity(times, times, false, false, 1, "times", j + 1, false);
		}
		Quantity q = digits(j);
		if (q == null && currency == null) {
			q = spelled(j);
			if (q == null) {
				q = vague(j);
			}
		}
		if (q == null) {
			return null;
		}
		return currency == null ? q
				: new Quantity(q.lo, q.hi, q.vague, q.approximate, q.scale, currency, q.next, false);
	}

	private Quantity digits(int i) {
		if (i >= tokens.size() || !tokens.get(i).isNumber()) {
			return null;
		}
		Token t = tokens.get(i);
		BigDecimal number = number(t.text());
		if (number == null) {
			return null;
		}
		int next = i + 1;
		long scale = 1;
		if (next < tokens.size()) {
			Token s = tokens.get(next);
			if (s.begin() == t.end() && SCALE_SUFFIXES.containsKey(s.lower())) {
				scale = SCALE_SUFFIXES.get(s.lower());
				next++;
			} else if (SCALES.containsKey(s.lower())) {
				scale = SCALES.get(s.lower());
				next++;
				if (scale == 1_000 && next < tokens.size() && SCALES.containsKey(tokens.get(next).lower())) {
					return null;
				}
			}
		}
		if (scale > 1 && word(next, "dozen")) {
			return null;
		}
		BigDecimal value = number.multiply(BigDecimal.valueOf(scale));
		if (word(next, "dozen")) {
			BigDecimal dozens = value.multiply(BigDecimal.valueOf(12));
			return new Quantity(dozens, dozens, false, false, 12, null, next + 1, false);
		}
		return new Quantity(value, value, false, false, scale, null, next, false);
	}

	/** "1,000" and "3.7"; a European "1.000.000" or a stray "1,5" is not read. */
	static BigDecimal number(String digits) {
		if (digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
			return new BigDecimal(digits.replace(",", ""));
		}
		return null;
	}

	private Quantity spelled(int i) {
		long total = 0;
		long current = 0;
		int j = i;
		boolean any = false;
		long lastScale = 1;
		boolean article = false;
		if ((word(j, "a") || word(j, "an")) && j + 1 < tokens.size()) {
			String next = tokens.get(j + 1).lower();
			if (SCALES.containsKey(next) || next.equals("dozen")) {
				article = true;
				current = 1;
				j++;
			} else {
				return null;
			}
		}
		if (word(j, "half") && word(j + 1, "a") && j + 2 < tokens.size()) {
			String next = tokens.get(j + 2).lower();
			if (next.equals("dozen")) {
				return new Quantity(BigDecimal.valueOf(6), BigDecimal.valueOf(6), false, true, 1, null, j + 3, false);
			}
			if (SCALES.containsKey(next) && SCALES.get(next) >= 1000) {
				BigDecimal v = BigDecimal.valueOf(SCALES.get(next) / 2);
				return new Quantity(v, v, false, false, SCALES.get(next), null, j + 3, false);
			}
		}
		while (j < tokens.size()) {
			Token t = tokens.get(j);
			if (!t.isWord()) {
				break;
			}
			String w = t.lower();
			Integer small = smallNumber(w);
			if (small != null) {
				boolean follows = current == 0 || current % 100 == 0 && lastScale >= 100
						|| current >= 20 && current < 100 && current % 10 == 0 && small < 10;
				if (any && !follows) {
					break;
				}
				current += small;
				any = true;
				lastScale = 1;
			} else if (SCALES.containsKey(w) && (any || article)) {
				long scale = SCALES.get(w);
				if (scale == 100) {
					current = (current == 0 ? 1 : current) * 100;
				} else {
					total += (current == 0 ? 1 : current) * scale;
					current = 0;
				}
				lastScale = scale;
				any = true;
			} else if (w.equals("and") && any && lastScale >= 100 && j + 1 < tokens.size()
					&& smallNumber(tokens.get(j + 1).lower()) != null) {
				// "a hundred and fifty"
			} else if (w.equals("dozen") && (any || article)) {
				long dozens = (total + current) == 0 ? 1 : total + current;
				BigDecimal v = BigDecimal.valueOf(dozens * 12);
				return new Quantity(v, v, false, article, 12, null, j + 1, false);
			} else if (w.equals("dozens") && any) {
				break;
			} else {
				break;
			}
			j++;
		}
		if (!any) {
			return null;
		}
		long value = total + current;
		if (word(j, "dozen")) {
			return null;
		}
		BigDecimal v = BigDecimal.valueOf(value);
		return new Quantity(v, v, false, false, lastScale, null, j, value < 10 && lastScale == 1);
	}

	private static Integer smallNumber(String w) {
		Integer small = SMALL.get(w);
		if (small != null) {
			return small;
		}
		int dash = w.indexOf('-');
		if (dash > 0) {
			Integer tens = SMALL.get(w.substring(0, dash));
			Integer ones = SMALL.get(w.substring(dash + 1));
			if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10) {
				return tens + ones;
			}
		}
		return null;
	}

	private Quantity vague(int i) {
		if (i >= tokens.size()) {
			return null;
		}
		String w = tokens.get(i).lower();
		// "tens of thousands", "hundreds of thousands"
		if (VAGUE_PLURALS.containsKey(w) && word(i + 1, "of") && i + 2 < tokens.size()
				&& VAGUE_PLURALS.containsKey(tokens.get(i + 2).lower()) && !tokens.get(i + 2).is("dozens")) {
			long lo = VAGUE_PLURALS.get(w) * VAGUE_PLURALS.get(tokens.get(i + 2).lower()) / 2;
			return vagueAmount(lo, i + 3);
		}
		if (VAGUE_PLURALS.containsKey(w) && !w.equals("tens") && !w.equals("scores")) {
			return vagueAmount(VAGUE_PLURALS.get(w), i + 1);
		}
		int several = 0;
		int j = i;
		if (w.equals("several")) {
			several = 3;
			j = i + 1;
		} else if (w.equals("a") && word(i + 1, "few")) {
			several = 2;
			j = i + 2;
		} else if (w.equals("a") && word(i + 1, "couple") && word(i + 2, "of")) {
			several = 2;
			j = i + 3;
		}
		if (several == 0) {
			return null;
		}
		if (j < tokens.size()) {
			String next = tokens.get(j).lower();
			if (SCALES.containsKey(next)) {
				return vagueAmount(several * SCALES.get(next), j + 1);
			}
			if (next.equals("dozen")) {
				return vagueAmount(several * 12L, j + 1);
			}
		}
		return vagueAmount(several, j);
	}

	private static Quantity vagueAmount(long lo, int next) {
		return new Quantity(BigDecimal.valueOf(lo), null, true, true, 1, null, next, false);
	}

	private String currencyWord(int k) {
		if (word(k, "North") && word(k + 1, "Korean") && word(k + 2, "won")) {
			return "KPW";
		}
		if (word(k, "South") && word(k + 1, "Korean") && word(k + 2, "won")) {
			return "KRW";
		}
		if (word(k, "US") && word(k + 1, "dollars")) {
			return "USD";
		}
		if (k < tokens.size() && tokens.get(k).isWord()) {
			return CURRENCY_WORDS.get(tokens.get(k).lower());
		}
		return null;
	}

	private int suffixLength(int k) {
		if (word(k, "North") || word(k, "South")) {
			return 3;
		}
		return word(k, "US") ? 2 : 1;
	}

	/**
	 * The counted thing after a number: words up to the first plural head noun ("Chinese used
	 * cars"), with an "of" complement after a head or a unit of measure ("tons of coal"). Stops at
	 * function words, punctuation, numbers, and participles not followed by a noun ("trucks crossed").
	 *
	 * @return the index after the phrase ({@code start} when there is none)
	 */
	public int nounPhrase(int start) {
		int k = start;
		int words = 0;
		while (k < tokens.size() && words < 5) {
			Token t = tokens.get(k);
			if (!candidate(k)) {
				break;
			}
			String w = t.lower();
			if (isParticiple(w) && !candidate(k + 1)) {
				break;
			}
			if (k > start && t.isCapitalised() && !tokens.get(k - 1).isCapitalised()) {
				break;
			}
			k++;
			words++;
			boolean head = looksPlural(w) || PLURAL_HEADS.contains(w) || MEASURES.contains(w);
			if (head) {
				if (word(k, "of") && candidate(k + 1) && !isParticiple(tokens.get(k + 1).lower())) {
					int j = k + 1;
					int more = 0;
					while (j < tokens.size() && more < 3 && candidate(j)) {
						String x = tokens.get(j).lower();
						if (isParticiple(x) && !candidate(j + 1)) {
							break;
						}
						j++;
						more++;
						if (looksPlural(x) || PLURAL_HEADS.contains(x)) {
							break;
						}
					}
					k = j;
				}
				if (!MEASURES.contains(w) || !candidate(k)) {
					break;
				}
			}
		}
		return k;
	}

	private boolean candidate(int k) {
		if (k >= tokens.size()) {
			return false;
		}
		Token t = tokens.get(k);
		if (!t.isWord()) {
			return false;
		}
		String w = t.lower();
		return !Words.isFunction(w) && !Words.isTime(w) && !Words.REPORTING.contains(w) && !RATE_WORDS.contains(w)
				&& !SCALES.containsKey(w) && smallNumber(w) == null;
	}

	private static boolean isParticiple(String w) {
		return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
	}

	private static boolean looksPlural(String w) {
		return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
				&& !w.endsWith("'s");
	}

	/** "a day", "per month", "each week", "every year", "daily": a rate, part of the count. */
	private int ratePeriod(int k) {
		if (k >= tokens.size()) {
			return -1;
		}
		String w = tokens.get(k).lower();
		if (RATE_WORDS.contains(w)) {
			return k + 1;
		}
		if (w.equals("per") && candidate(k + 1)) {
			// "per trip", "per head": any unit after "per" makes a rate
			return k + 2;
		}
		if ((w.equals("a") || w.equals("an") || w.equals("per") || w.equals("each") || w.equals("every"))
				&& k + 1 < tokens.size() && PERIOD_UNITS.contains(tokens.get(k + 1).lower())) {
			return k + 2;
		}
		return -1;
	}

	/** Any time phrase after the count, up to the end of the quote: "last night", "in 2024". */
	private int anyPeriod(int k) {
		if (k >= tokens.size()) {
			return -1;
		}
		String w = tokens.get(k).lower();
		if (Set.of("last", "this", "next", "past", "previous").contains(w) && k + 1 < tokens.size()
				&& (PERIOD_UNITS.contains(tokens.get(k + 1).lower()) || Words.isTime(tokens.get(k + 1).lower()))) {
			return k + 2;
		}
		if (Set.of("in", "during", "since", "over", "throughout", "on", "by").contains(w)) {
			int j = k + 1;
			while (j < tokens.size() && (tokens.get(j).isWord() || tokens.get(j).isNumber())) {
				j++;
			}
			if (j > k + 1 && (j == tokens.size() || !tokens.get(j).isWord())) {
				boolean timely = false;
				for (int x = k + 1; x < j; x++) {
					String y = tokens.get(x).lower();
					timely |= Words.isTime(y) || PERIOD_UNITS.contains(y) || y.matches("(19|20)\\d\\d");
				}
				return timely ? j : -1;
			}
		}
		if (w.equals("yesterday") || w.equals("today") || w.equals("tonight")) {
			return k + 1;
		}
		return -1;
	}

	private boolean word(int i, String w) {
		return i >= 0 && i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).text().equalsIgnoreCase(w);
	}

	private boolean words(int i, List<String> ws) {
		for (int x = 0; x < ws.size(); x++) {
			if (!word(i + x, ws.get(x))) {
				return false;
			}
		}
		return true;
	}

	private boolean sign(int i, String s) {
		return i < tokens.size() && tokens.get(i).text().equals(s);
	}

	/** Lower case of a token, or "" past the end. */
	public String lower(int i) {
		return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
	}

	/** The tokens of a list that a range covers, for callers that track spans. */
	public static List<Token> slice(List<Token> tokens, int first, int last) {
		return new ArrayList<>(tokens.subList(first, last));
	}
}
