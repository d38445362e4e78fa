// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.suggest.Recommenders;
import dev.gloss.suggest.evaluate.Evaluation;
import dev.gloss.suggest.evaluate.Scores;
import dev.gloss.suggest.place.Gazetteer;

/**
 * The evaluation corpus: the shipped files are what {@link EvalCorpusAnnotator} writes from the
 * marked-up sources, and the suggestions meet the goals on it (places and counts recall 0.9 and
 * precision 0.8, sources 0.7 and 0.7, 95% of the counts normalised exactly).
 */
class EvalCorpusTest {

	/** The bundle folder: tests run in target/work below it. */
	static Path bundle() {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path d = dir; d != null; d = d.getParent()) {
			if (Files.isDirectory(d.resolve("eval-corpus-src"))) {
				return d;
			}
		}
		throw new IllegalStateException("eval-corpus-src not found above " + dir);
	}

	static Path shippedCorpus() {
		return bundle().resolve("eval-corpus");
	}

	@Test
	void shippedCorporaAreWhatTheAnnotatorWrites(@TempDir Path out) throws IOException {
		for (String corpus : List.of("eval-corpus", "eval-heldout", "eval-heldout-2")) {
			Path written = out.resolve(corpus);
			EvalCorpusAnnotator.write(bundle().resolve(corpus + "-src"), written);
			Path shipped = bundle().resolve(corpus);
			List<Path> expected = files(written);
			assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
					files(shipped).stream().map(p -> p.getFileName().toString()).toList());
			for (Path file : expected) {
				assertEquals(Files.readString(file), Files.readString(shipped.resolve(file.getFileName())),
						file.getFileName() + ": run EvalCorpusAnnotator " + corpus + "-src " + corpus);
			}
		}
	}

	@Test
	void suggestionsMeetTheGoals() throws IOException {
		Evaluation evaluation = new Evaluation(Recommenders.builtIn(Gazetteer.shared()));
		for (boolean memory : new boolean[] { false, true }) {
			Evaluation.Report report = evaluation.run(Corpus.open(shippedCorpus()), memory);
			String table = Evaluation.format(report);
			assertEquals(12, report.documents());
			goal(report, AnnotationType.LOCATION, 0.9, 0.8, table);
			goal(report, AnnotationType.COUNT, 0.9, 0.8, table);
			goal(report, AnnotationType.SOURCE, 0.7, 0.7, table);
			assertTrue(report.countsNormalisedExactly() >= 0.95, table);
		}
	}

	/**
	 * Writes the figures of every set, with their misses, to {@code target/eval-report.txt}: the
	 * held-out sets have no goals (they estimate how the rules do on news they were not written
	 * for), but their figures in the README come from this report.
	 */
	@Test
	void everySetIsMeasuredIntoTheReport() throws IOException {
		Evaluation evaluation = new Evaluation(Recommenders.builtIn(Gazetteer.shared()));
		StringBuilder out = new StringBuilder();
		for (String set : List.of("eval-corpus", "eval-heldout", "eval-heldout-2")) {
			for (boolean memory : new boolean[] { false, true }) {
				Evaluation.Report report = evaluation.run(Corpus.open(bundle().resolve(set)), memory);
				assertEquals(files(bundle().resolve(set + "-src")).size(), report.documents(), set);
				out.append("== ").append(set).append('\n').append(Evaluation.format(report));
				for (Evaluation.Miss miss : report.misses()) {
					out.append(miss.falsePositive() ? "  extra  " : "  missed ").append(miss.type().label())
							.append(" in ").append(miss.article()).append(": \"").append(miss.quote()).append("\"\n");
				}
				report.countMisreads().forEach(m -> out.append("  count  ").append(m).append('\n'));
				out.append('\n');
			}
		}
		Path target = bundle().resolve("target");
		Files.createDirectories(target);
		Files.writeString(target.resolve("eval-report.txt"), out);
	}

	private static void goal(Evaluation.Report report, AnnotationType type, double recall, double precision,
			String table) {
		Scores scores = report.perType().get(type);
		assertTrue(scores.recall(true) >= recall && scores.precision(true) >= precision, type + "\n" + table);
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
