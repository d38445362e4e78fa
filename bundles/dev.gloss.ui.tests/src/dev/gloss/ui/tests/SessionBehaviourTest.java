/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.text.TextHash;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.commands.StickyMode;
import dev.gloss.ui.highlight.SessionHighlighter;
import dev.gloss.ui.preferences.GitUserName;
import dev.gloss.ui.preferences.GlossPreferences;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/** The parts of the editor integration that only show on long articles, over time, or with other tools. */
class SessionBehaviourTest {

	private GlossSession session;

	@AfterEach
	void close() throws Exception {
		if (session != null) {
			session.flush(5_000);
		}
		StickyMode.get().setEnabled(false);
		page().closeAllEditors(false);
		settle(50);
	}

	private static String longArticle(int lines) {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= lines; i++) {
			text.append("Line ").append(i).append(": the ferry schedule was posted at the harbour office.\n");
		}
		return text.toString();
	}

	@Test
	void onlyTheVisibleWindowReachesTheEditorAndNavigationStillCrossesIt() throws Exception {
		IProject project = project("behaviour-tests");
		String text = longArticle(3000);
		IFile article = file(project, "long.txt", text);
		deleteAnnotations(project, "long.txt");
		ITextEditor editor = openEditor(article);
		session = session(editor);
		// one passage every 10 lines
		for (int line = 5; line <= 3000; line += 10) {
			int at = text.indexOf("Line " + line + ":");
			AnnotationEdits.create(session, AnnotationType.LOCATION, at, at + 4);
		}
		int far = text.indexOf("Line 2505:");
		SessionHighlighter highlighter = GlossSessions.get().highlighterOf(session);
		waitUntil("window shown", () -> highlighter.counts()[0] > 0);
		settle(400);
		assertTrue(highlighter.counts()[0] < 60, "only the window around the visible lines: " + highlighter.counts()[0]);
		assertTrue(highlighter.counts()[1] > 0, "overview marks for the rest");
		assertTrue(editorAnnotations(editor).stream().noneMatch(a -> a.endsWith("@" + far + "+4")),
				"a passage far below is not in the editor's model");

		// navigation from the last passage in the window goes on to the ones beyond it
		select(editor, 0, 0);
		var handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);
		run("org.eclipse.ui.navigate.next");
		int last = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		assertEquals(text.indexOf("Line 5:"), last, "the first passage");
		for (int i = 1; i < 80; i++) {
			// as fast as key repeat can go: no event loop between two Ctrl+.
			handlers.executeCommand("org.eclipse.ui.navigate.next", null);
			int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
			assertTrue(offset > last, "moves forward: " + offset + " after " + last);
			last = offset;
		}
		assertEquals(text.indexOf("Line 795:"), last, "the 80th passage");
		// scrolling there brought its highlights into the editor
		int expected = last;
		waitUntil("highlight at the 80th passage", () -> editorAnnotations(editor).stream()
				.anyMatch(a -> a.endsWith("@" + expected + "+4")));
	}

	@Test
	void annotationFileChangedOutsideTheWorkbenchIsReadAgain() throws Exception {
		IProject project = project("behaviour-tests");
		IFile article = file(project, "pulled.txt", EditorAnnotationTest.ARTICLE);
		deleteAnnotations(project, "pulled.txt");
		ITextEditor editor = openEditor(article);
		session = session(editor);
		int at = EditorAnnotationTest.ARTICLE.indexOf("A customs clerk");
		AnnotationEdits.create(session, AnnotationType.SOURCE, at, at + 15);
		assertTrue(session.flush(5_000));
		waitUntil("the workbench noticed its own write", () -> true);
		settle(300);
		assertEquals(1, session.model().getAnnotations().size(), "its own write is not read back as a change");

		// a teammate's version arrives (git pull): two annotations
		Path file = GlossStore.annotationFileOf(article.getLocation().toPath());
		GlossStore store = new GlossStore();
		AnnotatedDocument theirs = store.load(file);
		Annotation added = AnnotationType.COUNT.create();
		added.setId("4f1c2e9a-0000-4000-8000-000000000001");
		dev.gloss.core.text.Anchors.anchor(added, EditorAnnotationTest.ARTICLE,
				EditorAnnotationTest.ARTICLE.indexOf("40 trucks"), EditorAnnotationTest.ARTICLE.indexOf("40 trucks") + 9);
		theirs.getAnnotations().add(added);
		Thread.sleep(20);
		store.save(theirs, file);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		waitUntil("re-read", () -> session.isReady() && session.model().getAnnotations().size() == 2);
		waitUntil("count highlighted", () -> editorAnnotation(editor, added.getId()) != null);
	}

	@Test
	void anArticleChangedOutsideTheWorkbenchIsReanchoredWhenOpened() throws Exception {
		IProject project = project("behaviour-tests");
		String before = EditorAnnotationTest.ARTICLE;
		IFile article = file(project, "changed.txt", before);
		deleteAnnotations(project, "changed.txt");
		// annotated elsewhere (a teammate, the command line) on the article as it was
		Path folder = article.getLocation().toPath().getParent();
		Corpus corpus = Corpus.open(folder);
		CorpusDocument annotated = corpus.open(corpus.article("changed.txt"));
		int at = before.indexOf("A customs clerk");
		Annotation source = annotated.add(AnnotationType.SOURCE, at, at + 15);
		annotated.save();
		// then the article changes on disk (a git pull): a paragraph above the passage
		String after = "Editor's note: this report was updated with a correction.\n\n" + before;
		file(project, "changed.txt", after);

		ITextEditor editor = openEditor(article);
		session = session(editor);
		waitUntil("loaded", session::isReady);
		int moved = after.indexOf("A customs clerk");
		Annotation reanchored = session.model().getAnnotations().stream()
				.filter(a -> a.getId().equals(source.getId())).findFirst().orElseThrow();
		assertEquals(moved, reanchored.getBegin(), "moved with its passage");
		assertFalse(reanchored.isOrphaned());
		assertEquals(TextHash.of(after), session.model().getTextHash());
		assertEquals(null, session.problem(), "nothing left to report: every passage was found");
		waitUntil("highlight on the moved passage",
				() -> editorAnnotations(editor).stream().anyMatch(a -> a.endsWith("@" + moved + "+15")));
		AnnotatedDocument onDisk = waitForDisk(article, "re-anchored offsets and the new hash",
				d -> TextHash.of(after).equals(d.getTextHash()));
		assertEquals(moved, onDisk.getAnnotations().get(0).getBegin());
		assertEquals("A customs clerk", onDisk.getAnnotations().get(0).getQuote());
	}

	@Test
	void theAnnotatedTextIsKeptForLaterReanchoring() throws Exception {
		IProject project = project("behaviour-tests");
		// a text no earlier run has seen, so only this session can have kept it
		String text = EditorAnnotationTest.ARTICLE + "\nReference " + java.util.UUID.randomUUID() + ".\n";
		IFile article = file(project, "kept.txt", text);
		deleteAnnotations(project, "kept.txt");
		ITextEditor editor = openEditor(article);
		session = session(editor);
		int at = text.indexOf("A customs clerk");
		AnnotationEdits.create(session, AnnotationType.SOURCE, at, at + 15);
		assertTrue(session.flush(5_000));
		waitUntil("the article's text kept as a snapshot",
				() -> dev.gloss.core.text.TextSnapshots.shared().find(TextHash.of(text)).isPresent());
		assertEquals(text, dev.gloss.core.text.TextSnapshots.shared().find(TextHash.of(text)).orElseThrow());
	}

	@Test
	void stickyModeMarksEachNewSelectionWithTheLastType() throws Exception {
		IProject project = project("behaviour-tests");
		IFile article = file(project, "sticky.txt", EditorAnnotationTest.ARTICLE);
		deleteAnnotations(project, "sticky.txt");
		ITextEditor editor = openEditor(article);
		session = session(editor);
		String text = EditorAnnotationTest.ARTICLE;
		select(editor, text.indexOf("40 trucks"), 9);
		run("dev.gloss.ui.createCount");
		run("dev.gloss.ui.sticky");
		assertTrue(StickyMode.get().isEnabled());
		select(editor, text.indexOf("25"), 2);
		assertNotNull(StickyMode.get().markSelection(editor));
		select(editor, text.indexOf("March"), 5);
		StickyMode.get().markSelection(editor);
		assertEquals(3, session.model().getAnnotations().stream().filter(a -> AnnotationType.of(a) == AnnotationType.COUNT)
				.count());
		waitForDisk(article, "three counts", d -> d.getAnnotations().size() == 3);
		run("dev.gloss.ui.sticky");
		assertFalse(StickyMode.get().isEnabled());
	}

	@Test
	void creatorDefaultsToTheGitUserName() {
		String expected = GitUserName.read().orElse(System.getProperty("user.name"));
		assertEquals(expected, GlossPreferences.store().getDefaultString(GlossPreferences.CREATOR));
	}

	private static void deleteAnnotations(IProject project, String article) throws Exception {
		IFile gloss = project.getFile(article + ".gloss");
		if (gloss.exists()) {
			gloss.delete(true, null);
		}
	}
}
