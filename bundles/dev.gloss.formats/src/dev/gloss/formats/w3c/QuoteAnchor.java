/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.w3c;

import dev.gloss.core.text.OffsetMap;

/**
 * Finds the passage a W3C annotation selects: the TextPositionSelector when the text there is the
 * quote, else the occurrence of the quote whose surroundings best match the prefix and suffix
 * (the nearest to the position on a tie), as the W3C model suggests for texts that changed.
 */
final class QuoteAnchor {

	private QuoteAnchor() {
	}

	/**
	 * @param start code point offset, or {@code null}
	 * @param end   code point offset, or {@code null}
	 * @return {@code [begin, end]} in UTF-16 units, or {@code null} when the passage is not found
	 */
	static int[] find(String text, OffsetMap offsets, Integer start, Integer end, String exact, String prefix,
			String suffix) {
		int hint = -1;
		if (start != null && end != null && start >= 0 && start <= end && end <= offsets.codePointLength()) {
			int begin = offsets.toUtf16(start);
			int stop = offsets.toUtf16(end);
			if (exact == null || text.substring(begin, stop).equals(exact)) {
				return new int[] { begin, stop };
			}
			hint = begin;
		}
		if (exact == null || exact.isEmpty()) {
			return null;
		}
		int best = -1;
		int bestScore = -1;
		int bestDistance = Integer.MAX_VALUE;
		// one Knuth-Morris-Pratt pass finds every occurrence: linear even for quotes like "aaa...ab"
		int[] failure = failure(exact);
		int m = exact.length();
		for (int i = 0, k = 0; i < text.length(); i++) {
			while (k > 0 && text.charAt(i) != exact.charAt(k)) {
				k = failure[k - 1];
			}
			if (text.charAt(i) == exact.charAt(k)) {
				k++;
			}
			if (k < m) {
				continue;
			}
			k = failure[k - 1];
			int at = i - m + 1;
			int score = commonSuffix(text, at, prefix) + commonPrefix(text, at + m, suffix);
			int distance = hint < 0 ? 0 : Math.abs(at - hint);
			if (score > bestScore || score == bestScore && distance < bestDistance) {
				best = at;
				bestScore = score;
				bestDistance = distance;
			}
		}
		return best < 0 ? null : new int[] { best, best + exact.length() };
	}

	/**
	 * How much context counts: enough to tell occurrences apart (Gloss writes 32 characters), and
	 * bounded, so that a long prefix times many occurrences cannot make the search quadratic.
	 */
	static final int CONTEXT = 64;

	/** Knuth-Morris-Pratt failure function: for each prefix of the pattern, its longest border. */
	private static int[] failure(String pattern) {
		int[] failure = new int[pattern.length()];
		for (int i = 1, k = 0; i < pattern.length(); i++) {
			while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
				k = failure[k - 1];
			}
			if (pattern.charAt(i) == pattern.charAt(k)) {
				k++;
			}
			failure[i] = k;
		}
		return failure;
	}

	private static int commonSuffix(String text, int end, String prefix) {
		if (prefix == null) {
			return 0;
		}
		int n = 0;
		while (n < prefix.length() && n < CONTEXT && end - n > 0
				&& text.charAt(end - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
			n++;
		}
		return n;
	}

	private static int commonPrefix(String text, int start, String suffix) {
		if (suffix == null) {
			return 0;
		}
		int n = 0;
		while (n < suffix.length() && n < CONTEXT && start + n < text.length() && text.charAt(start + n) == suffix.charAt(n)) {
			n++;
		}
		return n;
	}
}
