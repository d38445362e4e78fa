// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Count;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Status;

/** {@code gloss suggest}, {@code gloss normalise} and {@code gloss export} with proposals, on temporary corpora. */
class SuggestCommandTest {

	private record Run(int code, String out, String err) {
	}

	private static Run gloss(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Path corpus(Path folder) throws IOException {
		Files.writeString(folder.resolve("a.txt"), "A trader in Hyesan said that about 300 trucks crossed into "
				+ "Sinuiju last week.\n");
		Files.writeString(folder.resolve("b.txt"), "Hyesan was quiet, according to a resident of Changbai.\n");
		return folder;
	}

	@Test
	void writesProposalsAndNeverTouchesTheAnalystsAnnotations(@TempDir Path folder) throws IOException {
		corpus(folder);
		Corpus corpus = Corpus.open(folder).withCreator("ana");
		CorpusDocument a = corpus.open(corpus.article("a.txt"));
		Annotation mine = a.add(AnnotationType.LOCATION, 12, 18);
		mine.setComment("checked on the map");
		a.save();
		String mineLine = line(folder.resolve("a.txt.gloss"), mine.getId());

		Run run = gloss("suggest", folder.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("proposal(s) in 2 document(s)"), run.out());

		CorpusDocument after = Corpus.open(folder).open(Corpus.open(folder).article("a.txt"));
		assertEquals(mineLine, line(folder.resolve("a.txt.gloss"), mine.getId()), "the analyst's line is unchanged");
		List<Annotation> proposed = after.annotations().stream().filter(x -> x.getStatus() == Status.PROPOSED).toList();
		assertTrue(proposed.stream().noneMatch(x -> x.getBegin() == 12 && AnnotationType.of(x) == AnnotationType.LOCATION),
				"no proposal where the analyst marked a place");
		assertTrue(proposed.stream().anyMatch(x -> x.getQuote().equals("Sinuiju")));
		Count count = (Count) proposed.stream().filter(x -> x instanceof Count).findFirst().orElseThrow();
		assertEquals(0, new BigDecimal(300).compareTo(count.getValue()));
		assertEquals(Qualifier.ABOUT, count.getQualifier());

		// a second run replaces the proposals of the first, and writes the same
		byte[] first = Files.readAllBytes(folder.resolve("a.txt.gloss"));
		Run again = gloss("suggest", folder.toString());
		assertTrue(again.out().contains("replacing"), again.out());
		assertEquals(Files.readString(folder.resolve("a.txt.gloss")).lines().count(),
				new String(first, StandardCharsets.UTF_8).lines().count());
	}

	@Test
	void writesAllFilesOrNone(@TempDir Path folder) throws IOException {
		corpus(folder);
		Files.writeString(folder.resolve("c.txt"), "Dandong.\n");
		Files.writeString(folder.resolve("c.txt.gloss"), "<not a gloss file");
		Run run = gloss("suggest", folder.toString());
		assertEquals(1, run.code());
		assertTrue(run.err().contains("c.txt.gloss") && run.err().contains("nothing written"), run.err());
		assertFalse(Files.exists(folder.resolve("a.txt.gloss")), "no file written when one cannot be read");
		assertFalse(Files.exists(folder.resolve("b.txt.gloss")));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary left");
		}
	}

	@Test
	void exportsLeaveProposalsOutUnlessAsked(@TempDir Path folder, @TempDir Path out) throws IOException {
		corpus(folder);
		assertEquals(0, gloss("suggest", folder.toString()).code());
		Run plain = gloss("export", "--format", "csv", "--out", out.resolve("plain").toString(), folder.toString());
		assertEquals(0, plain.code(), plain.err());
		Run all = gloss("export", "--format", "csv", "--include-proposed", "--out", out.resolve("all").toString(),
				folder.toString());
		assertEquals(0, all.code(), all.err());
		String plainCsv = readAll(out.resolve("plain"));
		String allCsv = readAll(out.resolve("all"));
		assertFalse(plainCsv.contains("Sinuiju"), plainCsv);
		assertTrue(allCsv.contains("Sinuiju") && allCsv.contains("proposed"), allCsv);
	}

	@Test
	void normaliseFillsCountsWithoutANumberAndListsWhatItCannotRead(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("a.txt"), "At least 100 to several hundred vehicles waited; many boats too.\n");
		Corpus corpus = Corpus.open(folder).withCreator("ana");
		CorpusDocument a = corpus.open(corpus.article("a.txt"));
		Count vehicles = (Count) a.add(AnnotationType.COUNT, 0, 40);
		Count boats = (Count) a.add(AnnotationType.COUNT, 49, 59);
		Count typed = (Count) a.add(AnnotationType.COUNT, 0, 8);
		typed.setValue(BigDecimal.ONE);
		a.save();
		Run run = gloss("normalise", folder.toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("1 count(s) filled in, 1 left for the analyst"), run.out());
		assertTrue(run.out().contains("many boats"), run.out());
		CorpusDocument after = Corpus.open(folder).open(Corpus.open(folder).article("a.txt"));
		Count read = (Count) after.find(vehicles.getId()).orElseThrow();
		assertEquals(0, BigDecimal.valueOf(100).compareTo(read.getMin()));
		assertEquals(null, read.getMax());
		assertEquals(Qualifier.AT_LEAST, read.getQualifier());
		assertEquals("vehicles", read.getUnit());
		assertEquals(null, ((Count) after.find(boats.getId()).orElseThrow()).getValue());
		assertEquals(0, BigDecimal.ONE.compareTo(((Count) after.find(typed.getId()).orElseThrow()).getValue()),
				"a count with a number is left alone");
	}

	@Test
	void evaluatePrintsScoresPerTypeAndTheCountsNormalised() throws IOException {
		Run run = gloss("suggest", "--evaluate", EvalCorpusTest.shippedCorpus().toString());
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("exact P / R / F1"), run.out());
		for (AnnotationType type : AnnotationType.values()) {
			assertTrue(run.out().contains(type.label() + " "), run.out());
		}
		assertTrue(run.out().contains("counts normalised exactly:"), run.out());
	}

	private static String line(Path file, String id) throws IOException {
		return Files.readAllLines(file).stream().filter(l -> l.contains(id)).findFirst().orElseThrow();
	}

	private static String readAll(Path folder) throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				all.append(Files.readString(file));
			}
		}
		return all.toString();
	}

	@Test
	void helpNamesTheCommands() {
		Run run = gloss("help");
		assertTrue(run.out().contains("suggest") && run.out().contains("normalise"), run.out());
		assertArrayEquals(new int[] { 0 }, new int[] { gloss("suggest", "--help").code() });
	}
}
