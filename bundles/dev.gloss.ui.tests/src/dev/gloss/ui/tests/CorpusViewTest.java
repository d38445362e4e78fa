/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.files.AnnotationFileService;
import dev.gloss.ui.view.AnnotationsView;
import dev.gloss.ui.view.Row;

/**
 * The Annotations view's corpus mode over a corpus of many articles: it lists, filters, sorts and
 * opens exactly what the annotation files hold (compared with rows made from the fully loaded
 * model, the way the view made them before it kept rows compactly), and reads again only the files
 * that changed.
 */
@WorkbenchTest
class CorpusViewTest {

	private static final int ARTICLES = 12;
	private static final int PER_ARTICLE = 24;

	private IProject project;
	private AnnotationsView view;

	@BeforeEach
	void setUp() throws Exception {
		project = project("corpus-view");
		if (!project.getFolder("desk-000").exists()) {
			CorpusFixture.write(project.getLocation().toFile().toPath(), ARTICLES, PER_ARTICLE, 7);
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
		}
		view = (AnnotationsView) page().showView(AnnotationsView.ID);
	}

	@AfterEach
	void tearDown() {
		page().closeAllEditors(false);
		page().hideView(view);
	}

	/** The rows as the view made them from the full model, in place order (the reference). */
	private List<Row> reference() throws Exception {
		List<Row> rows = new ArrayList<>();
		List<IFile> files = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && AnnotationFileService.isAnnotationFile(file)) {
				files.add(file);
			}
			return true;
		});
		files.sort(Comparator.comparing(f -> AnnotationFileService.articleOf(f).getFullPath().toString()));
		for (IFile file : files) {
			AnnotatedDocument document = new GlossStore().load(file.getLocation().toFile().toPath());
			List<Annotation> annotations = new ArrayList<>(document.getAnnotations());
			annotations.sort(dev.gloss.core.store.DocumentOrder.COMPARATOR);
			for (Annotation annotation : annotations) {
				rows.add(Row.of(AnnotationFileService.articleOf(file), annotation, 0, false));
			}
		}
		return rows;
	}

	private static String describe(Row row) {
		Annotation a = row.annotation();
		return String.join(" | ", row.type().label(), row.quote(), row.attributes(), row.creator(), row.status(),
				row.where(), a.getId(), a.getBegin() + ".." + a.getEnd(), String.valueOf(a.getComment()));
	}

	private void waitForCorpus() {
		waitUntil("corpus rows", () -> !view.isCorpusBusy());
	}

	@Test
	void listsAndFiltersEveryAnnotationOfTheCorpusAsTheModelHoldsIt() throws Exception {
		view.showCorpus(project);
		waitForCorpus();
		List<Row> reference = reference();
		assertEquals(ARTICLES * PER_ARTICLE, reference.size());
		assertEquals(reference.stream().map(CorpusViewTest::describe).toList(),
				view.visibleRows().stream().map(CorpusViewTest::describe).toList(),
				"every annotation, with the same texts, in article and place order");
		assertEquals(ARTICLES, view.visibleRows().stream().map(Row::article).distinct().count());

		// filters as the text field does: type, quote, attributes, creator, status, comment, any case
		for (String filter : List.of("Hyesan", "CHAE-won", "photo caption 3", "disputed", "count", "장마당", "🚚",
				"at least", "zzz-nothing")) {
			view.setFilterText(filter);
			waitForCorpus();
			String needle = filter.toLowerCase(Locale.ROOT);
			List<String> expected = reference.stream().filter(r -> r.searchText().contains(needle))
					.map(CorpusViewTest::describe).toList();
			assertEquals(expected, view.visibleRows().stream().map(CorpusViewTest::describe).toList(),
					"filter '" + filter + "'");
			assertEquals(expected.isEmpty(), filter.startsWith("zzz"), "filter '" + filter + "' finds rows");
		}
		view.setFilterText("");
		waitForCorpus();
		assertEquals(reference.size(), view.visibleCount());

		// sorted by a column as the view sorts an article's rows: that column, then place
		Table table = view.viewer().getTable();
		int creatorColumn = 3;
		table.getColumn(creatorColumn).notifyListeners(SWT.Selection, new Event());
		waitForCorpus();
		assertEquals(reference.stream().sorted(Comparator.comparing(Row::creator, String.CASE_INSENSITIVE_ORDER))
				.map(CorpusViewTest::describe).toList(),
				view.visibleRows().stream().map(CorpusViewTest::describe).toList(), "by creator");
		table.getColumn(creatorColumn).notifyListeners(SWT.Selection, new Event());
		waitForCorpus();
		assertEquals(reference.stream()
				.sorted(Comparator.comparing(Row::creator, String.CASE_INSENSITIVE_ORDER).thenComparing(
						(a, b) -> Integer.compare(reference.indexOf(a), reference.indexOf(b))).reversed())
				.map(CorpusViewTest::describe).toList(),
				view.visibleRows().stream().map(CorpusViewTest::describe).toList(), "by creator, descending");
		for (int column : new int[] { 0, 1, 2, 4 }) {
			java.util.function.Function<Row, String> text = switch (column) {
			case 0 -> r -> r.type().label();
			case 1 -> Row::quote;
			case 2 -> Row::attributes;
			default -> Row::status;
			};
			table.getColumn(column).notifyListeners(SWT.Selection, new Event());
			waitForCorpus();
			assertEquals(reference.stream().sorted(Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER))
					.map(CorpusViewTest::describe).toList(),
					view.visibleRows().stream().map(CorpusViewTest::describe).toList(),
					"by " + table.getColumn(column).getText());
		}
		table.getColumn(5).notifyListeners(SWT.Selection, new Event());
		waitForCorpus();
		assertEquals(reference.stream().map(CorpusViewTest::describe).toList(),
				view.visibleRows().stream().map(CorpusViewTest::describe).toList(), "back to place order");
		view.setCorpusMode(false);
	}

	@Test
	void theTableHoldsTheFirstRowsOfAHugeResultAndTheFilterAndSortReachAll() throws Exception {
		view.showCorpus(project);
		waitForCorpus();
		List<Row> reference = reference();
		view.setTableLimit(50);
		waitForCorpus();
		assertEquals(50, view.tableRowCount());
		assertEquals(reference.size(), view.visibleCount());
		assertEquals("first 50 of " + reference.size(), view.summaryText());
		assertEquals(reference.subList(0, 50).stream().map(CorpusViewTest::describe).toList(),
				view.visibleRows().stream().map(CorpusViewTest::describe).toList());
		// the sort orders every row, then the table takes the first
		view.viewer().getTable().getColumn(3).notifyListeners(SWT.Selection, new Event());
		waitForCorpus();
		assertEquals(reference.stream().sorted(Comparator.comparing(Row::creator, String.CASE_INSENSITIVE_ORDER))
				.limit(50).map(CorpusViewTest::describe).toList(),
				view.visibleRows().stream().map(CorpusViewTest::describe).toList());
		// a filter that leaves fewer rows shows them all
		view.setFilterText("photo caption 3");
		waitForCorpus();
		long matching = reference.stream().filter(r -> r.searchText().contains("photo caption 3")).count();
		assertTrue(matching > 0 && matching < 50);
		assertEquals(matching, view.tableRowCount());
		assertEquals(matching + " of " + reference.size(), view.summaryText());
		view.setTableLimit(Integer.MAX_VALUE);
		view.setCorpusMode(false);
	}

	@Test
	void opensTheSelectedAnnotationAtItsPassage() throws Exception {
		view.showCorpus(project.getFolder("desk-000"));
		waitForCorpus();
		view.setFilterText("photo caption 3");
		waitForCorpus();
		assertTrue(view.visibleCount() > 0);
		Row row = view.visibleRows().get(0);
		Table table = view.viewer().getTable();
		table.setSelection(0);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		IEditorPart opened = eventually("the article opened", () -> {
			IEditorPart active = page().getActiveEditor();
			return active != null && active.getEditorInput().getAdapter(IFile.class) != null
					&& active.getEditorInput().getAdapter(IFile.class).equals(row.article()) ? active : null;
		});
		ITextEditor editor = opened.getAdapter(ITextEditor.class);
		waitUntil("the passage selected", () -> {
			ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
			return selection.getOffset() == row.annotation().getBegin()
					&& selection.getLength() == row.annotation().getEnd() - row.annotation().getBegin();
		});
		view.setCorpusMode(false);
	}

	@Test
	void readsAgainOnlyTheFilesThatChanged() throws Exception {
		IFolder desk = project.getFolder("desk-000");
		view.showCorpus(desk);
		waitForCorpus();
		int rows = view.visibleCount();
		// the view closed and opened again: the rows are kept, no file is read
		page().hideView(view);
		view = (AnnotationsView) page().showView(AnnotationsView.ID);
		int before = AnnotationsView.corpusFilesRead();
		view.showCorpus(desk);
		waitForCorpus();
		assertEquals(rows, view.visibleCount());
		assertEquals(before, AnnotationsView.corpusFilesRead(), "nothing read again");

		// one file changes on disk (a git pull): only it is read, and the view shows its change
		IFile article = desk.getFile("article-00003.txt");
		Path annotationFile = GlossStore.annotationFileOf(article.getLocation().toFile().toPath());
		AnnotatedDocument document = new GlossStore().load(annotationFile);
		document.getAnnotations().get(0).setComment("seen again by the desk editor");
		new GlossStore().save(document, annotationFile);
		desk.refreshLocal(IResource.DEPTH_INFINITE, null);
		view.setFilterText("desk editor");
		waitUntil("the changed comment listed", () -> !view.isCorpusBusy() && view.visibleCount() == 1);
		assertEquals(article, view.visibleRows().get(0).article());
		assertEquals(before + 1, AnnotationsView.corpusFilesRead(), "only the changed file read");
		view.setCorpusMode(false);
	}
}
