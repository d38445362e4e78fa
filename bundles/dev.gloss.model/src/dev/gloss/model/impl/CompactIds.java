/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.model.impl;

import java.util.Arrays;
import java.util.UUID;

/** UUID ids in their canonical text form (what {@link UUID#toString()} writes) and as 128 bits. */
final class CompactIds {

	/** Lower-case hex digit values by character, -1 for any other character. */
	private static final byte[] HEX = new byte[128];

	static {
		Arrays.fill(HEX, (byte) -1);
		for (int i = 0; i < 16; i++) {
			HEX["0123456789abcdef".charAt(i)] = (byte) i;
		}
	}

	private CompactIds() {
	}

	/**
	 * True when the id has the shape of {@link UUID#toString()}'s output: 36 characters, hyphens at
	 * 8, 13, 18 and 23. Whether the rest are lower-case hex digits {@link #hex} tells.
	 */
	static boolean hasUuidShape(String id) {
		return id.length() == 36 && id.charAt(8) == '-' && id.charAt(13) == '-' && id.charAt(18) == '-'
				&& id.charAt(23) == '-';
	}

	/** The value of {@code count} (at most 15) lower-case hex digits from {@code start}, or -1. */
	static long hex(String id, int start, int count) {
		long value = 0;
		for (int i = start; i < start + count; i++) {
			char c = id.charAt(i);
			int digit = c < 128 ? HEX[c] : -1;
			if (digit < 0) {
				return -1;
			}
			value = value << 4 | digit;
		}
		return value;
	}

	static String format(long high, long low) {
		return new UUID(high, low).toString();
	}
}
