/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;

/**
 * Reads only type, begin, end and the orphaned flag of each annotation from an annotation file,
 * several times faster than the full EMF load, so that a big article shows its highlights while
 * the full model is still being read. Relies on the file layout GlossStore writes (one
 * {@code <annotations>} start tag per line, attribute values with {@code "} escaped); anything
 * else makes it give up, and the highlights wait for the full load as before.
 */
public final class QuickScan {

	private static final byte[] START = "<annotations ".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] TYPE = " xsi:type=\"gloss:".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] BEGIN = " begin=\"".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END = " end=\"".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ORPHANED = " orphaned=\"true\"".getBytes(StandardCharsets.US_ASCII);

	private QuickScan() {
	}

	/** Placeholder annotations (type and offsets only) in an index, or null if the file looks unusual. */
	public static AnnotationIndex scan(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		List<Annotation> found = new ArrayList<>();
		int line = 0;
		while (line < bytes.length) {
			int next = indexOf(bytes, (byte) '\n', line, bytes.length);
			int lineEnd = next < 0 ? bytes.length : next;
			int start = find(bytes, START, line, lineEnd);
			if (start >= 0) {
				int tagEnd = indexOf(bytes, (byte) '>', start, lineEnd);
				if (tagEnd < 0) {
					return null;
				}
				Annotation a = placeholder(bytes, start, tagEnd);
				if (a == null) {
					return null;
				}
				found.add(a);
			}
			line = lineEnd + 1;
		}
		AnnotationIndex index = new AnnotationIndex();
		index.rebuild(found);
		return index;
	}

	private static Annotation placeholder(byte[] bytes, int from, int to) {
		int type = find(bytes, TYPE, from, to);
		if (type < 0) {
			return null;
		}
		int nameStart = type + TYPE.length;
		int nameEnd = indexOf(bytes, (byte) '"', nameStart, to);
		if (nameEnd < 0) {
			return null;
		}
		AnnotationType annotationType;
		try {
			annotationType = AnnotationType.parse(new String(bytes, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII));
		} catch (IllegalArgumentException e) {
			return null;
		}
		Annotation a = annotationType.create();
		// EMF leaves out attributes at their default (0, false)
		a.setBegin(number(bytes, find(bytes, BEGIN, from, to), BEGIN.length, to));
		a.setEnd(number(bytes, find(bytes, END, from, to), END.length, to));
		a.setOrphaned(find(bytes, ORPHANED, from, to) >= 0);
		return a.getBegin() < 0 || a.getEnd() < a.getBegin() ? null : a;
	}

	private static int number(byte[] bytes, int at, int skip, int to) {
		if (at < 0) {
			return 0;
		}
		int value = 0;
		for (int i = at + skip; i < to && bytes[i] != '"'; i++) {
			int digit = bytes[i] - '0';
			if (digit < 0 || digit > 9 || value > (Integer.MAX_VALUE - digit) / 10) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	private static int indexOf(byte[] bytes, byte b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static int find(byte[] bytes, byte[] token, int from, int to) {
		outer: for (int i = from; i <= to - token.length; i++) {
			for (int j = 0; j < token.length; j++) {
				if (bytes[i + j] != token[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
