/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.Arrays;

/**
 * A growing list of offsets without boxing: the quote search collects thousands of occurrences per
 * quote, and lists of {@code Integer} (allocated, grown and unboxed again) were a sixth of its time.
 */
final class IntList {

	private int[] values = new int[64];
	private int size;

	int size() {
		return size;
	}

	int get(int index) {
		return values[index];
	}

	void add(int value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	/** Adds {@code shift} to the values from {@code from} on. */
	void shift(int from, int shift) {
		for (int i = from; i < size; i++) {
			values[i] += shift;
		}
	}

	void clear() {
		size = 0;
	}

	void sort() {
		Arrays.sort(values, 0, size);
	}
}
