/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.corpus.AnnotationType;

/** {@code gloss stats}: what the README promises a new user. */
class StatsCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void withoutAFolderItReportsTheSampleCorpus() {
		assertEquals(0, run("stats"));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("Gloss sample corpus: 3 documents, "), text);
		assertTrue(text.contains("border-trade/hyesan-market-prices.txt"), text);
		assertTrue(text.contains("No problems found."), text);
		assertTrue(text.lines().anyMatch(line -> line.matches("total +\\d+ +\\d+ +\\d+ +\\d+ +0")), text);
	}

	@Test
	void onAFolderItCountsPerTypeAndListsProblemsWithTheirPlace() throws IOException {
		var document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.add(document, AnnotationType.COUNT, "27 used cars");
		document.save();
		Files.writeString(folder.resolve("broken.txt"), "text");
		Files.writeString(folder.resolve("broken.txt.gloss"), "<?xml version=\"1.0\"?>\n<oops");

		assertEquals(0, run("stats", folder.toString()));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains(folder + ": 2 documents, 1 annotation"), text);
		assertTrue(text.lines().anyMatch(line -> line.matches("report\\.txt +0 +0 +0 +1 +1")), text);
		assertTrue(text.contains("2 problems:"), text);
		assertTrue(text.contains("  broken.txt.gloss:2:"), text);
		assertTrue(text.contains("  report.txt:4:24: error: Count '27 used cars'"), text);
	}

	@Test
	void badArgumentsPrintUsageAndExitTwo() {
		assertEquals(2, run("stats", "--frobnicate"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--frobnicate'"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: gloss stats"));
		assertEquals(2, run("nonsense"));
		assertEquals(2, run());
	}

	@Test
	void aMissingFolderIsAClearError() {
		assertEquals(1, run("stats", folder.resolve("nowhere").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or folder: " + folder.resolve("nowhere")),
				err.toString(StandardCharsets.UTF_8));
	}

	private int run(String... args) {
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8)).run(args);
	}
}
