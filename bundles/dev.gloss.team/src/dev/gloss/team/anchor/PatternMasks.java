/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.Arrays;

/**
 * For each character, the rows of a pattern holding it as bits, 64 rows per word (the {@code Peq}
 * table of Myers' algorithm). ASCII characters are looked up directly, others in a small open
 * hash table. Reused from one pattern to the next: only the entries of the previous pattern are
 * cleared.
 */
final class PatternMasks {

	private static final int ASCII = 128;

	private String pattern;
	private boolean reversed;
	private int length;
	private int blocks;
	/** Masks of ASCII characters: those of c are {@code ascii[c * blocks .. c * blocks + blocks)}. */
	private long[] ascii = new long[ASCII];
	/** Other characters: key (a char, or -1 for a free slot) and its masks, as in {@link #ascii}. */
	private int[] keys = new int[0];
	private long[] others = new long[0];
	private int slotMask;

	/**
	 * Sets the pattern: row {@code i} (from 0) holds {@code pattern.charAt(i)}, or, when
	 * {@code reversed}, {@code pattern.charAt(length - 1 - i)}. Nothing is done when it is the
	 * pattern already set.
	 */
	void set(String pattern, boolean reversed) {
		if (pattern == this.pattern && reversed == this.reversed) {
			return;
		}
		clear();
		this.pattern = pattern;
		this.reversed = reversed;
		length = pattern.length();
		blocks = Math.max(1, (length + 63) >>> 6);
		if (ascii.length < ASCII * blocks) {
			ascii = new long[ASCII * blocks];
		}
		int nonAscii = 0;
		for (int i = 0; i < length; i++) {
			if (pattern.charAt(i) >= ASCII) {
				nonAscii++;
			}
		}
		if (nonAscii > 0) {
			int slots = Integer.highestOneBit(Math.max(4, nonAscii) * 2 - 1) << 1; // at most half full
			if (keys.length < slots) {
				keys = new int[slots];
				Arrays.fill(keys, -1);
			}
			slotMask = slots - 1;
			if (others.length < slots * blocks) {
				others = new long[slots * blocks];
			}
		}
		for (int row = 0; row < length; row++) {
			char c = pattern.charAt(reversed ? length - 1 - row : row);
			int at = c < ASCII ? c * blocks : slot(c, true) * blocks;
			long[] masks = c < ASCII ? ascii : others;
			masks[at + (row >>> 6)] |= 1L << (row & 63);
		}
	}

	/** The pattern's length (its number of rows). */
	int length() {
		return length;
	}

	/** Words per mask. */
	int blocks() {
		return blocks;
	}

	/** The rows holding {@code c}, for a pattern of at most 64 characters. */
	long mask(char c) {
		if (c < ASCII) {
			return ascii[c];
		}
		int slot = slot(c, false);
		return slot < 0 ? 0 : others[slot];
	}

	/** The rows {@code 64 * block ..} holding {@code c}. */
	long mask(char c, int block) {
		if (c < ASCII) {
			return ascii[c * blocks + block];
		}
		int slot = slot(c, false);
		return slot < 0 ? 0 : others[slot * blocks + block];
	}

	private int slot(char c, boolean add) {
		if (keys.length == 0) {
			return -1;
		}
		for (int slot = (c * 0x9E3779B9 >>> 16) & slotMask;; slot = (slot + 1) & slotMask) {
			if (keys[slot] == c) {
				return slot;
			}
			if (keys[slot] < 0) {
				if (!add) {
					return -1;
				}
				keys[slot] = c;
				return slot;
			}
		}
	}

	private void clear() {
		if (pattern == null) {
			return;
		}
		for (int i = 0; i < length; i++) {
			char c = pattern.charAt(i);
			if (c < ASCII) {
				Arrays.fill(ascii, c * blocks, c * blocks + blocks, 0);
			}
		}
		// the whole table in use: removing keys one by one would break the chains of those after them
		for (int slot = 0; slot < keys.length && slot <= slotMask; slot++) {
			if (keys[slot] >= 0) {
				keys[slot] = -1;
				Arrays.fill(others, slot * blocks, slot * blocks + blocks, 0);
			}
		}
		pattern = null;
	}
}
