/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.cli.Main;

/** {@code gloss export}, {@code import} and {@code validate} as a script runs them. */
class CommandLineTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int gloss(String... args) {
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8)).run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "w3c", "w3c-jsonl", "brat", "csv", "jsonl", "conll", "xmi", "geojson" })
	void exportsTheFixtureCorpusInEveryFormat(String format) throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path target = temp.resolve("out");
		assertEquals(0, gloss("export", "--format", format, "--out", target.toString(), corpus.toString()), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Exported 2 documents, 16 annotations"));
		assertTrue(Files.exists(target.resolve(".gloss-export")));
	}

	@Test
	void badArgumentsPrintTheUsageAndExitWith2() {
		assertEquals(2, gloss("export", "--out", temp.resolve("x").toString()));
		assertTrue(err().contains("--format is required") && err().contains("usage: gloss export"), err());
		assertEquals(2, gloss("export", "--format", "docx", "--out", "x"));
		assertTrue(err().contains("unknown format 'docx'"), err());
		assertEquals(2, gloss("export", "--format", "w3c", "--out", "x", "--base-iri", "relative/path"));
		assertTrue(err().contains("absolute"), err());
		assertEquals(2, gloss("import", "--format", "brat"));
		assertEquals(2, gloss("validate", "--frobnicate"));
	}

	@Test
	void exportIntoAFolderWithOtherFilesFailsWithoutTouchingIt() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path mine = Files.createDirectories(temp.resolve("mine"));
		Files.writeString(mine.resolve("keep.txt"), "keep");
		assertEquals(1, gloss("export", "--format", "csv", "--out", mine.toString(), corpus.toString()));
		assertTrue(err().contains("not empty"), err());
		assertEquals("keep", Files.readString(mine.resolve("keep.txt")));
	}

	@Test
	void validateFailsOnAChangedArticleAndPassesOnAGoodCorpus() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		assertEquals(0, gloss("validate", corpus.toString()), out.toString(StandardCharsets.UTF_8));
		Files.writeString(corpus.resolve(Fixtures.ROAD), "rewritten\n");
		assertEquals(1, gloss("validate", corpus.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("mountain-road.txt.gloss"),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void exportThenImportBratThroughTheCommandLine() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path brat = temp.resolve("brat");
		assertEquals(0, gloss("export", "--format", "brat", "--utf16", "--out", brat.toString(), corpus.toString()),
				err());
		Path imported = temp.resolve("imported");
		assertEquals(1, gloss("import", "--format", "brat", "--into", imported.toString(), brat.toString()));
		assertTrue(err().contains("--utf16"), "the error suggests the other unit: " + err());
		assertFalse(Files.exists(imported.resolve(Fixtures.FERRY)));
		assertEquals(0, gloss("import", "--format", "brat", "--utf16", "--into", imported.toString(),
				brat.toString()), err());
		RoundTripTest.assertSameAnnotations(corpus, imported);
	}

	@Test
	void exportsTheSampleCorpusByDefault() throws IOException {
		Path target = temp.resolve("samples-w3c");
		assertEquals(0, gloss("export", "--format", "w3c", "--out", target.toString()), err());
		assertTrue(Files.exists(target.resolve("collection.jsonld")));
	}
}
