/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.text.TextSnapshots;
import dev.gloss.model.Annotation;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.anchor.DocumentReanchoring;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.anchor.Outcome;
import dev.gloss.team.anchor.Outcome.Kind;
import dev.gloss.team.anchor.Outcome.Method;
import dev.gloss.team.anchor.ReanchorReport;

/**
 * Articles that change under their annotations, with the edits newsrooms make: a paragraph
 * inserted, a typo corrected inside an annotated passage, a paragraph moved, a sentence deleted.
 * Each case checks how many annotations end anchored, moved and orphaned, that every one is
 * still there, and that every anchored or moved quote is the text at its offsets.
 */
class ReanchorTest {

	/** Passages of the ferry article, marked in this order; several nest or overlap. */
	private static final List<String> FERRY_PASSAGES = List.of(
			"Ferry service across the Varna estuary resumed on Tuesday after a three-week suspension",
			"Varna estuary", "the regional transport office",
			"14 ferries made the crossing on the first day", "about 2,300 passengers", "410 vehicles",
			"Petar Ilinov", "the timetable would return to normal by Friday",
			"The suspension began when a storm damaged the landing stage at Kelso Point.", "Kelso Point",
			"Engineers from the port authority replaced two pontoons",
			"Local traders in Marrow Bay welcomed the news.", "Marrow Bay",
			"\"We lost almost half of our weekend customers,\"", "Anika Doyle",
			"She estimated her losses at between 3,000 and 5,000 euros.", "between 3,000 and 5,000 euros",
			"the Estuary Riders Association",
			"the repairs had taken twice as long as promised",
			"The transport office said it would publish an inspection report next month.",
			"a local councillor", "more than 1.2 million euros");

	@TempDir
	Path temp;

	@Test
	void insertedParagraphMovesWhatFollowsAndAnchorsWhatPrecedes() throws IOException {
		String original = Fixtures.article(Fixtures.FERRY);
		String marker = "Local traders in Marrow Bay";
		String inserted = "Passenger numbers on the first day were the highest since the spring, the office added, "
				+ "although it gave no comparison with last year.\n\n";
		ReanchorReport report = reanchor(original, FERRY_PASSAGES,
				text -> text.replace(marker, inserted + marker), true);
		int before = (int) FERRY_PASSAGES.stream().filter(p -> original.indexOf(p) < original.indexOf(marker)).count();
		assertEquals(before, report.anchored(), "passages before the insertion keep their offsets");
		assertEquals(FERRY_PASSAGES.size() - before, report.moved(), "passages after it move");
		assertEquals(0, report.orphaned());
		assertTrue(report.outcomes().stream().allMatch(o -> o.method() == Method.DIFF), "the diff maps them all");
	}

	@Test
	void typoFixedInsideAQuoteKeepsTheAnnotationWithTheCorrectedQuote() throws IOException {
		// the reporter wrote "welcommed"; the desk fixed it after the analyst had annotated
		String typo = Fixtures.article(Fixtures.FERRY).replace("welcomed the news", "welcommed the news");
		List<String> passages = FERRY_PASSAGES.stream()
				.map(p -> p.replace("welcomed the news", "welcommed the news")).toList();
		ReanchorReport report = reanchor(typo, passages, text -> text.replace("welcommed", "welcomed"), true);
		Outcome fixed = report.outcomes().stream()
				.filter(o -> o.annotation().getQuote().startsWith("Local traders")).findFirst().orElseThrow();
		assertEquals(Kind.MOVED, fixed.kind());
		assertTrue(fixed.quoteChanged());
		assertEquals("Local traders in Marrow Bay welcomed the news.", fixed.annotation().getQuote());
		assertEquals(0, report.orphaned());
		// "Local traders ..." and "Marrow Bay" start before the typo and keep their offsets, but the
		// sentence's quote changed; everything after the typo shifts left by one
		long after = passages.stream().filter(p -> typo.indexOf(p) > typo.indexOf("welcommed")).count();
		assertEquals(after + 1, report.moved());
		assertEquals(passages.size() - after - 1, report.anchored());
	}

	@Test
	void movedParagraphIsFoundByItsQuotes() throws IOException {
		String original = Fixtures.article(Fixtures.FERRY);
		String paragraph = original.substring(original.indexOf("Local traders"), original.indexOf("Not everyone"));
		ReanchorReport report = reanchor(original, FERRY_PASSAGES,
				text -> text.replace(paragraph, "") + "\n" + paragraph.strip() + "\n", true);
		List<Outcome> inMovedParagraph = report.outcomes().stream()
				.filter(o -> paragraph.contains(o.annotation().getQuote())).toList();
		assertEquals(6, inMovedParagraph.size());
		for (Outcome outcome : inMovedParagraph) {
			assertEquals(Kind.MOVED, outcome.kind(), outcome.toString());
			assertEquals(Method.QUOTE, outcome.method(), "a diff sees a deletion and an insertion");
		}
		assertEquals(0, report.orphaned());
		assertEquals(FERRY_PASSAGES.size(), report.anchored() + report.moved());
	}

	@Test
	void deletedSentenceOrphansItsAnnotationsAndKeepsThem() throws IOException {
		String original = Fixtures.article(Fixtures.CONVOY);
		List<String> passages = List.of("A convoy of 38 grain lorries", "Halden Cross", "logistics officials",
				"the Orrin checkpoint", "Drivers said they were given no reason for the delay.", "Drivers",
				"roughly 900 tonnes of wheat and barley", "A driver who asked not to be named", "Pellow",
				"up to ten hours", "at least 20 lorries", "It declined to comment on the checkpoint delay.");
		String deleted = " Drivers said they were given no reason for the delay.";
		ReanchorReport report = reanchor(original, passages, text -> text.replace(deleted, ""), true);
		assertEquals(2, report.orphaned());
		assertEquals(Set.of("Drivers said they were given no reason for the delay.", "Drivers"),
				report.orphans().stream().map(o -> o.annotation().getQuote()).collect(Collectors.toSet()),
				"orphans keep their quote");
		long after = passages.stream().filter(p -> original.indexOf(p) > original.indexOf(deleted)).count() - 2;
		assertEquals(after, report.moved());
		assertEquals(passages.size() - after - 2, report.anchored());
	}

	@Test
	void anInsertionStrictlyInsideAPassageStretchesIt() throws IOException {
		String original = Fixtures.article(Fixtures.CONVOY);
		List<String> passages = List.of("roughly 900 tonnes of wheat and barley", "Halden Cross",
				"Drivers said they were given no reason for the delay.");
		ReanchorReport report = reanchor(original, passages,
				text -> text.replace("roughly 900 tonnes", "roughly 900 (nine hundred) tonnes"), true);
		assertEquals(0, report.orphaned());
		Outcome stretched = report.outcomes().stream().filter(o -> o.annotation().getQuote().startsWith("roughly"))
				.findFirst().orElseThrow();
		assertEquals(Kind.MOVED, stretched.kind());
		assertEquals(Method.DIFF, stretched.method());
		assertTrue(stretched.quoteChanged());
		assertEquals("roughly 900 (nine hundred) tonnes of wheat and barley", stretched.annotation().getQuote());
		assertEquals(stretched.oldBegin(), stretched.annotation().getBegin(), "its start stays where it was");
	}

	@Test
	void aDeletionStrictlyInsideAPassageShrinksIt() throws IOException {
		String original = Fixtures.article(Fixtures.CONVOY);
		List<String> passages = List.of("roughly 900 tonnes of wheat and barley", "Halden Cross");
		ReanchorReport report = reanchor(original, passages,
				text -> text.replace("tonnes of wheat and barley", "tonnes of barley"), true);
		assertEquals(0, report.orphaned());
		Outcome shrunk = report.outcomes().stream().filter(o -> o.annotation().getQuote().startsWith("roughly"))
				.findFirst().orElseThrow();
		assertEquals(Kind.MOVED, shrunk.kind());
		assertEquals("roughly 900 tonnes of barley", shrunk.annotation().getQuote());
	}

	@Test
	void anInsertionAtThePassagesEdgeIsNotInsideIt() throws IOException {
		String original = Fixtures.article(Fixtures.CONVOY);
		ReanchorReport edge = reanchor(original, List.of("900 tonnes"),
				text -> text.replace("roughly 900 tonnes", "roughly 1,900 tonnes"), true);
		assertEquals("900 tonnes", edge.outcomes().get(0).annotation().getQuote());
	}

	@Test
	void withoutTheOldTextTheQuoteSearchStillPlacesEveryAnnotation() throws IOException {
		String original = Fixtures.article(Fixtures.FERRY);
		String marker = "The transport office said";
		ReanchorReport report = reanchor(original, FERRY_PASSAGES,
				text -> text.replace("Ferry service", "Passenger ferry service").replace(marker,
						"Separately, the office confirmed new fares.\n\n" + marker),
				false);
		assertFalse(report.oldTextKnown());
		assertEquals(0, report.orphaned());
		// the first passage changed ("Passenger ferry service"): found with one edit, its quote updated
		Outcome first = report.outcomes().stream()
				.filter(o -> o.annotation().getQuote().contains("across the Varna estuary resumed")).findFirst()
				.orElseThrow();
		assertEquals(Kind.MOVED, first.kind());
		assertEquals(Method.QUOTE, first.method());
		assertTrue(first.quoteChanged());
		assertEquals("ferry service across the Varna estuary resumed on Tuesday after a three-week suspension",
				first.annotation().getQuote());
		assertTrue(report.outcomes().stream().allMatch(o -> o.method() == Method.QUOTE));
	}

	@Test
	void orphansComeBackWhenTheirPassageDoes() throws IOException {
		String original = Fixtures.article(Fixtures.CONVOY);
		String sentence = " Drivers said they were given no reason for the delay.";
		Path folder = temp.resolve("corpus");
		TextSnapshots snapshots = new TextSnapshots(temp.resolve("snapshots"));
		annotate(folder, original, List.of(sentence.strip(), "Halden Cross"), snapshots);
		Fixtures.write(folder, "article.txt", original.replace(sentence, ""));
		ReanchorReport first = reanchorAndSave(folder, snapshots, true);
		assertEquals(1, first.orphaned());
		// the desk restores the sentence, elsewhere in the paragraph
		Fixtures.write(folder, "article.txt", original.replace(sentence, "").replace("Officials at the depot",
				sentence.strip() + " Officials at the depot"));
		ReanchorReport second = reanchorAndSave(folder, snapshots, true);
		assertEquals(0, second.orphaned());
		assertEquals(List.of(), problems(folder, snapshots));
	}

	@Test
	void crlfHangulAndEmojiKeepOffsetsOnCharacterBoundaries() throws IOException {
		String original = "첫 문단: 항구에서 배 14척이 출발했다.\r\nThe harbour 🚢 reopened on Tuesday.\r\n"
				+ "Officials in 丹东 counted 14 ferries 🚢🚢 in all.\r\n";
		List<String> passages = List.of("항구에서 배 14척이 출발했다", "🚢 reopened", "丹东", "14 ferries 🚢🚢");
		ReanchorReport report = reanchor(original, passages,
				text -> "速報 🎉 update\r\n" + text.replace("The harbour", "The old harbour"), true);
		assertEquals(0, report.orphaned());
		assertEquals(passages.size(), report.moved());
	}

	/**
	 * Annotates the passages on {@code original} (saving a snapshot), applies the edit to the
	 * article file, re-anchors (with or without the old text), saves, and checks the invariants.
	 */
	private ReanchorReport reanchor(String original, List<String> passages, UnaryOperator<String> edit,
			boolean oldTextKnown) throws IOException {
		Path folder = temp.resolve("corpus");
		TextSnapshots snapshots = new TextSnapshots(temp.resolve("snapshots"));
		Map<String, String> quotes = annotate(folder, original, passages, snapshots);
		String edited = edit.apply(original);
		assertFalse(edited.equals(original), "the edit changes the article");
		Fixtures.write(folder, "article.txt", edited);
		if (!oldTextKnown) {
			snapshots = new TextSnapshots(temp.resolve("no-snapshots"));
		}
		ReanchorReport report = reanchorAndSave(folder, snapshots, oldTextKnown);
		assertEquals(oldTextKnown, report.oldTextKnown());

		// nothing lost: every id is still there, in the saved file
		CorpusDocument reopened = Corpus.open(folder).open(Corpus.open(folder).article("article.txt"));
		assertEquals(CorpusDocument.TextStatus.UNCHANGED, reopened.textStatus());
		assertEquals(quotes.keySet(), reopened.annotations().stream().map(Annotation::getId).collect(Collectors.toSet()));
		for (Annotation annotation : reopened.annotations()) {
			if (!annotation.isOrphaned()) {
				assertEquals(annotation.getQuote(), edited.substring(annotation.getBegin(), annotation.getEnd()));
				assertTrue(Character.isHighSurrogate(edited.charAt(Math.max(0, annotation.getBegin() - 1))) == false
						|| annotation.getBegin() == 0, "never inside a surrogate pair");
			} else {
				assertEquals(quotes.get(annotation.getId()), annotation.getQuote(), "an orphan keeps its quote");
			}
		}
		List<Problem> errors = new ArrayList<>();
		for (Problem problem : reopened.check()) {
			if (problem.severity() == Problem.Severity.ERROR) {
				errors.add(problem);
			}
		}
		assertEquals(List.of(), errors);
		long orphanWarnings = reopened.check().stream().filter(p -> p.message().contains("is orphaned")).count();
		assertEquals(report.orphaned(), orphanWarnings, "each orphan is listed as a problem");
		return report;
	}

	private Map<String, String> annotate(Path folder, String text, List<String> passages, TextSnapshots snapshots)
			throws IOException {
		Fixtures.write(folder, "article.txt", text);
		String previous = System.setProperty("gloss.snapshots", snapshots.folder().toString());
		try {
			Corpus corpus = Corpus.open(folder).withCreator("analyst");
			CorpusDocument document = corpus.open(corpus.article("article.txt"));
			for (String passage : passages) {
				Fixtures.mark(document, passage.length() < 20 ? AnnotationType.LOCATION : AnnotationType.CLAIM,
						passage);
			}
			document.save();
			return document.annotations().stream().collect(Collectors.toMap(Annotation::getId, Annotation::getQuote));
		} finally {
			restore(previous);
		}
	}

	private static ReanchorReport reanchorAndSave(Path folder, TextSnapshots snapshots, boolean useOldText)
			throws IOException {
		String previous = System.setProperty("gloss.snapshots", snapshots.folder().toString());
		try {
			Corpus corpus = Corpus.open(folder);
			CorpusDocument document = corpus.open(corpus.article("article.txt"));
			ReanchorReport report = new DocumentReanchoring(new OldTexts(snapshots, false)).reanchor(document)
					.orElseThrow();
			document.save();
			return report;
		} finally {
			restore(previous);
		}
	}

	private static List<Problem> problems(Path folder, TextSnapshots snapshots) throws IOException {
		Corpus corpus = Corpus.open(folder);
		return corpus.open(corpus.article("article.txt")).check().stream()
				.filter(p -> !p.message().contains("has no source")).toList();
	}

	private static void restore(String previous) {
		if (previous == null) {
			System.clearProperty("gloss.snapshots");
		} else {
			System.setProperty("gloss.snapshots", previous);
		}
	}

	static {
		// GlossValidator is referenced so that its warning codes stay in sync with these tests
		assertTrue(GlossValidator.ORPHANED > 0);
	}
}
