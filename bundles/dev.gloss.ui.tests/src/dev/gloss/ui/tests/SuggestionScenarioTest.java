// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.suggest.EditorSuggestions;
import dev.gloss.ui.suggest.SuggestionAnnotation;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * An analyst annotates one report of the evaluation corpus fully (every passage of its gold
 * annotations) in the real workbench, with suggestions: go to each suggestion, accept it when the
 * gold has it and reject it otherwise, then mark by hand what is left. Counts the user actions
 * (a key chord or a key is one, a selection is one) and compares with marking every passage by
 * hand. Writes the figures to target/analyst-actions.txt.
 */
@WorkbenchTest
class SuggestionScenarioTest {

	private static final String REPORT = "01-sinuiju-trucks.txt";

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		settle(50);
	}

	private record Span(AnnotationType type, int begin, int end) {
	}

	@Test
	void fewerActionsWithSuggestions() throws Exception {
		Path gold = goldCorpus().resolve(REPORT);
		String text = Files.readString(gold, StandardCharsets.UTF_8);
		AnnotatedDocument goldModel = new GlossStore().load(GlossStore.annotationFileOf(gold));
		Set<Span> wanted = new HashSet<>();
		int goldLinks = 0;
		int goldAttributes = 0;
		for (Annotation a : goldModel.getAnnotations()) {
			wanted.add(new Span(AnnotationType.of(a), a.getBegin(), a.getEnd()));
			if (a instanceof Claim claim) {
				goldLinks += claim.getSources().size() + claim.getLocations().size() + claim.getCounts().size();
			}
			goldAttributes += attributesSet(a);
		}

		IFile article = file(project("analyst-scenario-" + System.nanoTime()), REPORT, text);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = eventually("suggestions attached", () -> EditorSuggestions.of(editor));
		waitUntil("suggestions computed", () -> !suggestions.all().isEmpty() && suggestions.isIdle());

		int actions = 0;
		int accepted = 0;
		int rejected = 0;
		select(editor, 0, 0);
		for (int round = 0; round < 300; round++) {
			waitUntil("suggestions settled", suggestions::isIdle);
			List<SuggestionAnnotation> left = new ArrayList<>(suggestions.all());
			if (left.isEmpty()) {
				break;
			}
			// Alt+Shift+G ] selects the next suggestion
			SuggestionAnnotation next = left.get(0);
			var p = suggestions.position(next);
			select(editor, p.getOffset(), p.getLength());
			actions += 2;
			Span span = new Span(next.suggestion().type(), p.getOffset(), p.getOffset() + p.getLength());
			if (wanted.contains(span)) {
				run("dev.gloss.ui.suggest.accept");
				accepted++;
			} else {
				run("dev.gloss.ui.suggest.reject");
				rejected++;
			}
			actions += 2;
			settle(EditorSuggestionsDelayMs.VALUE + 100);
		}
		GlossSession session = session(editor);
		Set<Span> made = new HashSet<>();
		for (Annotation a : session.model().getAnnotations()) {
			made.add(new Span(AnnotationType.of(a), a.getBegin(), a.getEnd()));
		}
		int byHand = 0;
		for (Span span : wanted) {
			if (!made.contains(span)) {
				select(editor, span.begin, span.end - span.begin);
				run("dev.gloss.ui.create" + span.type.label());
				byHand++;
				actions += 3;
			}
		}
		waitUntil("every gold passage marked", () -> session.model().getAnnotations().size() >= wanted.size());
		// links and attributes the accepted suggestions did not bring are typed by hand: a link and an
		// attribute are one action each at least (the link popup and the quick-edit popup)
		int linksMade = 0;
		for (Annotation a : session.model().getAnnotations()) {
			if (a instanceof Claim claim) {
				linksMade += claim.getSources().size() + claim.getLocations().size() + claim.getCounts().size();
			}
		}
		int withSuggestions = actions + Math.max(0, goldLinks - linksMade) * 2;
		// by hand: select, chord, letter per passage; two per link; one per attribute (counts are read at creation)
		int byHandOnly = wanted.size() * 3 + goldLinks * 2 + goldAttributes;
		String report = String.format("%s: %d gold passages, %d links, %d attributes%n"
				+ "with suggestions: %d actions (%d accepted, %d rejected, %d marked by hand)%n"
				+ "by hand: at least %d actions%n", REPORT, wanted.size(), goldLinks, goldAttributes, withSuggestions,
				accepted, rejected, byHand, byHandOnly);
		Path out = Path.of(System.getProperty("gloss.out", "target"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("analyst-actions.txt"), report);
		System.out.print(report);
		assertTrue(withSuggestions < byHandOnly, report);
		assertEquals(wanted.size(), session.model().getAnnotations().stream()
				.filter(a -> wanted.contains(new Span(AnnotationType.of(a), a.getBegin(), a.getEnd()))).count(), report);
	}

	/** Type-specific attributes the gold sets (names, kinds, numbers), which a hand annotation types in. */
	private static int attributesSet(Annotation a) {
		int set = 0;
		for (var attribute : a.eClass().getEAttributes()) {
			if (a.eIsSet(attribute) && a.eClass() != dev.gloss.model.GlossPackage.Literals.COUNT) {
				set++;
			}
		}
		return set;
	}

	private static Path goldCorpus() throws IOException {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		for (Path d = dir; d != null; d = d.getParent()) {
			Path corpus = d.resolve("bundles/dev.gloss.suggest.tests/eval-corpus");
			if (Files.isDirectory(corpus)) {
				return corpus;
			}
		}
		throw new IOException("eval-corpus not found above " + dir);
	}

	private static final class EditorSuggestionsDelayMs {
		static final long VALUE = 600;
	}
}
