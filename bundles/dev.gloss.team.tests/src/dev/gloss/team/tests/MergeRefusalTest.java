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
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Claim;
import dev.gloss.model.Source;

/**
 * The merge driver refuses versions it cannot merge safely (an id used twice, a link to no
 * annotation): exit code 1, our version untouched, a message naming the file and the side, so git
 * reports a conflict and keeps both sides.
 */
class MergeRefusalTest {

	private static final String TEXT = "The ferry to Sinuiju was late again, a dock worker said on Monday.\n"
			+ "Officials at the port blamed ice on the river.\n";

	@TempDir
	Path temp;

	private Path base;
	private String baseText;
	private String sourceId;
	private String claimId;

	@BeforeEach
	void setUp() throws IOException {
		Path folder = temp.resolve("work");
		Fixtures.write(folder, "ferry.txt", TEXT);
		Corpus corpus = Corpus.open(folder).withCreator("ana");
		CorpusDocument document = corpus.open(corpus.article("ferry.txt"));
		Source source = (Source) Fixtures.mark(document, AnnotationType.SOURCE, "a dock worker");
		Claim claim = (Claim) Fixtures.mark(document, AnnotationType.CLAIM, "The ferry to Sinuiju was late again");
		claim.getSources().add(source);
		Fixtures.mark(document, AnnotationType.LOCATION, "Sinuiju");
		document.save();
		base = document.article().annotationFile();
		baseText = Files.readString(base);
		sourceId = source.getId();
		claimId = claim.getId();
	}

	private record Run(int code, String err) {
	}

	private static Run merge(String... args) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Run(code, err.toString(StandardCharsets.UTF_8));
	}

	private Path version(String name, String content) throws IOException {
		return Files.writeString(temp.resolve(name), content);
	}

	/** The same annotation line again, under the id of another annotation of the file. */
	private String withDuplicateId() {
		List<String> lines = baseText.lines().toList();
		String location = lines.stream().filter(l -> l.contains("gloss:Location")).findFirst().orElseThrow();
		String copy = location.replaceFirst("id=\"[^\"]+\"", "id=\"" + sourceId + "\"");
		return baseText.replace(location, location + "\n" + copy);
	}

	@Test
	void aDuplicateIdInTheirsIsRefusedAndNamedAsTheirs() throws IOException {
		Path ours = version("ours.gloss", baseText.replace("dock worker", "dock worker").replace("ana", "ben"));
		byte[] oursBefore = Files.readAllBytes(ours);
		Path theirs = version("theirs.gloss", withDuplicateId());
		Run run = merge("merge", base.toString(), ours.toString(), theirs.toString(), "news/ferry.txt.gloss");
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains("news/ferry.txt.gloss (theirs):"), run.err());
		assertTrue(run.err().contains("the id " + sourceId + " is used twice"), run.err());
		assertFalse(run.err().contains("(ours):"), "theirs is not called ours: " + run.err());
		assertFalse(run.err().contains("Impl@") || run.err().contains("Exception"), run.err());
		assertArrayEquals(oursBefore, Files.readAllBytes(ours), "ours is left as it was");
	}

	@Test
	void aDuplicateIdInOursIsRefusedAndNamedAsOurs() throws IOException {
		Path ours = version("ours.gloss", withDuplicateId());
		byte[] oursBefore = Files.readAllBytes(ours);
		Path theirs = version("theirs.gloss", baseText);
		Run run = merge("merge", base.toString(), ours.toString(), theirs.toString(), "ferry.txt.gloss");
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains("ferry.txt.gloss (ours):"), run.err());
		assertArrayEquals(oursBefore, Files.readAllBytes(ours));
	}

	@Test
	void aDanglingLinkIsRefusedWithoutAPathEachVersionByItsOwnName() throws IOException {
		Path ours = version("ours.gloss", baseText);
		Path theirs = version("theirs.gloss", baseText.replace("sources=\"" + sourceId + "\"",
				"sources=\"00000000-0000-0000-0000-00000000dead\""));
		Run run = merge("merge", base.toString(), ours.toString(), theirs.toString());
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains(theirs + " (theirs):"), run.err());
		assertTrue(run.err().contains("annotation " + claimId), run.err());
		assertTrue(run.err().contains("00000000-0000-0000-0000-00000000dead"), run.err());
		assertTrue(run.err().contains("dangling link"), run.err());
	}

	@Test
	void aLinkToTheWrongTypeNamesTheAnnotationsNotClasses() throws IOException {
		Path ours = version("ours.gloss", baseText);
		String locationId = baseText.lines().filter(l -> l.contains("gloss:Location")).findFirst().orElseThrow()
				.replaceFirst(".*id=\"([^\"]+)\".*", "$1");
		Path theirs = version("theirs.gloss", baseText.replace("sources=\"" + sourceId + "\"",
				"sources=\"" + locationId + "\""));
		Run run = merge("merge", base.toString(), ours.toString(), theirs.toString(), "ferry.txt.gloss");
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains("ferry.txt.gloss (theirs):"), run.err());
		assertTrue(run.err().contains(locationId), run.err());
		assertFalse(run.err().contains("Impl@"), run.err());
	}

	@Test
	void aReadOnlyOursIsNotReplaced() throws IOException {
		Path ours = version("ours.gloss", baseText);
		Files.setPosixFilePermissions(ours, PosixFilePermissions.fromString("r--r--r--"));
		Path theirs = version("theirs.gloss", baseText.replace("dock worker", "dock worker"));
		Run run = merge("merge", base.toString(), ours.toString(), theirs.toString(), "ferry.txt.gloss");
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains(ours + ": the file is read-only"), run.err());
		assertEquals(baseText, Files.readString(ours));
	}
}
