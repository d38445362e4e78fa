/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import java.util.Arrays;

/**
 * Converts offsets between UTF-16 code units (what Java strings and Eclipse documents count) and
 * Unicode code points (what W3C Web Annotation, brat and JSONL count).
 *
 * <p>The two differ only after characters outside the Basic Multilingual Plane (emoji, rare CJK),
 * which take two UTF-16 units. The map keeps just the positions of those characters, so it costs
 * nothing on texts without them and each conversion is a binary search.
 */
public final class OffsetMap {

	/** UTF-16 index of each supplementary character, ascending. */
	private final int[] pairStarts;
	private final int utf16Length;
	private final int codePointLength;

	private OffsetMap(int[] pairStarts, int utf16Length) {
		this.pairStarts = pairStarts;
		this.utf16Length = utf16Length;
		this.codePointLength = utf16Length - pairStarts.length;
	}

	public static OffsetMap of(CharSequence text) {
		int length = text.length();
		int[] starts = new int[16];
		int count = 0;
		for (int i = 0; i < length - 1; i++) {
			if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i++;
			}
		}
		return new OffsetMap(Arrays.copyOf(starts, count), length);
	}

	/** True when both units agree everywhere: no character outside the BMP. */
	public boolean isIdentity() {
		return pairStarts.length == 0;
	}

	public int utf16Length() {
		return utf16Length;
	}

	public int codePointLength() {
		return codePointLength;
	}

	/**
	 * @throws IllegalArgumentException if the offset is outside the text or splits a surrogate pair
	 */
	public int toCodePoint(int utf16Offset) {
		if (utf16Offset < 0 || utf16Offset > utf16Length) {
			throw new IllegalArgumentException(
					"UTF-16 offset " + utf16Offset + " is outside the text (0.." + utf16Length + ")");
		}
		int pairsBefore = Arrays.binarySearch(pairStarts, utf16Offset);
		if (pairsBefore >= 0) {
			return utf16Offset - pairsBefore;
		}
		int insertion = -pairsBefore - 1;
		if (insertion > 0 && pairStarts[insertion - 1] == utf16Offset - 1) {
			throw new IllegalArgumentException(
					"UTF-16 offset " + utf16Offset + " falls inside a surrogate pair (a character outside the BMP)");
		}
		return utf16Offset - insertion;
	}

	/**
	 * @throws IllegalArgumentException if the offset is outside the text
	 */
	public int toUtf16(int codePointOffset) {
		if (codePointOffset < 0 || codePointOffset > codePointLength) {
			throw new IllegalArgumentException(
					"code point offset " + codePointOffset + " is outside the text (0.." + codePointLength + ")");
		}
		// the k-th pair starts at code point pairStarts[k] - k; count the pairs starting before the offset
		int low = 0;
		int high = pairStarts.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (pairStarts[mid] - mid < codePointOffset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return codePointOffset + low;
	}
}
