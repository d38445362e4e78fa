// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gloss.model.Qualifier;
import dev.gloss.suggest.count.CountReading;

/**
 * Chinese and Korean counts: a number in digits or in Chinese numerals, Chinese or Korean scale
 * characters (十百千万亿, 십백천만억), then a counter ("3만 명", "二十七辆", "500吨").
 */
public final class CjkCounts {

	/** A count found in text: UTF-16 offsets and what it says. */
	public record Found(int begin, int end, CountReading reading) {
	}

	private static final Map<Character, Integer> DIGITS = Map.ofEntries(Map.entry('零', 0), Map.entry('〇', 0),
			Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('兩', 2), Map.entry('三', 3),
			Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7), Map.entry('八', 8),
			Map.entry('九', 9));

	private static final Map<Character, Long> SMALL_SCALES = Map.of('十', 10L, '百', 100L, '千', 1000L, '십', 10L,
			'백', 100L, '천', 1000L);

	private static final Map<Character, Long> LARGE_SCALES = Map.of('万', 10_000L, '萬', 10_000L, '만', 10_000L,
			'亿', 100_000_000L, '億', 100_000_000L, '억', 100_000_000L);

	/** Counters and units that follow a number. */
	private static final String COUNTERS = "명|대|톤|척|건|개|원|달러|위안|킬로그램|kg|辆|輛|名|人|吨|噸|艘|个|個|元|美元|台|箱|件|头|頭|只|公斤|次|吨";

	private static final String NUMERALS = "零〇一二两兩三四五六七八九十百千万萬亿億";

	private static final Pattern COUNT = Pattern.compile(
			"(?<digits>\\d+(?:[.,]\\d+)*)?\\s?(?<numerals>[" + NUMERALS + "십백천만억]+)?\\s?(?<counter>" + COUNTERS + ")");

	private CjkCounts() {
	}

	/** Reads a whole quote, or returns null. */
	public static CountReading read(String quote) {
		Matcher m = COUNT.matcher(quote.strip());
		if (m.matches()) {
			return reading(m);
		}
		return null;
	}

	/** The next count at or after {@code from}, or null. */
	public static Found find(String text, int from) {
		Matcher m = COUNT.matcher(text);
		int at = from;
		while (at < text.length() && m.find(at)) {
			CountReading reading = reading(m);
			int begin = m.start("digits") >= 0 ? m.start("digits") : m.start("numerals") >= 0 ? m.start("numerals") : -1;
			boolean cjkContext = begin >= 0 && (m.group("numerals") != null || isCjk(text, m.start("counter")));
			if (reading != null && cjkContext && (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1))
					|| isCjk(text, begin - 1))) {
				return new Found(begin, m.end(), reading);
			}
			at = m.end() > at ? m.end() : at + 1;
		}
		return null;
	}

	private static boolean isCjk(String text, int i) {
		Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(i));
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL;
	}

	private static CountReading reading(Matcher m) {
		String digits = m.group("digits");
		String numerals = m.group("numerals");
		if (digits == null && numerals == null) {
			return null;
		}
		BigDecimal value;
		if (digits != null) {
			value = CountGrammar.number(digits);
			if (value == null) {
				return null;
			}
			if (numerals != null) {
				// only scale characters may follow digits: 3만, 2.5亿
				long scale = 1;
				for (char c : numerals.toCharArray()) {
					Long s = SMALL_SCALES.containsKey(c) ? SMALL_SCALES.get(c) : LARGE_SCALES.get(c);
					if (s == null) {
						return null;
					}
					scale *= s;
				}
				value = value.multiply(BigDecimal.valueOf(scale));
			}
		} else {
			Long parsed = chinese(numerals);
			if (parsed == null) {
				return null;
			}
			value = BigDecimal.valueOf(parsed);
		}
		return new CountReading(value, null, null, Qualifier.EXACT, unit(m.group("counter")), null);
	}

	private static String unit(String counter) {
		return switch (counter) {
		case "元", "위안" -> "CNY";
		case "美元", "달러" -> "USD";
		default -> counter;
		};
	}

	/** 二十七 = 27, 三千五百 = 3500, 两万 = 20000, 一亿二千万 = 120000000; null if not a numeral. */
	static Long chinese(String numerals) {
		long total = 0;
		long section = 0;
		long digit = -1;
		for (char c : numerals.toCharArray()) {
			Integer d = DIGITS.get(c);
			if (d != null) {
				if (digit >= 0) {
					return null;
				}
				digit = d;
			} else if (SMALL_SCALES.containsKey(c)) {
				section += (digit < 0 ? 1 : digit) * SMALL_SCALES.get(c);
				digit = -1;
			} else if (LARGE_SCALES.containsKey(c)) {
				long scale = LARGE_SCALES.get(c);
				long part = section + Math.max(digit, 0);
				// 万 multiplies what stands before it in this section; 亿 everything before it
				total = scale == 10_000L ? total + (part == 0 ? 1 : part) * scale : (total + (part == 0 && total == 0 ? 1 : part)) * scale;
				section = 0;
				digit = -1;
			} else {
				return null;
			}
		}
		return total + section + Math.max(digit, 0);
	}
}
