/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.formats.Cancelled;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ProgressMonitor;

/** Exports replace only what Gloss wrote, appear whole or not at all, and cancel cleanly. */
class StagedExportTest {

	@TempDir
	Path temp;

	@Test
	void theExportFolderHasTheUsersUsualPermissionsNotOwnerOnly() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		Exports.export("brat", corpus, out);
		Path usual = Files.createDirectory(temp.resolve("usual"));
		assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(out),
				"the umask decides, as for every folder the user makes");
		assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(out.resolve("asia")));
	}

	@Test
	void refusesAFolderWithTheUsersFiles() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = Files.createDirectories(temp.resolve("mine"));
		Files.writeString(out.resolve("notes.txt"), "my notes");
		IOException refused = assertThrows(IOException.class, () -> Exports.export("csv", corpus, out));
		assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
		assertEquals("my notes", Files.readString(out.resolve("notes.txt")));
	}

	@Test
	void replacesAnEarlierExportWhole() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		Exports.export("brat", corpus, out);
		assertTrue(Files.exists(out.resolve("annotation.conf")));
		Exports.export("csv", corpus, out);
		assertEquals(List.of(".gloss-export", "annotations.csv"), GoldenFilesTest.files(out));
	}

	@Test
	void aFailedExportLeavesTheEarlierOneInPlace() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		Exports.export("csv", corpus, out);
		byte[] before = Files.readAllBytes(out.resolve("annotations.csv"));
		Path article = corpus.resolve(Fixtures.FERRY);
		Files.writeString(article, "changed\n");
		assertFalse(Exports.export("csv", corpus, out).written());
		assertEquals(new String(before), Files.readString(out.resolve("annotations.csv")));
	}

	@Test
	void cancellingWritesNothing() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		ProgressMonitor cancelAfterFirst = new ProgressMonitor() {
			private int done;

			@Override
			public void worked(int count, String document) {
				done = count;
			}

			@Override
			public boolean isCanceled() {
				return done >= 1;
			}
		};
		CorpusExport export = new CorpusExport(Formats.export("w3c").orElseThrow(), Exports.options())
				.monitor(cancelAfterFirst);
		assertThrows(Cancelled.class, () -> export.run(List.of(corpus), out));
		assertFalse(Files.exists(out));
		try (var siblings = Files.list(temp)) {
			assertEquals(List.of("corpus"), siblings.map(p -> p.getFileName().toString())
					.filter(name -> !name.equals(".gloss.lock")).toList());
		}
	}

	@Test
	void anExportInterruptedBetweenRenamesByAnEarlierVersionIsPutBack() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		Exports.export("csv", corpus, out);
		// what a kill between the two renames of the old commit left: the old export aside, no destination
		Path aside = temp.resolve(".out.old-123456");
		Files.move(out, aside);
		Files.createDirectories(temp.resolve(".out.partial-654321"));
		Exports.export("brat", corpus, out);
		assertTrue(Files.exists(out.resolve("annotation.conf")));
		try (var siblings = Files.list(temp)) {
			assertEquals(List.of("corpus", "out"), siblings.map(p -> p.getFileName().toString())
					.filter(name -> !name.equals(".gloss.lock")).sorted().toList(), "no debris beside it");
		}
	}

	@Test
	void replacingAnExportNeverRemovesTheFolder() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("out");
		Exports.export("brat", corpus, out);
		Object before = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		Exports.export("csv", corpus, out);
		Object after = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		assertEquals(before, after, "the same folder, updated in place: at no moment was it missing");
		assertEquals(List.of(".gloss-export", "annotations.csv"), GoldenFilesTest.files(out));
	}
}
