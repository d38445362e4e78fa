/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.view.AnnotationsView;
import dev.gloss.ui.view.Row;
import dev.gloss.tests.harness.WorkbenchTest;

/** The Annotations view follows the active article and its caret, filters, sorts, and lists a corpus. */
@WorkbenchTest
class AnnotationsViewTest {

	private IProject project;
	private IFile article;
	private ITextEditor editor;
	private GlossSession session;
	private AnnotationsView view;

	@BeforeEach
	void open() throws Exception {
		project = project("view-tests");
		article = file(project, "report.txt", EditorAnnotationTest.ARTICLE);
		if (project.getFile("report.txt.gloss").exists()) {
			project.getFile("report.txt.gloss").delete(true, null);
		}
		editor = openEditor(article);
		session = session(editor);
		view = (AnnotationsView) page().showView(AnnotationsView.ID);
		page().activate(editor);
	}

	@AfterEach
	void close() throws Exception {
		session.flush(5_000);
		page().closeAllEditors(false);
		page().hideView(view);
		settle(50);
	}

	private Annotation mark(AnnotationType type, String text) throws Exception {
		int at = EditorAnnotationTest.ARTICLE.indexOf(text);
		return AnnotationEdits.create(session, type, at, at + text.length());
	}

	@Test
	void listsFiltersSortsAndFollowsTheCaret() throws Exception {
		Annotation claim = mark(AnnotationType.CLAIM, "40 trucks crossed the bridge each night");
		Annotation source = mark(AnnotationType.SOURCE, "A customs clerk");
		Annotation port = mark(AnnotationType.LOCATION, "the river port");
		waitUntil("three rows", () -> view.visibleRows().size() == 3);
		assertEquals(List.of(claim, source, port), view.visibleRows().stream().map(Row::annotation).toList(),
				"document order by default");

		view.setFilterText("clerk");
		assertEquals(List.of(source), view.visibleRows().stream().map(Row::annotation).toList());
		view.setFilterText("");

		// the caret's annotation is selected in the view
		select(editor, port.getBegin() + 3, 0);
		waitUntil("view selects the caret's annotation", () -> {
			IStructuredSelection selection = view.viewer().getStructuredSelection();
			return !selection.isEmpty() && ((Row) selection.getFirstElement()).annotation() == port;
		});

		// and the view's selection moves the caret
		Row sourceRow = view.visibleRows().stream().filter(r -> r.annotation() == source).findFirst().orElseThrow();
		view.viewer().setSelection(new StructuredSelection(sourceRow), true);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(source.getBegin(), selection.getOffset());
		assertEquals(source.getEnd() - source.getBegin(), selection.getLength());
	}

	@Test
	void corpusModeListsEveryAnnotationUnderTheFolder() throws Exception {
		mark(AnnotationType.COUNT, "40 trucks");
		session.flush(5_000);
		IProject samples = project("view-corpus");
		if (!samples.getFolder("border-trade").exists()) {
			dev.gloss.samples.SampleCorpus.copyTo(samples.getLocation().toPath());
			samples.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
		}
		view.showCorpus(samples);
		waitUntil("corpus rows", () -> !view.isCorpusBusy() && !view.visibleRows().isEmpty());
		assertTrue(view.visibleRows().stream().allMatch(r -> r.article().getProject().equals(samples)));
		long articles = view.visibleRows().stream().map(Row::article).distinct().count();
		assertEquals(3, articles, "all three sample articles");
		view.setFilterText("zzz-no-such-text");
		// a corpus is filtered in the background: the table follows when it is done
		waitUntil("nothing matches", () -> !view.isCorpusBusy() && view.visibleRows().isEmpty());
		view.setFilterText("");
		view.setCorpusMode(false);
	}
}
