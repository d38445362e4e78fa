/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.CorpusDocument.TextStatus;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.corpus.Problem;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Source;
import dev.gloss.model.Status;

/** The corpus API an analyst's tools stand on: list, read, change, save, check. */
class CorpusTest {

	@TempDir
	Path folder;

	@Test
	void listsArticlesAndSkipsHiddenFolders() throws IOException {
		Fixtures.writeArticle(folder, "b/second.txt");
		Fixtures.writeArticle(folder, "a.txt");
		Files.writeString(folder.resolve("data.csv"), "x,y");
		Files.writeString(folder.resolve("data.csv.gloss"), "");
		Fixtures.writeArticle(folder, ".git/objects/ignored.txt");
		Files.writeString(folder.resolve("gone.txt.gloss"), "");

		Corpus corpus = Corpus.open(folder);
		assertEquals(List.of("a.txt", "b/second.txt", "data.csv"),
				corpus.articles().stream().map(Article::relativePath).toList(),
				"text files, and any file with annotations beside it");
		assertEquals(List.of(folder.resolve("gone.txt.gloss")), corpus.strayAnnotationFiles());
	}

	@Test
	void addChangeRemoveSaveAndReopen() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		assertEquals(TextStatus.NEW, document.textStatus());
		Claim claim = Fixtures.annotateAll(document);
		Source source = claim.getSources().get(0);
		assertEquals("a customs officer", source.getQuote());
		assertEquals("tester", source.getCreator());
		assertEquals(36, claim.getId().length(), "a UUID");
		assertEquals(32, source.getPrefix().length());
		assertEquals(" said.\r\n", source.getSuffix());
		document.save();

		Corpus corpus = Corpus.open(folder).withClock(Fixtures.CLOCK);
		CorpusDocument reopened = corpus.open(corpus.article("report.txt"));
		assertEquals(TextStatus.UNCHANGED, reopened.textStatus());
		Annotation sourceAgain = reopened.find(source.getId()).orElseThrow();
		sourceAgain.setStatus(Status.CONFIRMED);
		reopened.touch(sourceAgain);
		reopened.remove(sourceAgain);
		Claim claimAgain = (Claim) reopened.find(claim.getId()).orElseThrow();
		assertTrue(claimAgain.getSources().isEmpty(), "removing a source unlinks it from claims");
		reopened.save();

		CorpusDocument third = Corpus.open(folder).open(Corpus.open(folder).article("report.txt"));
		assertEquals(3, third.annotations().size());
		assertFalse(third.find(source.getId()).isPresent());
		List<Problem> problems = third.check();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
		assertTrue(problems.get(0).message().contains("has no source"), "the claim lost its only source");
	}

	@Test
	void aChangedArticleIsReportedAndNotAnnotatedFurther() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.annotateAll(document);
		document.save();
		Files.writeString(folder.resolve("report.txt"), "Corrected: " + Fixtures.TEXT, StandardCharsets.UTF_8);

		Corpus corpus = Corpus.open(folder);
		CorpusDocument changed = corpus.open(corpus.article("report.txt"));
		assertEquals(TextStatus.CHANGED, changed.textStatus());
		List<Problem> problems = changed.check();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("changed since it was annotated"));
		assertThrows(IllegalStateException.class, () -> changed.add(AnnotationType.CLAIM, 0, 5));
	}

	@Test
	void statsCountEachTypeAndEveryProblem() throws IOException {
		CorpusDocument first = Fixtures.openFresh(folder, "one.txt");
		Fixtures.annotateAll(first);
		first.save();
		CorpusDocument second = Fixtures.openFresh(folder, "two.txt");
		Fixtures.add(second, AnnotationType.LOCATION, "Hyesan");
		Fixtures.add(second, AnnotationType.COUNT, "27 used cars");
		second.save();

		CorpusStats stats = CorpusStats.of(Corpus.open(folder));
		assertEquals(2, stats.documents().size());
		assertEquals(6, stats.totalAnnotations());
		assertEquals(2, stats.total(AnnotationType.LOCATION));
		assertEquals(2, stats.total(AnnotationType.COUNT));
		assertEquals(1, stats.total(AnnotationType.CLAIM));
		assertEquals(1, stats.problems().size(), "the count in two.txt has no number yet");
		assertTrue(stats.problems().get(0).message().contains("a count needs a value or a range"));
	}

	@Test
	void aSelectionOutsideTheTextIsRefused() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		assertThrows(IllegalArgumentException.class,
				() -> document.add(AnnotationType.CLAIM, 10, Fixtures.TEXT.length() + 1));
		assertTrue(document.annotations().isEmpty());
	}
}
