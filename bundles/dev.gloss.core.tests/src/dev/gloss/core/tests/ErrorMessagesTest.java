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

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;

/** Errors name the file the user knows and the place, in plain words: no class names, no temp files. */
class ErrorMessagesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<gloss:AnnotatedDocument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:gloss=\"https://gloss.dev/model/1.0\" "
			+ "schemaVersion=\"1\" articlePath=\"a.txt\" charset=\"UTF-8\" textHash=\"sha256:00\">\n";

	@TempDir
	Path folder;

	private final GlossStore store = new GlossStore();

	@AfterEach
	void noFaults() {
		AtomicFiles.injectFaults(null);
	}

	@Test
	void bytesThatAreNotUtf8AreReportedWithTheirLine() throws IOException {
		Path file = folder.resolve("a.txt.gloss");
		byte[] head = (HEAD + "  <annotations xsi:type=\"gloss:Location\" id=\"l1\" begin=\"0\" end=\"3\" comment=\"")
				.getBytes(StandardCharsets.UTF_8);
		byte[] bad = { (byte) 0xE4, (byte) 0x41, (byte) 0x41 }; // a 3-byte sequence broken at byte 2
		byte[] tail = "\"/>\n</gloss:AnnotatedDocument>\n".getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + bad.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(bad, 0, all, head.length, bad.length);
		System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
		Files.write(file, all);
		GlossFormatException e = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertEquals(3, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
	}

	@Test
	void anIdUsedTwiceNamesBothLinesAndNoClass() throws IOException {
		Path file = Files.writeString(folder.resolve("a.txt.gloss"), HEAD
				+ "  <annotations xsi:type=\"gloss:Source\" id=\"x1\" begin=\"0\" end=\"3\"/>\n"
				+ "  <annotations xsi:type=\"gloss:Location\" id=\"x1\" begin=\"4\" end=\"9\"/>\n"
				+ "  <annotations xsi:type=\"gloss:Claim\" id=\"c1\" begin=\"0\" end=\"9\" sources=\"x1\"/>\n"
				+ "</gloss:AnnotatedDocument>\n");
		GlossFormatException e = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertEquals(file + ":4: the id x1 is used twice (lines 3 and 4): every annotation needs its own id",
				e.getMessage());
	}

	@Test
	void aFullDiskNamesTheFileNotTheTemporaryOne() throws IOException {
		Path file = Files.writeString(folder.resolve("a.txt.gloss"), "old");
		AtomicFiles.injectFaults((target, out) -> new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				throw new IOException("No space left on device");
			}
		});
		IOException e = assertThrows(IOException.class,
				() -> AtomicFiles.write(file, out -> out.write(new byte[100_000])));
		assertEquals(file + ": cannot write it: no space left on device; the file is unchanged", e.getMessage());
		assertFalse(e.getMessage().contains("gloss-tmp"), e.getMessage());
		assertEquals("old", Files.readString(file));
	}

	@Test
	void anEncodingJavaCannotReadIsNamedWithTheFile() throws IOException {
		// found by fuzzing: the parser's whole message was "UTF-7"
		Path file = Files.writeString(folder.resolve("a.txt.gloss"),
				HEAD.replace("encoding=\"UTF-8\"", "encoding=\"UTF-7\"") + "</gloss:AnnotatedDocument>\n");
		GlossFormatException e = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertTrue(e.getMessage().startsWith(file + ":1: the file declares the encoding 'UTF-7'"), e.getMessage());
	}
}
