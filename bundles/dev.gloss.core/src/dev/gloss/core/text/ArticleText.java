/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gloss.core.store.GlossFormatException;

/**
 * An article as annotations see it: the decoded text, without a byte order mark, with its line
 * ends as they are in the file (CRLF stays two characters, as in an Eclipse document).
 *
 * @param text    the decoded text; offsets count its UTF-16 code units
 * @param charset the charset the bytes were decoded with
 * @param bom     whether the file starts with a byte order mark (not part of the text)
 */
public record ArticleText(String text, Charset charset, boolean bom) {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** The text hash that annotation files record (see {@link TextHash}). */
	public String hash() {
		return TextHash.of(text);
	}

	public OffsetMap offsets() {
		return OffsetMap.of(text);
	}

	/**
	 * Reads and decodes an article. A byte order mark decides the charset; otherwise the given one
	 * (from the annotation file) or UTF-8. Bytes that are not valid in the charset are an error
	 * naming the file and byte offset, never silently replaced: replaced characters would shift
	 * every offset after them.
	 *
	 * @param charsetName the charset recorded for the article, or {@code null} for UTF-8
	 */
	public static ArticleText read(Path file, String charsetName) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		boolean bom = false;
		if (startsWith(bytes, UTF8_BOM)) {
			skip = 3;
			bom = true;
		} else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
			bom = true;
		} else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
			bom = true;
		} else if (charsetName != null) {
			charset = charsetFor(file, charsetName);
		}
		return new ArticleText(decode(file, bytes, skip, charset), charset, bom);
	}

	private static Charset charsetFor(Path file, String name) throws GlossFormatException {
		try {
			return Charset.forName(name);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			throw new GlossFormatException(file, 0, 0, "unknown charset '" + name + "'");
		}
	}

	private static String decode(Path file, byte[] bytes, int skip, Charset charset) throws GlossFormatException {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
		CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isUnderflow()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int at = in.position();
			throw new GlossFormatException(file, lineAt(bytes, skip, at), 0,
					"byte " + at + " is not valid " + charset.name() + " (set the article's charset, or re-save it as UTF-8)");
		}
		if (result.isOverflow()) {
			throw new IllegalStateException("output sized by maxCharsPerByte cannot overflow");
		}
		return out.flip().toString();
	}

	private static int lineAt(byte[] bytes, int from, int to) {
		int line = 1;
		for (int i = from; i < to && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
