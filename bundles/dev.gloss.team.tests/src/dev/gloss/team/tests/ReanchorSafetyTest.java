/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossStore;

/**
 * {@code gloss reanchor} writes all annotation files or none, refuses read-only files, keeps the
 * previous version beside each file it rewrites, and does not write a document that would end
 * mostly orphaned without {@code --allow-orphans}.
 */
class ReanchorSafetyTest {

	private static final String FERRY = "The ferry to Sinuiju was late again, a dock worker said on Monday.\n";
	private static final String ROAD = "Trucks waited at the Namyang crossing for two days, drivers said.\n";

	@TempDir
	Path temp;

	private Path corpus;
	private String previousSnapshots;

	@BeforeEach
	void setUp() throws IOException {
		previousSnapshots = System.setProperty("gloss.snapshots", temp.resolve("snapshots").toString());
		corpus = temp.resolve("corpus");
		Fixtures.write(corpus, "ferry.txt", FERRY);
		Fixtures.write(corpus, "road.txt", ROAD);
		Corpus opened = Corpus.open(corpus).withCreator("ana");
		CorpusDocument ferry = opened.open(opened.article("ferry.txt"));
		Fixtures.mark(ferry, AnnotationType.LOCATION, "Sinuiju");
		Fixtures.mark(ferry, AnnotationType.SOURCE, "a dock worker");
		ferry.save();
		CorpusDocument road = opened.open(opened.article("road.txt"));
		Fixtures.mark(road, AnnotationType.LOCATION, "Namyang");
		Fixtures.mark(road, AnnotationType.SOURCE, "drivers");
		road.save();
	}

	@AfterEach
	void tearDown() {
		if (previousSnapshots == null) {
			System.clearProperty("gloss.snapshots");
		} else {
			System.setProperty("gloss.snapshots", previousSnapshots);
		}
	}

	private String[] gloss(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new String[] { Integer.toString(code), err.toString(StandardCharsets.UTF_8) };
	}

	@Test
	void aReadOnlyFileStopsTheWholeRunAndNothingIsWritten() throws IOException {
		Files.writeString(corpus.resolve("ferry.txt"), "Update. " + FERRY);
		Files.writeString(corpus.resolve("road.txt"), "Update. " + ROAD);
		Path ferry = corpus.resolve("ferry.txt.gloss");
		Path road = corpus.resolve("road.txt.gloss");
		byte[] ferryBefore = Files.readAllBytes(ferry);
		byte[] roadBefore = Files.readAllBytes(road);
		Files.setPosixFilePermissions(road, PosixFilePermissions.fromString("r--r--r--"));

		String[] run = gloss("reanchor", "--no-git", corpus.toString());
		assertEquals("1", run[0], run[1]);
		assertTrue(run[1].contains(road + ": the file is read-only"), run[1]);
		assertArrayEquals(ferryBefore, Files.readAllBytes(ferry), "the other file is not written either");
		assertArrayEquals(roadBefore, Files.readAllBytes(road));

		Files.setPosixFilePermissions(road, PosixFilePermissions.fromString("rw-r--r--"));
		run = gloss("reanchor", "--no-git", corpus.toString());
		assertEquals("0", run[0], run[1]);
		GlossStore store = new GlossStore();
		assertEquals("Sinuiju", store.load(ferry).getAnnotations().stream()
				.filter(a -> a.getQuote().equals("Sinuiju")).findFirst().orElseThrow().getQuote());
		assertEquals(8 + FERRY.indexOf("Sinuiju"), store.load(ferry).getAnnotations().stream()
				.filter(a -> a.getQuote().equals("Sinuiju")).findFirst().orElseThrow().getBegin());
		assertArrayEquals(ferryBefore, Files.readAllBytes(corpus.resolve(".ferry.txt.gloss.before-reanchor")),
				"the previous version stays beside the file");
	}

	@Test
	void aDocumentThatWouldEndMostlyOrphanedIsNotWrittenWithoutConsent() throws IOException {
		Files.writeString(corpus.resolve("ferry.txt"), "An entirely different report about grain prices.\n");
		Path ferry = corpus.resolve("ferry.txt.gloss");
		byte[] before = Files.readAllBytes(ferry);
		String[] run = gloss("reanchor", "--no-git", corpus.toString());
		assertEquals("1", run[0], run[1]);
		assertTrue(run[1].contains(ferry + ": 2 of 2 annotations would be orphaned: not written"), run[1]);
		assertArrayEquals(before, Files.readAllBytes(ferry));

		run = gloss("reanchor", "--no-git", "--allow-orphans", corpus.toString());
		assertEquals("0", run[0], run[1]);
		assertTrue(new GlossStore().load(ferry).getAnnotations().stream().allMatch(a -> a.isOrphaned()));
		assertFalse(Files.exists(corpus.resolve("road.txt.gloss.before-reanchor")));
	}
}
