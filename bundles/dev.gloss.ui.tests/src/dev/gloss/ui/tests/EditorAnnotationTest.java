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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Source;
import dev.gloss.ui.highlight.GlossAnnotationTypes;
import dev.gloss.ui.session.GlossSession;

/**
 * Annotating in Eclipse's own Text Editor: every command run as a user runs it (through the
 * workbench's handler service, on the editor's selection), each result checked in the editor's
 * annotation model and in the annotation file written beside the article.
 */
class EditorAnnotationTest {

	/** Written for these tests: the kind of wire report analysts annotate. */
	static final String ARTICLE = """
			Officials in the border county said on Tuesday that 40 trucks crossed the bridge each night.
			A customs clerk, who asked not to be named, disputed that figure and put it closer to 25.
			The county trade office published no numbers of its own for the month of March.
			Residents near the river port reported hearing convoys until dawn.
			""";

	private IProject project;
	private IFile article;
	private ITextEditor editor;
	private GlossSession session;

	@BeforeEach
	void open(org.junit.jupiter.api.TestInfo info) throws Exception {
		project = project("editor-tests");
		article = file(project, info.getTestMethod().orElseThrow().getName() + ".txt", ARTICLE);
		IFile gloss = project.getFile(article.getName() + ".gloss");
		if (gloss.exists()) {
			gloss.delete(true, null);
		}
		editor = openEditor(article);
		session = session(editor);
	}

	@AfterEach
	void close() throws Exception {
		session.flush(5_000);
		page().closeAllEditors(false);
		settle(50);
	}

	private int offsetOf(String text) {
		int at = ARTICLE.indexOf(text);
		assertTrue(at >= 0, text);
		return at;
	}

	/** Selects the text and runs the create command of the type; returns the new annotation. */
	private Annotation create(AnnotationType type, String text) throws Exception {
		int before = session.model().getAnnotations().size();
		select(editor, offsetOf(text), text.length());
		run("dev.gloss.ui.create" + type.label());
		assertEquals(before + 1, session.model().getAnnotations().size(), "one " + type + " more");
		return session.model().getAnnotations().stream().filter(a -> text.equals(a.getQuote())
				&& AnnotationType.of(a) == type).findFirst().orElseThrow();
	}

	private static Optional<Annotation> byId(AnnotatedDocument document, String id) {
		return document.getAnnotations().stream().filter(a -> id.equals(a.getId())).findFirst();
	}

	@Test
	void eachCreateCommandMarksTheSelectionInEditorAndFile() throws Exception {
		String[][] cases = { { "CLAIM", "40 trucks crossed the bridge each night" },
				{ "SOURCE", "A customs clerk" }, { "LOCATION", "the river port" }, { "COUNT", "40 trucks" } };
		for (String[] c : cases) {
			AnnotationType type = AnnotationType.valueOf(c[0]);
			Annotation created = create(type, c[1]);
			int offset = offsetOf(c[1]);
			String expected = GlossAnnotationTypes.passage(type) + "@" + offset + "+" + c[1].length();
			waitUntil("editor shows " + expected, () -> editorAnnotations(editor).contains(expected));
			AnnotatedDocument disk = waitForDisk(article, c[1], d -> byId(d, created.getId()).isPresent());
			Annotation saved = byId(disk, created.getId()).orElseThrow();
			assertEquals(type, AnnotationType.of(saved));
			assertEquals(offset, saved.getBegin());
			assertEquals(offset + c[1].length(), saved.getEnd());
			assertEquals(c[1], saved.getQuote());
			assertFalse(saved.getCreator() == null || saved.getCreator().isBlank(), "creator recorded");
			assertNotNull(saved.getCreated());
		}
		assertEquals(4, editorAnnotations(editor).size());
	}

	@Test
	void retypeChangesTheTypeAndKeepsTheIdentity() throws Exception {
		Annotation claim = create(AnnotationType.CLAIM, "A customs clerk");
		select(editor, offsetOf("customs"), 0);
		run("dev.gloss.ui.retype", "dev.gloss.ui.type", "source");
		String expected = GlossAnnotationTypes.passage(AnnotationType.SOURCE) + "@" + offsetOf("A customs clerk") + "+15";
		waitUntil("editor shows the source", () -> editorAnnotations(editor).equals(List.of(expected)));
		AnnotatedDocument disk = waitForDisk(article, "retyped", d -> byId(d, claim.getId()).orElse(null) instanceof Source);
		assertEquals(1, disk.getAnnotations().size());
	}

	@Test
	void removeDeletesTheAnnotationAtTheCaret() throws Exception {
		Annotation location = create(AnnotationType.LOCATION, "the river port");
		waitForDisk(article, "created", d -> byId(d, location.getId()).isPresent());
		select(editor, offsetOf("river"), 0);
		run("dev.gloss.ui.remove");
		waitUntil("editor shows nothing", () -> editorAnnotations(editor).isEmpty());
		waitForDisk(article, "removed", d -> d.getAnnotations().isEmpty());
	}

	@Test
	void undoAndRedoWithTheWorkbenchCommands() throws Exception {
		Annotation count = create(AnnotationType.COUNT, "40 trucks");
		waitForDisk(article, "created", d -> byId(d, count.getId()).isPresent());
		page().activate(editor);
		run("org.eclipse.ui.edit.undo");
		waitUntil("editor empty after undo", () -> editorAnnotations(editor).isEmpty());
		waitForDisk(article, "undone", d -> d.getAnnotations().isEmpty());
		assertEquals(ARTICLE, session.document().get(), "undo took the annotation, not text");
		run("org.eclipse.ui.edit.redo");
		waitUntil("editor shows it after redo", () -> editorAnnotations(editor).size() == 1);
		waitForDisk(article, "redone", d -> byId(d, count.getId()).isPresent());
	}

	@Test
	void attributeEditedThroughThePropertySourceIsUndoableAndSaved() throws Exception {
		Annotation claim = create(AnnotationType.CLAIM, "40 trucks crossed the bridge each night");
		IPropertySource properties = Adapters.adapt(claim, IPropertySource.class);
		assertNotNull(properties, "annotations adapt to IPropertySource");
		IPropertyDescriptor certainty = List.of(properties.getPropertyDescriptors()).stream()
				.filter(d -> "Certainty".equals(d.getDisplayName())).findFirst().orElseThrow();
		assertNull(List.of(properties.getPropertyDescriptors()).stream()
				.filter(d -> "Begin".equals(d.getDisplayName())).findFirst()
				.map(d -> d.createPropertyEditor(editor.getSite().getShell())).orElse(null), "offsets are read-only");
		properties.setPropertyValue(certainty.getId(), Certainty.ALLEGED);
		assertEquals(Certainty.ALLEGED, ((Claim) claim).getCertainty());
		assertEquals(Certainty.ALLEGED, properties.getPropertyValue(certainty.getId()));
		waitForDisk(article, "certainty alleged",
				d -> byId(d, claim.getId()).map(a -> ((Claim) a).getCertainty() == Certainty.ALLEGED).orElse(false));
		waitUntil("hover text mentions it", () -> editorAnnotation(editor, claim.getId()) != null
				&& editorAnnotation(editor, claim.getId()).getText().contains("alleged"));
		page().activate(editor);
		run("org.eclipse.ui.edit.undo");
		assertEquals(Certainty.UNSPECIFIED, ((Claim) claim).getCertainty());
		waitForDisk(article, "certainty undone",
				d -> byId(d, claim.getId()).map(a -> ((Claim) a).getCertainty() != Certainty.ALLEGED).orElse(false));
	}

	@Test
	void linkClaimToSourceWithoutTheMouse() throws Exception {
		Annotation source = create(AnnotationType.SOURCE, "Officials in the border county");
		Annotation claim = create(AnnotationType.CLAIM, "40 trucks crossed the bridge each night");
		select(editor, offsetOf("crossed"), 0);
		run("dev.gloss.ui.link", "dev.gloss.ui.target", source.getId());
		assertEquals(List.of(source), ((Claim) claim).getSources());
		AnnotatedDocument disk = waitForDisk(article, "claim linked",
				d -> byId(d, claim.getId()).map(a -> !((Claim) a).getSources().isEmpty()).orElse(false));
		Claim saved = (Claim) byId(disk, claim.getId()).orElseThrow();
		assertEquals(source.getId(), saved.getSources().get(0).getId());
		waitUntil("hover names the source", () -> editorAnnotation(editor, claim.getId()).getText()
				.contains("Officials in the border county"));
		// running it again unlinks
		run("dev.gloss.ui.link", "dev.gloss.ui.target", source.getId());
		waitForDisk(article, "claim unlinked",
				d -> byId(d, claim.getId()).map(a -> ((Claim) a).getSources().isEmpty()).orElse(false));
	}

	@Test
	void textEditsMoveAnnotationsAndDeletedPassagesAreFlagged() throws Exception {
		Annotation clerk = create(AnnotationType.SOURCE, "A customs clerk");
		Annotation port = create(AnnotationType.LOCATION, "the river port");
		waitForDisk(article, "both created", d -> d.getAnnotations().size() == 2);
		IDocument document = session.document();
		int clerkAt = offsetOf("A customs clerk");
		document.replace(0, 0, "BREAKING: ");
		session.syncOffsets();
		assertEquals(clerkAt + 10, clerk.getBegin(), "moved with the insertion");
		waitUntil("editor follows", () -> editorAnnotations(editor)
				.contains(GlossAnnotationTypes.passage(AnnotationType.SOURCE) + "@" + (clerkAt + 10) + "+15"));
		// the article is dirty: the file keeps the offsets of the saved text until the article is saved
		assertEquals(clerkAt, disk(article).getAnnotations().stream().filter(a -> a.getId().equals(clerk.getId()))
				.findFirst().orElseThrow().getBegin());
		int portAt = document.get().indexOf("the river port");
		document.replace(portAt, "the river port".length(), "");
		assertTrue(port.isOrphaned(), "deleted passage flagged");
		editor.doSave(null);
		AnnotatedDocument disk = waitForDisk(article, "saved with the article",
				d -> byId(d, port.getId()).map(Annotation::isOrphaned).orElse(false));
		assertEquals(clerkAt + 10, byId(disk, clerk.getId()).orElseThrow().getBegin());
		assertEquals(dev.gloss.core.text.TextHash.of(document.get()), disk.getTextHash());
		assertEquals("the river port", byId(disk, port.getId()).orElseThrow().getQuote(), "quote kept for re-anchoring");
		// undoing the deletion puts the passage back where it was
		page().activate(editor);
		run("org.eclipse.ui.edit.undo");
		session.syncOffsets();
		assertFalse(port.isOrphaned(), "restored by undo");
		assertEquals("the river port", document.get(port.getBegin(), port.getEnd() - port.getBegin()));
	}

	@Test
	void nextAnnotationNavigationReachesPassagesBeyondTheWindow() throws Exception {
		Annotation first = create(AnnotationType.CLAIM, "the border county");
		Annotation second = create(AnnotationType.COUNT, "25");
		waitUntil("both highlighted", () -> editorAnnotations(editor).size() == 2);
		select(editor, 0, 0);
		run("org.eclipse.ui.navigate.next");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(first.getBegin(), selection.getOffset());
		run("org.eclipse.ui.navigate.next");
		selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(second.getBegin(), selection.getOffset());
		run("org.eclipse.ui.navigate.previous");
		selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(first.getBegin(), selection.getOffset());
	}
}
