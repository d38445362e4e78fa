/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.text.ArticleText;
import dev.gloss.core.text.LineIndex;
import dev.gloss.core.text.OffsetMap;
import dev.gloss.core.text.TextHash;

/** Offsets on text with CRLF, a BOM, Hangul, CJK and emoji: what every export depends on. */
class OffsetsTest {

	@TempDir
	Path folder;

	@Test
	void readingStripsTheBomAndKeepsCrlf() throws IOException {
		ArticleText article = ArticleText.read(Fixtures.writeArticle(folder, "a.txt"), null);
		assertTrue(article.bom());
		assertEquals(StandardCharsets.UTF_8, article.charset());
		assertEquals(Fixtures.TEXT, article.text());
		assertTrue(article.text().startsWith("Border"), "the BOM is not part of the text");
		assertTrue(article.text().contains("🚚\r\n"), "CRLF stays two characters");
	}

	@Test
	void everyCodePointBoundaryRoundTrips() {
		String text = Fixtures.TEXT;
		OffsetMap map = OffsetMap.of(text);
		assertFalse(map.isIdentity());
		assertEquals(text.codePointCount(0, text.length()), map.codePointLength());
		for (int utf16 = 0; utf16 <= text.length(); utf16 = next(text, utf16)) {
			int codePoint = map.toCodePoint(utf16);
			assertEquals(text.codePointCount(0, utf16), codePoint, "code point of UTF-16 offset " + utf16);
			assertEquals(utf16, map.toUtf16(codePoint), "back from code point " + codePoint);
		}
	}

	@Test
	void passagesSliceTheSameInBothUnits() {
		String text = Fixtures.TEXT;
		OffsetMap map = OffsetMap.of(text);
		String passage = "counted 27 used cars last night 😀";
		int begin = text.indexOf(passage);
		int end = begin + passage.length();
		int[] codePoints = text.codePoints().toArray();
		String sliced = new String(codePoints, map.toCodePoint(begin), map.toCodePoint(end) - map.toCodePoint(begin));
		assertEquals(passage, sliced);
		// one emoji before the passage: code points lag UTF-16 units by one, then two after the smiley
		assertEquals(begin - 1, map.toCodePoint(begin));
		assertEquals(end - 2, map.toCodePoint(end));
	}

	@Test
	void anOffsetInsideASurrogatePairIsRejected() {
		String text = Fixtures.TEXT;
		int truck = text.indexOf("🚚");
		OffsetMap map = OffsetMap.of(text);
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> map.toCodePoint(truck + 1));
		assertTrue(error.getMessage().contains("surrogate pair"), error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> map.toUtf16(map.codePointLength() + 1));
		assertThrows(IllegalArgumentException.class, () -> map.toCodePoint(-1));
	}

	@Test
	void bmpOnlyTextIsTheIdentity() {
		OffsetMap map = OffsetMap.of("장마당 丹东 plain\r\n");
		assertTrue(map.isIdentity());
		assertEquals(5, map.toCodePoint(5));
		assertEquals(5, map.toUtf16(5));
	}

	@Test
	void lineAndColumnCountCrlfAsOneLineEnd() {
		LineIndex lines = LineIndex.of(Fixtures.TEXT);
		int hyesan = Fixtures.offsetOf("Hyesan");
		assertEquals(3, lines.line(hyesan));
		assertEquals("Traders at the 장마당 in ".length() + 1, lines.column(hyesan));
		assertEquals(1, lines.line(0));
		assertEquals(5, lines.lineCount());
	}

	@Test
	void theHashIgnoresTheBomButNotTheText() throws Exception {
		Path withBom = Fixtures.writeArticle(folder, "bom.txt");
		Path withoutBom = folder.resolve("plain.txt");
		Files.writeString(withoutBom, Fixtures.TEXT, StandardCharsets.UTF_8);
		assertEquals(ArticleText.read(withBom, null).hash(), ArticleText.read(withoutBom, null).hash());
		assertTrue(TextHash.of(Fixtures.TEXT).startsWith("sha256:"));
		assertEquals(64 + 7, TextHash.of(Fixtures.TEXT).length());
		assertFalse(TextHash.of(Fixtures.TEXT).equals(TextHash.of(Fixtures.TEXT.replace("\r\n", "\n"))));
		// long texts are hashed in slices: a pair across a slice's end, Hangul, a lone surrogate
		for (String text : new String[] { "a".repeat(32 * 1024 - 1) + "\uD83D\uDE00" + "혜산".repeat(40_000),
				"x".repeat(70_000) + "\uD83D" + "y".repeat(10), "\uDE00", "" }) {
			assertEquals(sha256(text.getBytes(StandardCharsets.UTF_8)), TextHash.of(text));
			assertEquals(TextHash.of(text), TextHash.of(new StringBuilder(text)));
		}
	}

	@Test
	void undecodableBytesNameTheFileAndLine() throws IOException {
		Path file = folder.resolve("latin1.txt");
		Files.write(file, "first line\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> ArticleText.read(file, null));
		assertEquals(file, error.getFile());
		assertEquals(2, error.getLine());
		assertTrue(error.getMessage().startsWith(file + ":2: byte 14 is not valid UTF-8"), error.getMessage());
		// with the charset recorded, the same file reads
		assertEquals("first line\nCafé au lait\n", ArticleText.read(file, "ISO-8859-1").text());
	}

	@Test
	void utf16WithBomIsDetected() throws IOException {
		Path file = folder.resolve("utf16.txt");
		byte[] body = Fixtures.TEXT.getBytes(StandardCharsets.UTF_16LE);
		byte[] all = new byte[body.length + 2];
		all[0] = (byte) 0xFF;
		all[1] = (byte) 0xFE;
		System.arraycopy(body, 0, all, 2, body.length);
		Files.write(file, all);
		ArticleText article = ArticleText.read(file, null);
		assertEquals(StandardCharsets.UTF_16LE, article.charset());
		assertEquals(Fixtures.TEXT, article.text());
	}

	private static int next(String text, int utf16) {
		return utf16 == text.length() ? utf16 + 1 : text.offsetByCodePoints(utf16, 1);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return TextHash.PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
