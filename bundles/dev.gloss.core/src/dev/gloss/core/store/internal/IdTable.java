/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store.internal;

import java.util.HashMap;
import java.util.Map;

import dev.gloss.model.Annotation;
import dev.gloss.model.impl.GlossObjectImpl;

/**
 * The annotations of the file being read, by id, for resolving its links. Ids that are UUIDs in
 * canonical form (all that Gloss makes) are kept by their 128 bits in open-addressed arrays: no
 * string hashing, no entry object per annotation, and a link is looked up straight from the
 * attribute's text without cutting out a string. Any other id goes to a plain map.
 */
final class IdTable {

	/** Lower-case hex digit values by character, -1 for any other character. */
	private static final byte[] HEX = new byte[128];

	static {
		java.util.Arrays.fill(HEX, (byte) -1);
		for (int i = 0; i < 16; i++) {
			HEX["0123456789abcdef".charAt(i)] = (byte) i;
		}
	}

	/** The bits of each slot's UUID, high and low, at 2 * slot and 2 * slot + 1. */
	private long[] keys;
	private Annotation[] values;
	private int size;
	private final Map<String, Annotation> others = new HashMap<>();
	/** The bits {@link #parse} found: one table per reader, so no allocation per id. */
	private long parsedHigh;
	private long parsedLow;

	IdTable(int expected) {
		allocate(Integer.highestOneBit(Math.max(16, Math.min(1 << 26, expected * 2)) - 1) << 1);
	}

	/**
	 * Adds an annotation under the id it holds; false (nothing changed) when another already has
	 * it. A UUID id is taken as the two longs the annotation holds it in, not parsed again.
	 */
	boolean add(Annotation annotation) {
		if (annotation instanceof GlossObjectImpl held && held.basicIdIsUuid()) {
			if (size >= values.length / 2) {
				grow();
			}
			return put(held.basicIdHigh(), held.basicIdLow(), annotation);
		}
		return add(annotation.getId(), annotation);
	}

	/** Adds an annotation under its id; false (nothing changed) when another already has it. */
	boolean add(String id, Annotation annotation) {
		if (parse(id, 0, id.length())) {
			if (size >= values.length / 2) {
				grow();
			}
			return put(parsedHigh, parsedLow, annotation);
		}
		return others.putIfAbsent(id, annotation) == null;
	}

	/**
	 * The annotation whose id is {@code text[start, end)}, or null, also for an id not in the plain
	 * form EMF writes and reads as is (those are left to EMF).
	 */
	Annotation find(String text, int start, int end) {
		if (parse(text, start, end)) {
			long h = parsedHigh;
			long l = parsedLow;
			int mask = values.length - 1;
			for (int slot = slot(h, l, mask); values[slot] != null; slot = slot + 1 & mask) {
				if (keys[2 * slot] == h && keys[2 * slot + 1] == l) {
					return values[slot];
				}
			}
			return null;
		}
		String id = text.substring(start, end);
		return GlossXmlReader.isPlainId(id) ? others.get(id) : null;
	}

	private boolean put(long h, long l, Annotation annotation) {
		int mask = values.length - 1;
		int slot = slot(h, l, mask);
		for (; values[slot] != null; slot = slot + 1 & mask) {
			if (keys[2 * slot] == h && keys[2 * slot + 1] == l) {
				return false;
			}
		}
		keys[2 * slot] = h;
		keys[2 * slot + 1] = l;
		values[slot] = annotation;
		size++;
		return true;
	}

	private void grow() {
		long[] oldKeys = keys;
		Annotation[] oldValues = values;
		allocate(oldValues.length * 2);
		size = 0;
		for (int i = 0; i < oldValues.length; i++) {
			if (oldValues[i] != null) {
				put(oldKeys[2 * i], oldKeys[2 * i + 1], oldValues[i]);
			}
		}
	}

	private void allocate(int capacity) {
		keys = new long[2 * capacity];
		values = new Annotation[capacity];
	}

	/**
	 * True when {@code text[start, end)} is a UUID in canonical form, 8-4-4-4-12 lower-case hex
	 * digits (what {@link java.util.UUID#toString()} writes), its bits then in parsedHigh and
	 * parsedLow. One pass, no allocation.
	 */
	boolean parse(String text, int start, int end) {
		if (end - start != 36 || text.charAt(start + 8) != '-' || text.charAt(start + 13) != '-'
				|| text.charAt(start + 18) != '-' || text.charAt(start + 23) != '-') {
			return false;
		}
		long a = hex(text, start, 8);
		long b = hex(text, start + 9, 4);
		long c = hex(text, start + 14, 4);
		long d = hex(text, start + 19, 4);
		long e = hex(text, start + 24, 12);
		if ((a | b | c | d | e) < 0) {
			return false;
		}
		parsedHigh = a << 32 | b << 16 | c;
		parsedLow = d << 48 | e;
		return true;
	}

	/** The value of {@code count} (at most 15) lower-case hex digits, or -1. */
	private static long hex(String text, int start, int count) {
		long value = 0;
		for (int i = start; i < start + count; i++) {
			char ch = text.charAt(i);
			int digit = ch < 128 ? HEX[ch] : -1;
			if (digit < 0) {
				return -1;
			}
			value = value << 4 | digit;
		}
		return value;
	}

	/** UUIDs Gloss makes are random, but imported ones may be sequential: mix the bits. */
	private static int slot(long h, long l, int mask) {
		long mixed = (h ^ Long.rotateLeft(l, 29)) * 0x9E3779B97F4A7C15L;
		return (int) (mixed ^ mixed >>> 32) & mask;
	}
}
