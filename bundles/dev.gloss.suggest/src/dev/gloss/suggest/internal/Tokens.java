// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens with their offsets. A word keeps its inner apostrophes and hyphens
 * ("Ji'an", "twenty-seven", "Sino-Korean"); a number keeps its separators ("1,000", "3.7"); Chinese
 * and Korean characters run together into one token, since those scripts write no spaces between
 * a number and its counter.
 */
public final class Tokens {

	private static final Pattern TOKEN = Pattern.compile(
			"(?<cjk>[\\p{IsHan}\\p{IsHangul}\\u3007]+)"
					+ "|(?<number>\\d+(?:[.,]\\d+)*)"
					+ "|(?<word>[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*)"
					+ "|(?<other>\\S)");

	private Tokens() {
	}

	public static List<Token> of(CharSequence text) {
		List<Token> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			Token.Kind kind = m.group("cjk") != null ? Token.Kind.CJK
					: m.group("number") != null ? Token.Kind.NUMBER
							: m.group("word") != null ? Token.Kind.WORD : Token.Kind.PUNCTUATION;
			String value = m.group();
			int end = m.end();
			// a number's trailing separator is punctuation: "300," and "300." end at 300
			tokens.add(new Token(m.start(), end, value, kind));
		}
		return tokens;
	}

	/** The key a passage is remembered under: lower case, one space, possessives and curly quotes aside. */
	public static String key(CharSequence text) {
		StringBuilder key = new StringBuilder();
		for (Token token : of(text)) {
			String word = token.lower();
			if (word.endsWith("'s") && word.length() > 2) {
				word = word.substring(0, word.length() - 2);
			}
			if (token.kind() == Token.Kind.PUNCTUATION && (word.equals("'") || word.equals("\""))) {
				continue;
			}
			if (!key.isEmpty()) {
				key.append(' ');
			}
			key.append(word);
		}
		return key.toString();
	}
}
