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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.tests.harness.UI;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.session.GlossSession;

/**
 * Typing one letter over a selected passage, then Ctrl+Z: the text comes back, and so must every
 * annotation, in the editor's model and in the annotation file on disk (a data-loss report: the
 * file was written with the offsets of the typed text while the article on disk had the old text).
 */
@WorkbenchTest
class TypeOverUndoTest {

	private static final int LINES = 80;
	private static final String PROBLEM_MARKER = "dev.gloss.team.ui.problem";

	private GlossSession session;
	private ITextEditor editor;
	private IFile article;
	private String text;
	private final List<Annotation> annotations = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		if (session != null) {
			session.flush(5_000);
		}
		page().closeAllEditors(false);
		UI.processEvents();
	}

	private static String article() {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= LINES; i++) {
			text.append("Report ").append(i).append(": the harbour master counted ").append(i * 3)
					.append(" barges near the grain quay.\n");
		}
		return text.toString();
	}

	/** An article with a location and a count on every line, saved with its annotation file. */
	private void open(String name) throws Exception {
		IProject project = project("type-over-undo");
		IFile gloss = project.getFile(name + ".gloss");
		if (gloss.exists()) {
			gloss.delete(true, null);
		}
		text = article();
		article = file(project, name, text);
		editor = openEditor(article);
		session = session(editor);
		int from = 0;
		for (int i = 1; i <= LINES; i++) {
			int quay = text.indexOf("the grain quay", from);
			int count = text.indexOf(String.valueOf(i * 3), text.indexOf("counted", from));
			annotations.add(AnnotationEdits.create(session, AnnotationType.LOCATION, count, count + String.valueOf(i * 3).length()));
			annotations.add(AnnotationEdits.create(session, AnnotationType.LOCATION, quay, quay + "the grain quay".length()));
			from = quay;
		}
		waitForDisk(article, "all annotations written", d -> d.getAnnotations().size() == 2 * LINES);
		assertConsistent("before typing");
	}

	private Map<String, int[]> spans() {
		session.syncOffsets();
		return annotations.stream().collect(Collectors.toMap(Annotation::getId, a -> new int[] { a.getBegin(), a.getEnd() }));
	}

	/** Types one letter over the selection with real key events, as the analyst did. */
	private void typeOver(int offset, int length) {
		select(editor, offset, length);
		editor.getAdapter(Control.class).setFocus();
		String before = session.document().get();
		RealInput.press(0, 'x');
		waitUntil("the letter typed", () -> !session.document().get().equals(before));
		assertEquals(before.substring(0, offset) + "x" + before.substring(offset + length), session.document().get());
	}

	private void undo() throws Exception {
		page().activate(editor);
		run("org.eclipse.ui.edit.undo");
		waitUntil("the text back", () -> session.document().get().equals(text));
	}

	private void scenario(String name, Function<String, int[]> selection, boolean saveBetween) throws Exception {
		open(name);
		Map<String, int[]> before = spans();
		int[] range = selection.apply(text);
		typeOver(range[0], range[1]);
		if (saveBetween) {
			editor.doSave(null);
			waitUntil("saved", () -> !editor.isDirty() && session.isSaved());
		}
		undo();
		if (saveBetween) {
			editor.doSave(null);
		}
		waitUntil("the editor clean", () -> !editor.isDirty());
		assertEquals(text, article.readString(), "the article on disk");
		Map<String, int[]> after = spans();
		for (Annotation annotation : annotations) {
			assertEquals(List.of(before.get(annotation.getId())[0], before.get(annotation.getId())[1]),
					List.of(after.get(annotation.getId())[0], after.get(annotation.getId())[1]),
					"offsets restored by undo: " + annotation.getQuote());
			assertFalse(annotation.isOrphaned(), "not orphaned after undo: " + annotation.getQuote());
		}
		waitUntil("annotation file written", () -> session.isSaved());
		assertConsistent("after undo");
		// and as the next session reads it
		page().closeAllEditors(false);
		editor = openEditor(article);
		session = session(editor);
		annotations.clear();
		annotations.addAll(session.model().getAnnotations());
		assertEquals(2 * LINES, annotations.size());
		assertConsistent("after reopening");
		assertEquals(before.keySet(), spans().keySet());
		spans().forEach((id, span) -> assertEquals(List.of(before.get(id)[0], before.get(id)[1]), List.of(span[0], span[1]),
				"offsets after reopening"));
	}

	/** The file on disk, the model and the markers all agree with the article text. */
	private void assertConsistent(String when) throws CoreException {
		String articleText = session.document().get();
		AnnotatedDocument disk = eventually("annotation file readable", () -> disk(article));
		assertEquals(2 * LINES, disk.getAnnotations().size(), when + ": annotations on disk");
		List<String> mismatches = new ArrayList<>();
		for (Annotation a : disk.getAnnotations()) {
			if (a.isOrphaned() || a.getEnd() > articleText.length() || a.getBegin() > a.getEnd()
					|| !articleText.substring(a.getBegin(), a.getEnd()).equals(a.getQuote())) {
				mismatches.add(a.getBegin() + ".." + a.getEnd() + " '" + a.getQuote() + "'");
			}
		}
		assertEquals(List.of(), mismatches, when + ": quotes in the annotation file on disk");
		assertEquals(dev.gloss.core.text.TextHash.of(articleText), disk.getTextHash(), when + ": text hash on disk");
		for (Annotation a : session.model().getAnnotations()) {
			assertFalse(a.isOrphaned(), when + ": orphaned in the model");
			assertEquals(a.getQuote(), articleText.substring(a.getBegin(), a.getEnd()), when + ": quote in the model");
		}
		// the workspace's own check of the files (the Problems view): once it has seen the last write
		// and no check of it is scheduled any more, it must report nothing
		IFile annotationFile = session.annotationFile();
		List<String> problems = new ArrayList<>();
		try {
			UI.waitUntil(when + ": no Gloss problem markers", () -> {
			problems.clear();
			if (!annotationFile.isSynchronized(IResource.DEPTH_ZERO) || markerCheckScheduled()) {
				problems.add("(check pending)");
				return false;
			}
			for (IResource resource : List.of(article, (IResource) annotationFile)) {
				try {
					for (IMarker marker : resource.findMarkers(PROBLEM_MARKER, true, IResource.DEPTH_ZERO)) {
						problems.add(resource.getName() + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
					}
				} catch (CoreException e) {
					problems.add(e.getMessage());
				}
			}
			return problems.isEmpty();
			});
		} catch (AssertionError e) {
			assertEquals(List.of(), problems, when + ": Gloss problem markers");
			throw e;
		}
		assertNotNull(disk);
	}

	/** Whether the workspace's marker check has a run scheduled or under way (its jobs are internal to team.ui). */
	private static boolean markerCheckScheduled() {
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getClass().getName().startsWith("dev.gloss.team.ui.internal.markers.")) {
				return true;
			}
		}
		return false;
	}

	private static int[] passage(String text, String quote, int occurrence) {
		int at = -1;
		for (int i = 0; i < occurrence; i++) {
			at = text.indexOf(quote, at + 1);
		}
		return new int[] { at, quote.length() };
	}

	@Test
	void typingOverOneAnnotatedPassageThenUndo() throws Exception {
		scenario("one.txt", t -> passage(t, "the grain quay", 10), false);
	}

	@Test
	void typingOverOneAnnotatedPassageSaveThenUndoAndSave() throws Exception {
		scenario("one-saved.txt", t -> passage(t, "the grain quay", 10), true);
	}

	@Test
	void typingOverSeveralAnnotationsThenUndo() throws Exception {
		scenario("several.txt", t -> {
			int from = t.indexOf("Report 12:");
			int to = t.indexOf("Report 15:");
			return new int[] { from + 3, to - from };
		}, false);
	}

	@Test
	void typingOverSeveralAnnotationsSaveThenUndoAndSave() throws Exception {
		scenario("several-saved.txt", t -> {
			int from = t.indexOf("Report 12:");
			int to = t.indexOf("Report 15:");
			return new int[] { from + 3, to - from };
		}, true);
	}

	@Test
	void typingOverPlainTextBeforeTheAnnotationsThenUndo() throws Exception {
		scenario("plain.txt", t -> new int[] { 0, "Report".length() }, false);
	}

	@Test
	void typingOverPlainTextSaveThenUndoAndSave() throws Exception {
		scenario("plain-saved.txt", t -> new int[] { 0, "Report".length() }, true);
	}
}
