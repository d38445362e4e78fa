/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.conll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokenizer behind the CoNLL export. It is simple and fully predictable, so that anyone can
 * reproduce its tokens:
 * <ol>
 * <li>Whitespace (any Unicode space or line break) separates tokens and is never part of one.</li>
 * <li>A run of letters and digits is one token (Latin, Cyrillic, Hangul words...). An apostrophe,
 * period, comma or hyphen between two letters or digits stays inside it: "don't", "1,200",
 * "3.5", "cross-border".</li>
 * <li>Each Han ideograph, Hiragana and Katakana character is a token of its own, as those scripts
 * do not separate words with spaces.</li>
 * <li>Any other character (punctuation, symbols, emoji) is a token of its own.</li>
 * <li>Combining marks, variation selectors, zero-width joiners and emoji modifiers stay with the
 * character before them, so an emoji sequence is one token.</li>
 * <li>Every annotation boundary is also a token boundary: a span never starts or ends inside a
 * token, so IOB2 tags reproduce each span exactly.</li>
 * </ol>
 * Offsets are UTF-16 units into the text.
 */
public final class Tokenizer {

	/** A token: {@code [begin, end)} in UTF-16 units. */
	public record Token(int begin, int end) {
	}

	private Tokenizer() {
	}

	/**
	 * @param boundaries UTF-16 offsets that must be token boundaries (annotation begins and ends),
	 *                   in any order
	 */
	public static List<Token> tokenize(String text, int[] boundaries) {
		int[] cuts = boundaries.clone();
		Arrays.sort(cuts);
		List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
		int cut = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			int c = text.codePointAt(i);
			if (isSpace(c)) {
				i += Character.charCount(c);
				continue;
			}
			int start = i;
			i += Character.charCount(c);
			if (isWord(c)) {
				while (i < length) {
					int next = text.codePointAt(i);
					if (isWord(next) || isAttached(next)) {
						i += Character.charCount(next);
					} else if (isInfix(next) && i + 1 < length && isWord(text.codePointAt(i + 1))
							&& isWord(text.codePointBefore(i))) {
						i += 1;
					} else {
						break;
					}
				}
			} else {
				while (i < length && (isAttached(text.codePointAt(i)) || text.codePointBefore(i) == 0x200D)) {
					i += Character.charCount(text.codePointAt(i));
				}
			}
			// split the run at annotation boundaries inside it
			while (cut < cuts.length && cuts[cut] <= start) {
				cut++;
			}
			int from = start;
			while (cut < cuts.length && cuts[cut] < i) {
				if (cuts[cut] > from) {
					tokens.add(new Token(from, cuts[cut]));
					from = cuts[cut];
				}
				cut++;
			}
			tokens.add(new Token(from, i));
		}
		return tokens;
	}

	static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isWord(int c) {
		if (!Character.isLetterOrDigit(c)) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
				&& script != Character.UnicodeScript.KATAKANA;
	}

	private static boolean isInfix(int c) {
		return c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == '-';
	}

	/** Characters that belong to the one before them. */
	private static boolean isAttached(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)
				|| (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
	}
}
