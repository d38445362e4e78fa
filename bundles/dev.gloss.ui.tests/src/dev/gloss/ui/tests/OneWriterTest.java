/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.files.AnnotationFileService;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * One writer per annotation file (issue 9, items 2 and 3): a change made on disk while the article
 * has unsaved edits is merged, never overwritten; an edit from outside the editor goes through the
 * session; the session and a command writing the same file at the same time lose nothing.
 */
@WorkbenchTest
class OneWriterTest {

	private static final String TEXT = EditorAnnotationTest.ARTICLE;

	private GlossSession session;

	@AfterEach
	void close() throws Exception {
		if (session != null) {
			session.flush(5_000);
		}
		page().closeAllEditors(false);
		settle(50);
	}

	private static IFile fresh(IProject project, String name, String text) throws Exception {
		IFile gloss = project.getFile(name + ".gloss");
		if (gloss.exists()) {
			gloss.delete(true, null);
		}
		return file(project, name, text);
	}

	private static Set<String> quotes(AnnotatedDocument document) {
		return document.getAnnotations().stream().map(Annotation::getQuote).collect(Collectors.toSet());
	}

	@Test
	void aChangeOnDiskWhileTheArticleHasUnsavedEditsIsMergedNotOverwritten() throws Exception {
		IProject project = project("writer-tests");
		IFile article = fresh(project, "pulled.txt", TEXT);
		ITextEditor editor = openEditor(article);
		session = session(editor);
		int clerk = TEXT.indexOf("A customs clerk");
		AnnotationEdits.create(session, AnnotationType.SOURCE, clerk, clerk + 15);
		assertTrue(session.flush(5_000));

		// the analyst types (unsaved) and marks another passage: it waits for the article's save
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String note = "Update: ";
		document.replace(0, 0, note);
		int trucks = note.length() + TEXT.indexOf("40 trucks");
		AnnotationEdits.create(session, AnnotationType.COUNT, trucks, trucks + 9);
		assertTrue(session.isWaitingForArticleSave());

		// a teammate's version arrives (git pull): one more annotation, on the text as saved
		Path file = GlossStore.annotationFileOf(article.getLocation().toPath());
		GlossStore store = new GlossStore();
		AnnotatedDocument theirs = store.load(file);
		Annotation county = AnnotationType.LOCATION.create();
		county.setId(java.util.UUID.randomUUID().toString());
		Anchors.anchor(county, TEXT, TEXT.indexOf("border county"), TEXT.indexOf("border county") + 13);
		theirs.getAnnotations().add(county);
		store.save(theirs, file);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		waitUntil("the teammate's annotation merged in", () -> session.model().getAnnotations().size() == 3);
		Annotation merged = session.model().getAnnotations().stream().filter(a -> a.getId().equals(county.getId()))
				.findFirst().orElseThrow();
		assertEquals(note.length() + TEXT.indexOf("border county"), merged.getBegin(), "moved onto the editor's text");
		waitUntil("its highlight", () -> editorAnnotation(editor, county.getId()) != null);

		editor.doSave(null);
		AnnotatedDocument saved = waitForDisk(article, "all three with the saved text",
				d -> d.getAnnotations().size() == 3 && TextHash.of(note + TEXT).equals(d.getTextHash()));
		assertEquals(Set.of("A customs clerk", "40 trucks", "border county"), quotes(saved));
		settle(300);
		assertEquals(3, disk(article).getAnnotations().size(), "no later save drops the teammate's work");
	}

	@Test
	void anEditFromOutsideTheEditorGoesIntoTheSessionAndCanBeUndone() throws Exception {
		IProject project = project("writer-tests");
		IFile article = fresh(project, "outside.txt", TEXT);
		ITextEditor editor = openEditor(article);
		session = session(editor);
		int clerk = TEXT.indexOf("A customs clerk");
		Annotation source = AnnotationEdits.create(session, AnnotationType.SOURCE, clerk, clerk + 15);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(document.getLength(), 0, "A late paragraph.\n"); // unsaved

		// a quick fix, say: removes the source, through the one writer
		AnnotationFileService.get().edit(session.annotationFile(), "Delete source", (model, text) -> {
			assertEquals(document.get(), text, "the edit sees the editor's text");
			return model.getAnnotations().removeIf(a -> a.getId().equals(source.getId()));
		}, null);
		assertTrue(session.model().getAnnotations().isEmpty(), "the open session holds the change");
		assertEquals("Delete source", OperationHistoryFactory.getOperationHistory()
				.getUndoOperation(session.undoContext()).getLabel(), "one step in the editor's undo history");
		editor.doSave(null);
		waitForDisk(article, "the source removed", d -> d.getAnnotations().isEmpty());

		OperationHistoryFactory.getOperationHistory().undo(session.undoContext(), null, null);
		assertEquals(1, session.model().getAnnotations().size());
		assertEquals(clerk, session.index().begin(0), "back at its passage");
		waitForDisk(article, "the source back", d -> d.getAnnotations().size() == 1);
	}

	@Test
	void aWriteOnDiskThatTheWorkspaceHasNotSeenIsMergedBeforeTheSessionSaves() throws Exception {
		IProject project = project("writer-tests");
		IFile article = fresh(project, "race.txt", TEXT);
		ITextEditor editor = openEditor(article);
		session = session(editor);
		int clerk = TEXT.indexOf("A customs clerk");
		AnnotationEdits.create(session, AnnotationType.SOURCE, clerk, clerk + 15);
		assertTrue(session.flush(5_000));
		// another tool writes the file; no refresh tells the workbench
		Path file = GlossStore.annotationFileOf(article.getLocation().toPath());
		GlossStore store = new GlossStore();
		AnnotatedDocument theirs = store.load(file);
		Annotation port = AnnotationType.LOCATION.create();
		port.setId(java.util.UUID.randomUUID().toString());
		Anchors.anchor(port, TEXT, TEXT.indexOf("river port"), TEXT.indexOf("river port") + 10);
		theirs.getAnnotations().add(port);
		store.save(theirs, file);
		// the session saves its next change: compare-and-swap finds the file changed and merges first
		int trucks = TEXT.indexOf("40 trucks");
		AnnotationEdits.create(session, AnnotationType.COUNT, trucks, trucks + 9);
		AnnotatedDocument saved = waitForDisk(article, "both sides", d -> d.getAnnotations().size() == 3);
		assertEquals(Set.of("A customs clerk", "40 trucks", "river port"), quotes(saved));
		assertEquals(3, session.model().getAnnotations().size());
	}

	/** Issue 9, item 3: {@code gloss import} into the corpus while the workbench writes the same file. */
	@Test
	void anImportWhileTheWorkbenchWritesTheSameFileLosesNoUpdate() throws Exception {
		IProject project = project("writer-tests");
		String text = "";
		for (int i = 0; i < 40; i++) {
			text += "Paragraph " + i + " mentions the harbour office and the ferry schedule.\n";
		}
		String article = text;
		IFile file = fresh(project, "busy.txt", article);
		ITextEditor editor = openEditor(file);
		session = session(editor);
		Path corpus = project.getLocation().toPath();
		Path sources = Files.createTempDirectory("gloss-import");
		int rounds = 8;
		CompletableFuture<List<ImportResult>> imports = CompletableFuture.supplyAsync(() -> {
			List<ImportResult> results = new java.util.ArrayList<>();
			try {
				for (int round = 0; round < rounds; round++) {
					// one brat source per round: the same article, one span in paragraph (2 * round + 1)
					Path source = sources.resolve("round-" + round);
					Files.createDirectories(source);
					Files.writeString(source.resolve("busy.txt"), article, StandardCharsets.UTF_8);
					int at = article.indexOf("Paragraph " + (2 * round + 1) + " ");
					Files.writeString(source.resolve("busy.ann"), "T" + (round + 1) + "\tLocation " + at + " "
							+ (at + 9) + "\tParagraph\n", StandardCharsets.UTF_8);
					results.add(new CorpusImport(Formats.importer("brat").orElseThrow(), ImportOptions.defaults())
							.run(List.of(source), corpus));
				}
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			return results;
		});
		// meanwhile the analyst marks paragraph 0, 2, 4, ...: each mark is written at once
		List<String> mine = new java.util.ArrayList<>();
		long deadline = System.currentTimeMillis() + 120_000;
		while (mine.size() < rounds || !imports.isDone()) {
			assertTrue(System.currentTimeMillis() < deadline, "the imports finish");
			if (mine.size() < rounds) {
				int at = article.indexOf("Paragraph " + (2 * mine.size()) + " ");
				mine.add(AnnotationEdits.create(session, AnnotationType.CLAIM, at, at + 9).getId());
			}
			settle(40);
			// a merge never takes back what the analyst did (a stale file merged over a newer one would)
			Set<String> held = session.model().getAnnotations().stream().map(Annotation::getId)
					.collect(Collectors.toSet());
			assertTrue(held.containsAll(mine), "every mark made here is still there");
		}
		for (ImportResult result : imports.get()) {
			assertTrue(result.written(), String.valueOf(result.problems()));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		AnnotatedDocument onDisk = waitForDisk(file, "every annotation of both writers",
				d -> d.getAnnotations().size() == 2 * rounds);
		assertEquals(2 * rounds, onDisk.getAnnotations().stream().map(Annotation::getBegin).distinct().count());
		waitUntil("the session holds them all too", () -> session.model().getAnnotations().size() == 2 * rounds);
		assertTrue(session.flush(5_000));
		assertEquals(2 * rounds, disk(file).getAnnotations().size());
		assertFalse(session.isWaitingForArticleSave());
	}
}
