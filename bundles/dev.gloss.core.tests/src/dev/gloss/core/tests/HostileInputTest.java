/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;

/** Malformed, foreign and hostile annotation files: a clear error, and the file left alone. */
class HostileInputTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<gloss:AnnotatedDocument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:gloss=\"https://gloss.dev/model/1.0\""
			+ " schemaVersion=\"1\" articlePath=\"a.txt\"";

	@TempDir
	Path folder;

	private final GlossStore store = new GlossStore();

	@Test
	void anExternalEntityIsRefusedWithoutReadingIt() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP SECRET");
		Path file = write("xxe.gloss", HEADER
				+ "<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
				+ ROOT + " textHash=\"&xxe;\"/>\n");
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertEquals(file, error.getFile());
		assertEquals(2, error.getLine());
		assertTrue(error.getMessage().contains("DOCTYPE declarations are not allowed"), error.getMessage());
		assertFalse(error.getMessage().contains("TOP SECRET"));
	}

	@Test
	void entityExpansionIsRefused() throws IOException {
		Path file = write("laughs.gloss", HEADER
				+ "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
				+ ROOT + " textHash=\"&lol2;\"/>\n");
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertTrue(error.getMessage().startsWith(file + ":2:"), error.getMessage());
	}

	@Test
	void truncatedXmlNamesTheLine() throws IOException {
		Path file = write("cut.gloss", HEADER + ROOT + ">\n"
				+ "  <annotations xsi:type=\"gloss:Location\" id=\"a1\" begin=\"0\" end=\"3\"/>\n"
				+ "  <annotations xsi:type=\"gloss:Location\" id=\"a2\" begin=\"4\"");
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertEquals(4, error.getLine());
	}

	@Test
	void aForeignXmiFileIsNotAGlossFile() throws IOException {
		Path file = write("other.gloss", HEADER + "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n");
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertTrue(error.getMessage().contains("not a Gloss annotation file"), error.getMessage());
		assertTrue(error.getMessage().contains("http://www.eclipse.org/emf/2002/Ecore"), error.getMessage());
		assertEquals(2, error.getLine());
	}

	@Test
	void anUnknownAttributeOrValueNamesTheLine() throws IOException {
		Path unknown = write("unknown.gloss", HEADER + ROOT + ">\n"
				+ "  <annotations xsi:type=\"gloss:Location\" id=\"a1\" begin=\"0\" end=\"3\" colour=\"red\"/>\n"
				+ "</gloss:AnnotatedDocument>\n");
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(unknown));
		assertEquals(3, error.getLine());
		assertTrue(error.getMessage().contains("colour"), error.getMessage());

		Path badNumber = write("number.gloss", HEADER + ROOT + ">\n"
				+ "  <annotations xsi:type=\"gloss:Location\" id=\"a1\" begin=\"zero\" end=\"3\"/>\n"
				+ "</gloss:AnnotatedDocument>\n");
		GlossFormatException numberError = assertThrows(GlossFormatException.class, () -> store.load(badNumber));
		assertEquals(3, numberError.getLine());
	}

	@Test
	void notXmlAtAll() throws IOException {
		Path file = write("text.gloss", "just some notes\n");
		GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(file));
		assertEquals(1, error.getLine());
	}

	@Test
	void aBrokenAnnotationFileIsReportedAndNeverOverwritten() throws IOException {
		Fixtures.writeArticle(folder, "a.txt");
		byte[] broken = (HEADER + ROOT + ">\n  <annotations").getBytes(StandardCharsets.UTF_8);
		Path file = folder.resolve("a.txt.gloss");
		Files.write(file, broken);

		Corpus corpus = Corpus.open(folder);
		assertThrows(GlossFormatException.class, () -> corpus.open(corpus.article("a.txt")),
				"no document to change and save over the broken file");
		CorpusStats stats = CorpusStats.of(corpus);
		assertEquals(1, stats.problems().size());
		Problem problem = stats.problems().get(0);
		assertEquals(file, problem.file());
		assertEquals(3, problem.line(), "the file ends inside the element opened on line 3");
		assertArrayEquals(broken, Files.readAllBytes(file));
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
