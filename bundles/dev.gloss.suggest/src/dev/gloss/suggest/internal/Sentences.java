// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into sentences: a full stop, question or exclamation mark (with any closing
 * quotation mark after it) followed by white space ends one, unless it closes a common
 * abbreviation ("Mr.", "U.S.", "a.m."); a blank line or a line break before a capital ends one
 * too (headlines, datelines).
 */
public final class Sentences {

	/** One sentence: UTF-16 offsets, end exclusive, white space around it left out. */
	public record Span(int begin, int end) {
	}

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
			"sgt", "st", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
			"nov", "dec", "u.s", "u.n", "a.m", "p.m", "inc", "co", "corp", "ltd", "approx");

	private Sentences() {
	}

	public static List<Span> of(String text) {
		List<Span> sentences = new ArrayList<>();
		int start = skipSpace(text, 0);
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			int end = -1;
			int next = -1;
			if (c == '.' || c == '?' || c == '!') {
				int j = i + 1;
				while (j < text.length() && isClosingQuote(text.charAt(j))) {
					j++;
				}
				if ((j == text.length() || Character.isWhitespace(text.charAt(j))) && !(c == '.' && abbreviation(text, i))) {
					end = j;
					next = j;
				}
			} else if (c == '\n' && i > start) {
				int j = skipSpace(text, i);
				boolean blank = text.substring(i + 1, j).indexOf('\n') >= 0;
				if (blank || j < text.length() && Character.isUpperCase(text.charAt(j)) && !endsWithWordJoin(text, i)) {
					end = trimEnd(text, start, i);
					next = j;
				}
			}
			if (end >= 0) {
				if (end > start) {
					sentences.add(new Span(start, end));
				}
				start = skipSpace(text, next);
				i = start;
			} else {
				i++;
			}
		}
		int end = trimEnd(text, start, text.length());
		if (end > start) {
			sentences.add(new Span(start, end));
		}
		return sentences;
	}

	private static boolean endsWithWordJoin(String text, int lineEnd) {
		// a line wrapped inside a sentence ends with a lower-case word or a comma; one that ends a
		// heading does not: keep wrapped lines together only when the line ends with a comma
		int j = lineEnd - 1;
		while (j >= 0 && text.charAt(j) == '\r') {
			j--;
		}
		return j >= 0 && (text.charAt(j) == ',' || text.charAt(j) == ';');
	}

	private static boolean abbreviation(String text, int dot) {
		int j = dot;
		while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
			j--;
		}
		String word = text.substring(j, dot).toLowerCase(java.util.Locale.ROOT);
		if (ABBREVIATIONS.contains(word)) {
			return true;
		}
		// a single capital initial ("Kim J. Park") is not the end of a sentence
		return word.length() == 1 && Character.isUpperCase(text.charAt(j));
	}

	private static boolean isClosingQuote(char c) {
		return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
	}

	private static int skipSpace(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int trimEnd(String text, int start, int end) {
		int e = end;
		while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return e;
	}
}
