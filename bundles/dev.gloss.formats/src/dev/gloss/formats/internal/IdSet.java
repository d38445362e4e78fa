/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids an import has met, to let the first of several with one id win, in 16 bytes per id
 * (a set of the strings took about ten times that, for every annotation of the import): each id
 * is kept as its 128-bit name-based UUID (MD5), in an open-addressing table. Two different ids
 * with the same MD5 are not met by accident.
 */
public final class IdSet {

	private long[] slots = new long[2 * 1024];
	private int size;

	/** @return whether the id is new (and now added) */
	public boolean add(String id) {
		UUID uuid = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
		long high = uuid.getMostSignificantBits();
		long low = uuid.getLeastSignificantBits();
		if (high == 0 && low == 0) {
			low = 1; // 0/0 marks an empty slot; a version-3 UUID never has high == 0 anyway
		}
		if (2 * (size + 1) > slots.length / 2) {
			grow();
		}
		if (!insert(slots, high, low)) {
			return false;
		}
		size++;
		return true;
	}

	public int size() {
		return size;
	}

	private static boolean insert(long[] table, long high, long low) {
		int capacity = table.length / 2;
		int slot = (int) (mix(high ^ low) & (capacity - 1));
		while (true) {
			long h = table[2 * slot];
			long l = table[2 * slot + 1];
			if (h == 0 && l == 0) {
				table[2 * slot] = high;
				table[2 * slot + 1] = low;
				return true;
			}
			if (h == high && l == low) {
				return false;
			}
			slot = (slot + 1) & (capacity - 1);
		}
	}

	private void grow() {
		long[] bigger = new long[slots.length * 2];
		for (int i = 0; i < slots.length; i += 2) {
			if (slots[i] != 0 || slots[i + 1] != 0) {
				insert(bigger, slots[i], slots[i + 1]);
			}
		}
		slots = bigger;
	}

	private static long mix(long value) {
		long h = value * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}
}
