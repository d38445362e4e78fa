/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.formats.ExportResult;

/**
 * Every format's export of the fixture corpus is compared, file by file and byte for byte, with
 * the golden files in fixtures/golden/FORMAT. On a difference the actual export is left in
 * ${gloss.out}/golden-actual/FORMAT for review.
 */
class GoldenFilesTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "w3c", "w3c-jsonl", "brat", "brat-utf16", "csv", "jsonl", "conll", "xmi", "geojson" })
	void exportMatchesGoldenFiles(String name) throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		boolean utf16 = name.equals("brat-utf16");
		ExportResult result = Exports.export(utf16 ? "brat" : name, Exports.options().withUtf16Offsets(utf16), corpus,
				out);
		assertTrue(result.written(), () -> "not written: " + result.problems());
		assertEquals(2, result.documents());
		assertEquals(16, result.annotations());
		List<String> golden = golden(name);
		List<String> actual = files(out);
		try {
			assertEquals(golden, actual, "the files of the export");
			for (String file : golden) {
				try (InputStream in = Fixtures.resource("golden/" + name + "/" + file)) {
					assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8),
							Files.readString(out.resolve(file), StandardCharsets.UTF_8), file);
				}
			}
		} catch (AssertionError e) {
			Path keep = Path.of(System.getProperty("gloss.out", "target"), "golden-actual", name);
			copyTree(out, keep);
			throw e;
		}
	}

	@org.junit.jupiter.api.Test
	void conllReportsTheNestedSpanItCannotHold() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		ExportResult result = Exports.export("conll", corpus, temp.resolve("out"));
		assertTrue(result.written());
		assertEquals(1, result.problems().size(), result.problems().toString());
		var problem = result.problems().get(0);
		assertEquals(dev.gloss.core.corpus.Problem.Severity.WARNING, problem.severity());
		// 丹东 (Location) inside "Traders in 丹东" (Source): one NER layer cannot nest them
		assertTrue(problem.message().contains("00000000-0000-4000-8000-000000000007"), problem.message());
		assertTrue(problem.file().endsWith(Fixtures.FERRY), problem.file().toString());
	}

	private static List<String> golden(String name) throws IOException {
		try (InputStream in = Fixtures.resource("golden/" + name + "/FILES")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The export's files, '/'-separated, sorted; the FILES listing is written beside a kept copy. */
	static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		List<String> files = files(from);
		for (String file : files) {
			Path target = to.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(from.resolve(file), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(to.resolve("FILES"), String.join("\n", files) + "\n");
	}
}
