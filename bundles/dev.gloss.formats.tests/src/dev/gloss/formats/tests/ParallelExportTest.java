/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;

/**
 * An export reads documents on several threads ahead of the writer: what it writes and the
 * problems it lists must be exactly what the same export on one thread gives, file by file and
 * byte for byte, in the same order, also when some documents cannot be exported.
 */
class ParallelExportTest {

	@TempDir
	Path temp;

	/** 24 copies of the fixture corpus (48 documents), in folders whose order is not their creation order. */
	private Path corpus() throws IOException {
		Path corpus = temp.resolve("corpus");
		for (int i = 23; i >= 0; i--) {
			Fixtures.corpus(corpus.resolve(String.format("part-%02d", i)));
		}
		return corpus;
	}

	private ExportResult export(String format, Path corpus, String out, int threads, boolean keepGoing)
			throws IOException {
		boolean utf16 = format.equals("brat-utf16");
		return new CorpusExport(Formats.export(utf16 ? "brat" : format).orElseThrow(),
				Exports.options().withUtf16Offsets(utf16).withPageSize(7)).threads(threads).keepGoing(keepGoing)
				.run(List.of(corpus), temp.resolve(out));
	}

	@ParameterizedTest
	@ValueSource(strings = { "w3c", "w3c-jsonl", "brat", "brat-utf16", "csv", "jsonl", "conll", "xmi", "geojson" })
	void severalThreadsWriteWhatOneThreadWrites(String format) throws IOException {
		Path corpus = corpus();
		ExportResult one = export(format, corpus, "one", 1, false);
		ExportResult four = export(format, corpus, "four", 4, false);
		assertTrue(one.written(), () -> one.problems().toString());
		assertEquals(48, one.documents());
		assertSame(one, four);
		assertSameFiles(temp.resolve("one"), temp.resolve("four"));
	}

	@Test
	void problemsAreListedInCorpusOrderWhateverTheThreads() throws IOException {
		Path corpus = corpus();
		// three articles changed after they were annotated: errors, each naming its own file
		for (String part : List.of("part-03", "part-11", "part-17")) {
			Path article = corpus.resolve(part).resolve(Fixtures.ROAD);
			Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + " edited",
					StandardCharsets.UTF_8);
		}
		for (boolean keepGoing : new boolean[] { false, true }) {
			String suffix = keepGoing ? "-kept" : "";
			ExportResult one = export("w3c-jsonl", corpus, "one" + suffix, 1, keepGoing);
			ExportResult four = export("w3c-jsonl", corpus, "four" + suffix, 4, keepGoing);
			assertEquals(keepGoing, one.written());
			List<Problem> errors = one.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
					.toList();
			assertEquals(3, errors.size(), one.problems().toString());
			assertTrue(errors.get(0).file().toString().contains("part-03"), errors.toString());
			assertTrue(errors.get(2).file().toString().contains("part-17"), errors.toString());
			assertSame(one, four);
			if (keepGoing) {
				assertEquals(45, one.documents());
				assertSameFiles(temp.resolve("one" + suffix), temp.resolve("four" + suffix));
			} else {
				assertFalse(Files.exists(temp.resolve("four")), "a failed export writes nothing");
			}
		}
	}

	private static void assertSame(ExportResult expected, ExportResult actual) {
		assertEquals(expected.written(), actual.written());
		assertEquals(expected.documents(), actual.documents());
		assertEquals(expected.annotations(), actual.annotations());
		assertEquals(expected.problems(), actual.problems());
	}

	private static void assertSameFiles(Path expected, Path actual) throws IOException {
		List<String> files = GoldenFilesTest.files(expected);
		assertEquals(files, GoldenFilesTest.files(actual));
		for (String file : files) {
			assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
		}
	}
}
