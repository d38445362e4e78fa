/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.model.impl;

import java.nio.charset.StandardCharsets;

/**
 * An annotation's quote, prefix and suffix in one byte array: three strings take three
 * {@code String} objects and three arrays (about 120 bytes of headers), and twice their length
 * as soon as one character is outside Latin-1 (a Hangul place name, an emoji), which news text
 * mixes in; one UTF-8 array takes 16 bytes of header and one byte per ASCII character.
 *
 * <p>Layout: three lengths, then the three texts' bytes. A length is a varint of
 * {@code (bytes + 1) << 1 | utf16}, 0 for null. A text is UTF-8, or UTF-16LE ({@code utf16}
 * set) when it holds a lone surrogate, which UTF-8 cannot carry: the text comes back exactly as
 * set either way. Never shared nor changed once made: a new text makes a new array.
 */
public final class CompactTexts {

	static final int SLOTS = 3;

	/** What {@link #utf8} gives for a slot without a text. */
	public static final long NONE = -1;

	private CompactTexts() {
	}

	/** The text in {@code slot}, a new string equal to the one set; null when none. */
	static String get(byte[] pack, int slot) {
		if (pack == null) {
			return null;
		}
		long at = locate(pack, slot);
		int code = (int) at;
		if (code == 0) {
			return null;
		}
		int start = (int) (at >>> 32);
		int length = byteLength(code);
		if ((code & 1) == 0) {
			return new String(pack, start, length, StandardCharsets.UTF_8);
		}
		// by hand: the JDK's UTF-16 decoder would replace the lone surrogate this text is kept for
		char[] chars = new char[length / 2];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) (pack[start + 2 * i] & 0xFF | pack[start + 2 * i + 1] << 8);
		}
		return new String(chars);
	}

	/**
	 * Where the text of a slot lies in the pack when it is UTF-8: {@code offset << 32 | length},
	 * for a writer that copies the bytes; {@link #NONE} when the slot is empty, -2 when the text is
	 * held as UTF-16 (then read it with {@link #get}).
	 */
	public static long utf8(byte[] pack, int slot) {
		if (pack == null) {
			return NONE;
		}
		long at = locate(pack, slot);
		int code = (int) at;
		if (code == 0) {
			return NONE;
		}
		return (code & 1) != 0 ? -2 : (at >>> 32) << 32 | byteLength(code);
	}

	/** Where a slot's text starts in the pack, and its length code: {@code start << 32 | code}. */
	private static long locate(byte[] pack, int slot) {
		int p = 0;
		int offset = 0;
		int code = 0;
		for (int i = 0; i < SLOTS; i++) {
			int c = 0;
			for (int shift = 0;; shift += 7) {
				byte b = pack[p++];
				c |= (b & 0x7F) << shift;
				if (b >= 0) {
					break;
				}
			}
			if (i < slot) {
				offset += byteLength(c);
			} else if (i == slot) {
				code = c;
			}
		}
		// the texts follow the last length
		return (long) (p + offset) << 32 | code & 0xFFFFFFFFL;
	}

	/** A pack with {@code slot} set to {@code value} and the other texts of {@code pack}. */
	static byte[] with(byte[] pack, int slot, String value) {
		// the other two texts' bytes are copied as they are, not decoded and encoded again
		long[] held = new long[SLOTS];
		int[] codes = new int[SLOTS];
		if (pack != null) {
			for (int i = 0; i < SLOTS; i++) {
				held[i] = locate(pack, i);
				codes[i] = (int) held[i];
			}
		}
		codes[slot] = code(value, encodedLength(value));
		if (codes[0] == 0 && codes[1] == 0 && codes[2] == 0) {
			return null;
		}
		int size = 0;
		for (int code : codes) {
			size += varintSize(code) + byteLength(code);
		}
		byte[] result = new byte[size];
		int p = 0;
		for (int code : codes) {
			p = varint(result, p, code);
		}
		for (int i = 0; i < SLOTS; i++) {
			if (i == slot) {
				p = encode(value, codes[i], result, p);
			} else if (codes[i] != 0) {
				System.arraycopy(pack, (int) (held[i] >>> 32), result, p, byteLength(codes[i]));
				p += byteLength(codes[i]);
			}
		}
		return result;
	}

	/** The pack of three texts, or null when all three are null. */
	static byte[] of(String first, String second, String third) {
		if (first == null && second == null && third == null) {
			return null;
		}
		int l0 = encodedLength(first);
		int l1 = encodedLength(second);
		int l2 = encodedLength(third);
		int c0 = code(first, l0);
		int c1 = code(second, l1);
		int c2 = code(third, l2);
		byte[] pack = new byte[varintSize(c0) + varintSize(c1) + varintSize(c2) + byteLength(c0) + byteLength(c1)
				+ byteLength(c2)];
		int p = varint(pack, 0, c0);
		p = varint(pack, p, c1);
		p = varint(pack, p, c2);
		p = encode(first, c0, pack, p);
		p = encode(second, c1, pack, p);
		encode(third, c2, pack, p);
		return pack;
	}

	/**
	 * The pack of three texts known to hold no lone surrogate (what an XML parser delivers: XML
	 * cannot carry one): the JDK's UTF-8 encoder, much faster than {@link #of} char by char.
	 */
	static byte[] ofWellFormed(String first, String second, String third) {
		if (first == null && second == null && third == null) {
			return null;
		}
		byte[] b0 = first == null ? null : first.getBytes(StandardCharsets.UTF_8);
		byte[] b1 = second == null ? null : second.getBytes(StandardCharsets.UTF_8);
		byte[] b2 = third == null ? null : third.getBytes(StandardCharsets.UTF_8);
		int c0 = b0 == null ? 0 : (b0.length + 1) << 1;
		int c1 = b1 == null ? 0 : (b1.length + 1) << 1;
		int c2 = b2 == null ? 0 : (b2.length + 1) << 1;
		byte[] pack = new byte[varintSize(c0) + varintSize(c1) + varintSize(c2) + byteLength(c0) + byteLength(c1)
				+ byteLength(c2)];
		int p = varint(pack, 0, c0);
		p = varint(pack, p, c1);
		p = varint(pack, p, c2);
		p = copy(b0, pack, p);
		p = copy(b1, pack, p);
		copy(b2, pack, p);
		return pack;
	}

	private static int copy(byte[] bytes, byte[] pack, int p) {
		if (bytes == null) {
			return p;
		}
		System.arraycopy(bytes, 0, pack, p, bytes.length);
		return p + bytes.length;
	}

	/** Bytes in UTF-8, or -1 when the text holds a lone surrogate (then UTF-16LE). */
	private static int encodedLength(String text) {
		if (text == null) {
			return 0;
		}
		int n = text.length();
		int bytes = n;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				if (c < 0x800) {
					bytes++;
				} else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
					// four bytes for the pair's two chars
					bytes += 2;
					i++;
				} else if (Character.isSurrogate(c)) {
					return -1;
				} else {
					bytes += 2;
				}
			}
		}
		return bytes;
	}

	private static int code(String text, int utf8Length) {
		if (text == null) {
			return 0;
		}
		return utf8Length < 0 ? (text.length() * 2 + 1) << 1 | 1 : (utf8Length + 1) << 1;
	}

	private static int byteLength(int code) {
		return code == 0 ? 0 : (code >>> 1) - 1;
	}

	private static int encode(String text, int code, byte[] pack, int p) {
		if (text == null) {
			return p;
		}
		int n = text.length();
		if ((code & 1) != 0) {
			for (int i = 0; i < n; i++) {
				char c = text.charAt(i);
				pack[p++] = (byte) c;
				pack[p++] = (byte) (c >> 8);
			}
			return p;
		}
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				pack[p++] = (byte) c;
			} else if (c < 0x800) {
				pack[p++] = (byte) (0xC0 | c >> 6);
				pack[p++] = (byte) (0x80 | c & 0x3F);
			} else if (Character.isHighSurrogate(c)) {
				int cp = Character.toCodePoint(c, text.charAt(++i));
				pack[p++] = (byte) (0xF0 | cp >> 18);
				pack[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
				pack[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
				pack[p++] = (byte) (0x80 | cp & 0x3F);
			} else {
				pack[p++] = (byte) (0xE0 | c >> 12);
				pack[p++] = (byte) (0x80 | c >> 6 & 0x3F);
				pack[p++] = (byte) (0x80 | c & 0x3F);
			}
		}
		return p;
	}

	private static int varintSize(int value) {
		int size = 1;
		while ((value >>>= 7) != 0) {
			size++;
		}
		return size;
	}

	private static int varint(byte[] pack, int p, int value) {
		while ((value & ~0x7F) != 0) {
			pack[p++] = (byte) (value & 0x7F | 0x80);
			value >>>= 7;
		}
		pack[p++] = (byte) value;
		return p;
	}
}
