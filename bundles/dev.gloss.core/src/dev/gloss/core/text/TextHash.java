/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint an annotation file keeps of the text it was anchored on: {@code sha256:} and the
 * hex SHA-256 of the text's UTF-8 encoding. Hashing the decoded text rather than the file's bytes
 * means a charset change or an added byte order mark does not count as a changed article.
 */
public final class TextHash {

	public static final String PREFIX = "sha256:";

	/** Characters encoded at a time. */
	private static final int SLICE = 32 * 1024;

	private TextHash() {
	}

	public static String of(CharSequence text) {
		MessageDigest digest = sha256();
		// encode in slices: the whole text as one byte[] would double the memory of a large
		// article; String.getBytes is the JDK's fast path (a CharsetEncoder over a CharBuffer was
		// the larger part of re-anchoring a long article, and looped on a lone surrogate)
		int length = text.length();
		for (int start = 0; start < length;) {
			int end = Math.min(length, start + SLICE);
			if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
				// a pair is encoded whole, in the next slice
				end--;
			}
			digest.update(text.subSequence(start, end).toString().getBytes(StandardCharsets.UTF_8));
			start = end;
		}
		return PREFIX + HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
