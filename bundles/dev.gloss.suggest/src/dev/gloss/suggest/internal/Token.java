// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.util.Locale;

/**
 * A word, a number or a punctuation mark of an article.
 *
 * @param begin UTF-16 offset
 * @param end   exclusive UTF-16 offset
 * @param text  the characters as written
 * @param kind  what it is
 */
public record Token(int begin, int end, String text, Kind kind) {

	/** What a token is. */
	public enum Kind {
		WORD, NUMBER, CJK, PUNCTUATION
	}

	public String lower() {
		return text.toLowerCase(Locale.ROOT).replace('’', '\'');
	}

	public boolean isWord() {
		return kind == Kind.WORD;
	}

	public boolean isNumber() {
		return kind == Kind.NUMBER;
	}

	public boolean is(String word) {
		return text.equalsIgnoreCase(word);
	}

	/** Starts with a capital letter. */
	public boolean isCapitalised() {
		return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
	}
}
