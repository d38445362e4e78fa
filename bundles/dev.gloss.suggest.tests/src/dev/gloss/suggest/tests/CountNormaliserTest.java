// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.suggest.count.CountNormaliser;
import dev.gloss.suggest.count.CountReading;

/**
 * Every form of count the normaliser reads, as "value | min | max | qualifier | unit | period"
 * (empty for none; max "open" for an open upper end).
 */
class CountNormaliserTest {

	private final CountNormaliser normaliser = new CountNormaliser();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			# digits, separators, decimals, scale words
			1,000 trucks                         | 1000     |     |      | exact      | trucks              |
			300                                  | 300      |     |      | exact      |                     |
			3.7 million                          | 3700000  |     |      | exact      |                     |
			2.5 billion yuan                     | 2500000000 |   |      | exact      | CNY                 |
			40 thousand tons                     | 40000    |     |      | exact      | tons                |
			# spelled numbers
			twenty-seven smugglers               | 27       |     |      | exact      | smugglers           |
			three hundred and fifty workers      | 350      |     |      | exact      | workers             |
			a hundred boats                      | 100      |     |      | exact      | boats               |
			five thousand                        | 5000     |     |      | exact      |                     |
			one million dollars                  | 1000000  |     |      | exact      | USD                 |
			# dozens and vague amounts (open upper end)
			a dozen trucks                       | 12       |     |      | about      | trucks              |
			two dozen guards                     | 24       |     |      | exact      | guards              |
			dozens of traders                    |          | 24  | open | about      | traders             |
			hundreds of people                   |          | 200 | open | about      | people              |
			thousands of tons of rice            |          | 2000 | open | about     | tons of rice        |
			tens of thousands of dollars         |          | 20000 | open | about    | USD                 |
			several hundred vehicles             |          | 300 | open | about      | vehicles            |
			a few hundred soldiers               |          | 200 | open | about      | soldiers            |
			a few                                |          | 2   | open | about      |                     |
			several dozen boats                  |          | 36  | open | about      | boats               |
			# ranges
			40 or 50 trucks                      |          | 40  | 50   | exact      | trucks              |
			between 500 and 800 tons             |          | 500 | 800  | exact      | tons                |
			10-15 boats                          |          | 10  | 15   | exact      | boats               |
			from 300 to 400 workers              |          | 300 | 400  | exact      | workers             |
			3 to 4 million dollars               |          | 3000000 | 4000000 | exact | USD             |
			100 to several hundred               |          | 100 | open | exact      |                     |
			At least 100 to several hundred vehicles |      | 100 | open | at-least   | vehicles            |
			# qualifiers
			at least 200 people                  | 200      |     |      | at-least   | people              |
			about 300 trucks                     | 300      |     |      | about      | trucks              |
			roughly 40 percent                   | 40       |     |      | about      | %                   |
			nearly 1,000 smugglers               | 1000     |     |      | about      | smugglers           |
			more than 60 vessels                 | 60       |     |      | more-than  | vessels             |
			over 2,000 tonnes of coal            | 2000     |     |      | more-than  | tonnes of coal      |
			up to 500 workers                    | 500      |     |      | at-most    | workers             |
			fewer than 20 guards                 | 20       |     |      | fewer-than | guards              |
			some 70 vehicles                     | 70       |     |      | about      | vehicles            |
			an estimated 5,000 people            | 5000     |     |      | about      | people              |
			# money and percentages
			$370 million                         | 370000000 |    |      | exact      | USD                 |
			US$2.1 billion                       | 2100000000 |   |      | exact      | USD                 |
			$3.7m                                | 3700000  |     |      | exact      | USD                 |
			5,000 yuan                           | 5000     |     |      | exact      | CNY                 |
			300,000 North Korean won             | 300000   |     |      | exact      | KPW                 |
			8,000 won                            | 8000     |     |      | exact      | won                 |
			12 percent                           | 12       |     |      | exact      | %                   |
			12%                                  | 12       |     |      | exact      | %                   |
			7.5 per cent                         | 7.5      |     |      | exact      | %                   |
			# units with their thing, the counted noun phrase
			20 tons of coal                      | 20       |     |      | exact      | tons of coal        |
			150 crates of beer                   | 150      |     |      | exact      | crates of beer      |
			300 Chinese used cars                | 300      |     |      | exact      | Chinese used cars   |
			12 North Korean workers              | 12       |     |      | exact      | North Korean workers |
			# periods
			5,000 yuan a month                   | 5000     |     |      | exact      | CNY                 | a month
			40 trucks per day                    | 40       |     |      | exact      | trucks              | per day
			about 30 boats each week             | 30       |     |      | about      | boats               | each week
			200 trucks last night                | 200      |     |      | exact      | trucks              | last night
			1,200 tons in 2024                   | 1200     |     |      | exact      | tons                | in 2024
			60 tons daily                        | 60       |     |      | exact      | tons                | daily
			# Korean and Chinese numerals with counters
			3만 명                               | 30000    |     |      | exact      | 명                  |
			二十七辆                             | 27       |     |      | exact      | 辆                  |
			500吨                                | 500      |     |      | exact      | 吨                  |
			两万人                               | 20000    |     |      | exact      | 人                  |
			1억 원                               | 100000000 |    |      | exact      | 원                  |
			""")
	void reads(String quote, String value, String min, String max, String qualifier, String unit, String period) {
		Optional<CountReading> read = normaliser.read(quote);
		assertTrue(read.isPresent(), () -> "not read: " + quote);
		CountReading r = read.get();
		assertEquals(value, r.value() == null ? null : r.value().toPlainString(), "value of " + quote);
		assertEquals(min, r.min() == null ? null : r.min().toPlainString(), "min of " + quote);
		assertEquals(max, r.max() == null ? (r.min() != null ? "open" : null) : r.max().toPlainString(),
				"max of " + quote);
		assertEquals(qualifier, r.qualifier().getLiteral(), "qualifier of " + quote);
		assertEquals(unit, r.unit(), "unit of " + quote);
		assertEquals(period, r.period(), "period of " + quote);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "many trucks", "trucks", "a number of boats", "300 trucks, officials said",
			"the border", "scores", "" })
	void leavesWhatItIsUnsureOfForTheAnalyst(String quote) {
		assertEquals(Optional.empty(), normaliser.read(quote), quote);
	}

	@Test
	void findsCountsInRunningTextAndSkipsYearsDatesAndOrdinals() {
		String text = "In 2024 about 300 trucks crossed the bridge on March 3, the 2nd time since No. 4 opened. "
				+ "Traders paid 5,000 yuan a month, one driver said, and several hundred vehicles waited.";
		List<String> quotes = normaliser.find(text).stream().map(f -> text.substring(f.begin(), f.end())).toList();
		assertEquals(List.of("about 300 trucks", "5,000 yuan a month", "several hundred vehicles"), quotes);
	}

	@Test
	void describesAReadingForThePopup() {
		assertEquals("min 100, max open, at least, vehicles",
				normaliser.read("At least 100 to several hundred vehicles").orElseThrow().describe());
	}
}
