/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.util.Arrays;

/**
 * The tokens of a text for token-level agreement: runs of letters and digits, with each
 * ideograph (Chinese, Japanese kanji) a token of its own since those scripts do not separate words
 * by spaces. Punctuation and spaces are not tokens.
 */
final class Tokens {

	private final int[] begins;
	private final int[] ends;

	private Tokens(int[] begins, int[] ends) {
		this.begins = begins;
		this.ends = ends;
	}

	static Tokens of(String text) {
		int[] begins = new int[64];
		int[] ends = new int[64];
		int count = 0;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (!Character.isLetterOrDigit(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			i += Character.charCount(cp);
			if (!Character.isIdeographic(cp)) {
				while (i < text.length()) {
					int next = text.codePointAt(i);
					if (!Character.isLetterOrDigit(next) || Character.isIdeographic(next)) {
						break;
					}
					i += Character.charCount(next);
				}
			}
			if (count == begins.length) {
				begins = Arrays.copyOf(begins, count * 2);
				ends = Arrays.copyOf(ends, count * 2);
			}
			begins[count] = start;
			ends[count] = i;
			count++;
		}
		return new Tokens(Arrays.copyOf(begins, count), Arrays.copyOf(ends, count));
	}

	int count() {
		return begins.length;
	}

	/** Marks the tokens a span touches (shares at least one character with). */
	void mark(int begin, int end, boolean[] covered, int offset) {
		// first token ending after begin
		int low = 0;
		int high = ends.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ends[mid] <= begin) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		for (int t = low; t < begins.length && begins[t] < end; t++) {
			covered[offset + t] = true;
		}
	}
}
