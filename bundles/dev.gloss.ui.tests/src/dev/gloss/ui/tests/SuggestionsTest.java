// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.suggest.EditorSuggestions;
import dev.gloss.ui.suggest.SuggestionAnnotation;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * Suggestions in a real workbench: they appear as their own editor annotations, stay out of the
 * annotation file until accepted, and the keys accept, reject and accept all; the corpus memory
 * learns from one accepted suggestion at once; a count marked by hand is read at once.
 */
@WorkbenchTest
class SuggestionsTest {

	private static final String ARTICLE = "A trader in Hyesan said that about 300 trucks crossed into Sinuiju last week.\n"
			+ "Rice from Sinuiju reached Hyesan, Daily NK reported.\n";

	private static int projects;

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		settle(50);
	}

	private static IProject newProject() throws Exception {
		return project("suggest-tests-" + (++projects) + "-" + System.nanoTime());
	}

	private static EditorSuggestions suggestionsOf(ITextEditor editor) {
		EditorSuggestions suggestions = eventually("suggestions attached", () -> EditorSuggestions.of(editor));
		waitUntil("suggestions computed", () -> !suggestions.all().isEmpty() && suggestions.isIdle());
		return suggestions;
	}

	private static SuggestionAnnotation find(EditorSuggestions suggestions, ITextEditor editor, String quote,
			AnnotationType type) {
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		for (SuggestionAnnotation s : suggestions.all()) {
			var p = suggestions.position(s);
			if (s.suggestion().type() == type && text.substring(p.getOffset(), p.getOffset() + p.getLength()).equals(quote)) {
				return s;
			}
		}
		return null;
	}

	@Test
	void suggestionsShowAsTheirOwnAnnotationsAndStayOutOfTheFile() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = suggestionsOf(editor);
		assertNotNull(find(suggestions, editor, "Sinuiju", AnnotationType.LOCATION));
		assertNotNull(find(suggestions, editor, "about 300 trucks", AnnotationType.COUNT));
		assertNotNull(find(suggestions, editor, "A trader in Hyesan", AnnotationType.SOURCE));
		assertTrue(suggestions.all().stream().allMatch(s -> s.getType().startsWith("dev.gloss.ui.suggestion.")));
		assertFalse(Files.exists(Path.of(article.getLocation().toString() + ".gloss")), "nothing written before accepting");
	}

	@Test
	void acceptMakesTheAnalystsAnnotationWithItsAttributes() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = suggestionsOf(editor);
		select(editor, ARTICLE.indexOf("Sinuiju") + 2, 0);
		run("dev.gloss.ui.suggest.accept");
		GlossSession session = session(editor);
		Location sinuiju = (Location) eventually("the accepted place", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Location && a.getQuote().equals("Sinuiju")).findFirst().orElse(null));
		assertEquals(Status.DRAFT, sinuiju.getStatus());
		assertEquals("KP", sinuiju.getCountryCode());
		assertEquals(2040893L, sinuiju.getGeonamesId());
		assertEquals(ARTICLE.indexOf("Sinuiju"), sinuiju.getBegin());
		waitForDisk(article, "the accepted place", d -> d.getAnnotations().stream()
				.anyMatch(a -> a.getId().equals(sinuiju.getId())));
		waitUntil("the accepted suggestion gone", () -> suggestions.isIdle() && suggestions.all().stream()
				.noneMatch(s -> s.suggestion().type() == AnnotationType.LOCATION
						&& suggestions.position(s).getOffset() == ARTICLE.indexOf("Sinuiju")));
		assertNotNull(find(suggestions, editor, "Sinuiju", AnnotationType.LOCATION), "the other Sinuiju is still proposed");
	}

	@Test
	void acceptingAClaimBringsItsSourcePlacesAndCountsLinked() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		suggestionsOf(editor);
		select(editor, ARTICLE.indexOf("crossed"), 0);
		run("dev.gloss.ui.suggest.accept");
		GlossSession session = session(editor);
		Claim claim = (Claim) eventually("the accepted claim", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Claim).findFirst().orElse(null));
		assertEquals("about 300 trucks crossed into Sinuiju last week", claim.getQuote());
		assertEquals("A trader in Hyesan", claim.getSources().get(0).getQuote());
		assertEquals("Sinuiju", claim.getLocations().get(0).getQuote());
		Count count = claim.getCounts().get(0);
		assertEquals(0, BigDecimal.valueOf(300).compareTo(count.getValue()));
		assertEquals(Qualifier.ABOUT, count.getQualifier());
		assertTrue(session.model().getAnnotations().stream().allMatch(a -> a.getStatus() == Status.DRAFT));
	}

	@Test
	void rejectIsRememberedForTheCorpusAndEveryOccurrenceGoes() throws Exception {
		IProject project = newProject();
		IFile article = file(project, "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = suggestionsOf(editor);
		select(editor, ARTICLE.indexOf("Hyesan") + 1, 0);
		run("dev.gloss.ui.suggest.reject");
		Path rejections = project.getLocation().toPath().resolve(".gloss-rejections");
		waitUntil("the rejection written", () -> Files.isRegularFile(rejections));
		assertTrue(Files.readString(rejections, StandardCharsets.UTF_8).contains("Location\thyesan\n"));
		settle(EditorSuggestionsDelay.MS * 2);
		waitUntil("suggestions recomputed", suggestions::isIdle);
		assertNull(find(suggestions, editor, "Hyesan", AnnotationType.LOCATION), "no Hyesan proposed any more");
		assertNotNull(find(suggestions, editor, "Sinuiju", AnnotationType.LOCATION));
		GlossSession session = dev.gloss.ui.session.GlossSessions.get().sessionOf(editor, false);
		assertTrue(session == null || session.model().getAnnotations().isEmpty(), "rejecting writes no annotation");

		// another article of the same corpus does not propose it either
		IFile other = file(project, "b.txt", "Hyesan and Sinuiju traded.\n");
		ITextEditor second = openEditor(other);
		EditorSuggestions more = suggestionsOf(second);
		assertNull(find(more, second, "Hyesan", AnnotationType.LOCATION));
	}

	@Test
	void acceptAllTakesEverySuggestionOfTheTypeInOneStep() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = suggestionsOf(editor);
		long places = suggestions.all().stream().filter(s -> s.suggestion().type() == AnnotationType.LOCATION).count();
		assertEquals(4, places, "Hyesan, Sinuiju, Sinuiju, Hyesan");
		select(editor, 0, 0);
		run("dev.gloss.ui.suggest.navigate", "dev.gloss.ui.suggest.direction", "next");
		var selected = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
		SuggestionAnnotation next = suggestions.all().stream()
				.filter(s -> suggestions.position(s).getOffset() == selected.getOffset()
						&& suggestions.position(s).getLength() == selected.getLength())
				.findFirst().orElseThrow();
		// the status line says what was selected and why, with the keys that act on it
		assertEquals(next.getText(), statusLine(editor));
		assertTrue(statusLine(editor).startsWith("Suggested ") && statusLine(editor).contains("A accepts"),
				statusLine(editor));
		select(editor, ARTICLE.indexOf("Hyesan") + 1, 0);
		run("dev.gloss.ui.suggest.acceptAll");
		GlossSession session = session(editor);
		waitUntil("four places accepted", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Location).count() == 4);
		assertEquals("Accepted 4 suggested locations", statusLine(editor), "a plural without '(s)'");
		assertEquals(4, session.model().getAnnotations().size(), "only places");
		// one step: one undo takes them all back
		run("org.eclipse.ui.edit.undo");
		waitUntil("undone", () -> session.model().getAnnotations().isEmpty());
	}

	@Test
	void oneAcceptedSuggestionIsLearntAndProposedElsewhereAtOnce() throws Exception {
		IProject project = newProject();
		IFile first = file(project, "a.txt", ARTICLE);
		IFile second = file(project, "b.txt", "Prices in a Daily NK chart rose.\n");
		ITextEditor other = openEditor(second);
		EditorSuggestions before = eventually("suggestions attached", () -> EditorSuggestions.of(other));
		waitUntil("b.txt suggested", before::isIdle);
		assertNull(find(before, other, "Daily NK", AnnotationType.SOURCE), "no attribution: not proposed yet");

		ITextEditor editor = openEditor(first);
		suggestionsOf(editor);
		select(editor, ARTICLE.indexOf("Daily NK") + 1, 0);
		run("dev.gloss.ui.suggest.accept");
		GlossSession session = session(editor);
		Source outlet = (Source) eventually("the accepted source", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Source).findFirst().orElse(null));
		assertEquals(SourceKind.MEDIA_OUTLET, outlet.getKind());

		page().activate(other);
		before.schedule();
		SuggestionAnnotation learnt = eventually("Daily NK proposed in b.txt",
				() -> before.isIdle() ? find(before, other, "Daily NK", AnnotationType.SOURCE) : null);
		assertEquals("memory", learnt.suggestion().recommender());
		assertEquals(SourceKind.MEDIA_OUTLET, ((Source) learnt.suggestion().proposal()).getKind());
	}

	@Test
	void aCountMarkedByHandIsReadAtOnce() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		suggestionsOf(editor);
		select(editor, ARTICLE.indexOf("about 300 trucks"), "about 300 trucks".length());
		run("dev.gloss.ui.createCount");
		GlossSession session = session(editor);
		Count count = (Count) eventually("the count read", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Count c && c.getValue() != null).findFirst().orElse(null));
		assertEquals(0, BigDecimal.valueOf(300).compareTo(count.getValue()));
		assertEquals(Qualifier.ABOUT, count.getQualifier());
		assertEquals("trucks", count.getUnit());
		List<Annotation> all = session.model().getAnnotations();
		assertEquals(1, all.size());
	}

	@Test
	void aPlaceMarkedByHandGetsItsGazetteerEntryAtOnce() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = suggestionsOf(editor);
		SuggestionAnnotation suggested = find(suggestions, editor, "Sinuiju", AnnotationType.LOCATION);
		assertNotNull(suggested, "the place is suggested");
		Location proposal = (Location) suggested.suggestion().proposal();
		// the passage the suggestion covers: its place, chosen with the whole article in view
		int sinuiju = ARTICLE.indexOf("Sinuiju");
		select(editor, sinuiju, "Sinuiju".length());
		run("dev.gloss.ui.createLocation");
		GlossSession session = session(editor);
		Location marked = (Location) eventually("the place looked up", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Location l && l.getBegin() == sinuiju && l.getGeonamesId() != null)
				.findFirst().orElse(null));
		assertEquals(proposal.getGeonamesId(), marked.getGeonamesId());
		assertEquals("KP", marked.getCountryCode());
		assertNotNull(marked.getLatitude());
		// a passage no suggestion covers exactly: the gazetteer, without the comma
		String hyesanComma = "Hyesan,";
		int hyesan = ARTICLE.indexOf(hyesanComma);
		select(editor, hyesan, hyesanComma.length());
		run("dev.gloss.ui.createLocation");
		Location second = (Location) eventually("the second place looked up", () -> session.model().getAnnotations()
				.stream().filter(a -> a instanceof Location l && l.getBegin() == hyesan && l.getGeonamesId() != null)
				.findFirst().orElse(null));
		assertEquals("KP", second.getCountryCode());
		// one step: Ctrl+Z takes the place and what was found away together
		run("org.eclipse.ui.edit.undo");
		waitUntil("the second place undone", () -> session.model().getAnnotations().stream()
				.noneMatch(a -> a instanceof Location l && l.getBegin() == hyesan));
		assertEquals(marked.getGeonamesId(), ((Location) session.model().getAnnotations().stream()
				.filter(a -> a instanceof Location).findFirst().orElseThrow()).getGeonamesId());
	}

	@Test
	void aPassageTheGazetteerDoesNotKnowIsMarkedAsItIs() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		suggestionsOf(editor);
		select(editor, ARTICLE.indexOf("trader"), "trader".length());
		run("dev.gloss.ui.createLocation");
		GlossSession session = session(editor);
		Location marked = (Location) eventually("the location marked", () -> session.model().getAnnotations().stream()
				.filter(Location.class::isInstance).findFirst().orElse(null));
		assertNull(marked.getGeonamesId());
		assertNull(marked.getCountryCode());
		assertNull(marked.getName());
	}

	/** The suggestions' debounce, for waits. */
	private static final class EditorSuggestionsDelay {
		static final long MS = 600;
	}
	/**
	 * A refresh replaced every suggestion in the editor with a new one, so every dashed box was
	 * taken away and painted again (the suggestions blinked on each change). Now a refresh touches
	 * only what came and went: here the one suggestion the analyst marked by hand goes, the others
	 * stay the same editor annotations (with the newer computation behind them).
	 */
	@Test
	void aRefreshTakesAwayOnlyWhatWentAndAddsOnlyWhatCame() throws Exception {
		IFile article = file(newProject(), "a.txt", ARTICLE);
		ITextEditor editor = openEditor(article);
		EditorSuggestions suggestions = suggestionsOf(editor);
		SuggestionAnnotation count = find(suggestions, editor, "about 300 trucks", AnnotationType.COUNT);
		assertNotNull(count);
		List<SuggestionAnnotation> others = suggestions.all().stream().filter(s -> s != count).toList();
		assertTrue(others.size() >= 3, others.toString());
		java.util.Map<SuggestionAnnotation, dev.gloss.suggest.Suggestion> computedBefore = new java.util.IdentityHashMap<>();
		others.forEach(s -> computedBefore.put(s, s.suggestion()));

		var editorModel = (org.eclipse.jface.text.source.IAnnotationModelExtension) editor.getDocumentProvider()
				.getAnnotationModel(editor.getEditorInput());
		var model = editorModel.getAnnotationModel("dev.gloss.ui.suggest");
		List<org.eclipse.jface.text.source.Annotation> removed = new java.util.ArrayList<>();
		List<org.eclipse.jface.text.source.Annotation> added = new java.util.ArrayList<>();
		class Recorder implements org.eclipse.jface.text.source.IAnnotationModelListener,
				org.eclipse.jface.text.source.IAnnotationModelListenerExtension {
			@Override
			public void modelChanged(org.eclipse.jface.text.source.IAnnotationModel changed) {
			}

			@Override
			public void modelChanged(org.eclipse.jface.text.source.AnnotationModelEvent event) {
				removed.addAll(List.of(event.getRemovedAnnotations()));
				added.addAll(List.of(event.getAddedAnnotations()));
			}
		}
		Recorder listener = new Recorder();
		model.addAnnotationModelListener(listener);
		try {
			int at = ARTICLE.indexOf("about 300 trucks");
			select(editor, at, "about 300 trucks".length());
			run("dev.gloss.ui.createCount");
			waitUntil("the suggestions computed again without the marked count", () -> suggestions.isIdle()
					&& find(suggestions, editor, "about 300 trucks", AnnotationType.COUNT) == null
					&& suggestions.all().stream().noneMatch(s -> computedBefore.get(s) == s.suggestion()));
		} finally {
			model.removeAnnotationModelListener(listener);
		}
		assertEquals(List.of(count), removed, "only the suggestion that went was taken away");
		assertEquals(List.of(), added, "nothing new was proposed, nothing added");
		for (SuggestionAnnotation other : others) {
			assertTrue(suggestions.all().contains(other), "kept in the editor: " + other.getText());
		}
	}
}
