// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.session.GlossJobs;
import dev.gloss.ui.suggest.CorpusMemories;
import dev.gloss.ui.suggest.EditorSuggestions;
import dev.gloss.ui.suggest.SuggestionAnnotation;

/**
 * The suggestions' corpus memory in a corpus of hundreds of annotated articles: the article opened
 * gets suggestions while the memory is still being read, the memory's proposals follow once it is
 * read, and a changed annotation file is read again alone. Gloss's jobs stop when asked to.
 */
@WorkbenchTest
class CorpusMemoryTest {

	private static final int ARTICLES = 300;
	private static final String GUILD = "Tumen Traders Guild";
	private static final String OPENED = "About 300 trucks crossed into Sinuiju last week.\n"
			+ "The " + GUILD + " chart showed rice prices rising.\n";

	private static int projects;

	@AfterEach
	void close() {
		CorpusMemories.beforeRead(null);
		page().closeAllEditors(false);
		settle(50);
	}

	/** A corpus of annotated articles, each naming the guild as an organisation source, written on disk. */
	private static IProject corpus() throws Exception {
		IProject project = project("memory-tests-" + (++projects) + "-" + System.nanoTime());
		Path folder = project.getLocation().toPath();
		for (int i = 0; i < ARTICLES; i++) {
			String text = "Market note " + i + ": the " + GUILD + " said rice prices rose.\n";
			Files.writeString(folder.resolve(String.format("note-%03d.txt", i)), text, StandardCharsets.UTF_8);
		}
		Corpus corpus = Corpus.open(folder);
		for (var article : corpus.articles()) {
			CorpusDocument document = corpus.open(article);
			String text = document.text().text();
			int at = text.indexOf(GUILD);
			Source source = (Source) document.add(AnnotationType.SOURCE, at, at + GUILD.length());
			source.setKind(SourceKind.ORGANISATION);
			document.save();
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	private static SuggestionAnnotation fromMemory(EditorSuggestions suggestions, ITextEditor editor, String quote) {
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		for (SuggestionAnnotation s : suggestions.all()) {
			var p = suggestions.position(s);
			if ("memory".equals(s.suggestion().recommender())
					&& text.substring(p.getOffset(), p.getOffset() + p.getLength()).equals(quote)) {
				return s;
			}
		}
		return null;
	}

	@Test
	void theArticleIsSuggestedBeforeTheMemoryIsReadAndAgainWithIt() throws Exception {
		IProject project = corpus();
		Path folder = project.getLocation().toPath();
		// hold the memory's reading at its first file of this corpus, as a slow disk would
		CountDownLatch gate = new CountDownLatch(1);
		CountDownLatch reached = new CountDownLatch(1);
		CorpusMemories.beforeRead(path -> {
			if (path.startsWith(folder)) {
				reached.countDown();
				try {
					gate.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
		try {
			IFile article = file(project, "opened.txt", OPENED);
			ITextEditor editor = openEditor(article);
			EditorSuggestions suggestions = eventually("suggestions attached", () -> EditorSuggestions.of(editor));
			waitUntil("the memory's reading started", () -> reached.getCount() == 0);
			waitUntil("suggestions shown while the memory is read",
					() -> suggestions.isIdle() && !suggestions.all().isEmpty());
			assertFalse(CorpusMemories.isComplete(project), "the memory is still being read");
			assertNull(fromMemory(suggestions, editor, GUILD), "nothing from the memory yet");
			assertTrue(Arrays.stream(Job.getJobManager().find(GlossJobs.FAMILY))
					.anyMatch(job -> job.getName().contains(project.getName())),
					"the memory's reading is one of Gloss's jobs, stopped at shutdown");
		} finally {
			gate.countDown();
		}
		IFile article = project.getFile("opened.txt");
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertEquals(article, editor.getEditorInput().getAdapter(IFile.class));
		EditorSuggestions suggestions = EditorSuggestions.of(editor);
		waitUntil("the memory read", () -> CorpusMemories.isComplete(project));
		assertEquals(ARTICLES, CorpusMemories.reads(project), "each annotation file read once");
		// no edit, no manual refresh: the editor suggests again when the memory is ready
		SuggestionAnnotation learnt = eventually("the guild proposed from the other articles",
				() -> suggestions.isIdle() ? fromMemory(suggestions, editor, GUILD) : null);
		assertEquals(SourceKind.ORGANISATION, ((Source) learnt.suggestion().proposal()).getKind());
	}

	@Test
	void aChangedAnnotationFileIsReadAgainAlone() throws Exception {
		IProject project = corpus();
		IFile article = file(project, "opened.txt", OPENED);
		ITextEditor editor = openEditor(article);
		eventually("suggestions attached", () -> EditorSuggestions.of(editor));
		waitUntil("the memory read", () -> CorpusMemories.isComplete(project));
		int reads = CorpusMemories.reads(project);
		assertFalse(CorpusMemories.remembers(project, "hamhung"));

		// another analyst's change to one article arrives on disk
		Path folder = project.getLocation().toPath();
		Path note = folder.resolve("note-007.txt");
		Files.writeString(note, "Market note 7: the " + GUILD + " and the Hamhung Market Board said rice prices rose.\n",
				StandardCharsets.UTF_8);
		Files.delete(Path.of(note + ".gloss"));
		Corpus corpus = Corpus.open(folder);
		CorpusDocument document = corpus.open(corpus.article("note-007.txt"));
		String text = document.text().text();
		int board = text.indexOf("Hamhung Market Board");
		((Source) document.add(AnnotationType.SOURCE, board, board + "Hamhung Market Board".length()))
				.setKind(SourceKind.ORGANISATION);
		document.save();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		waitUntil("the new passage remembered", () -> CorpusMemories.remembers(project, "hamhung"));
		assertEquals(reads + 1, CorpusMemories.reads(project), "only the changed file read again");
		assertTrue(CorpusMemories.remembers(project, "tumen"), "the other articles' passages stay");

		// the annotation file goes: its passages go, unless another file annotates them too
		project.getFile("note-007.txt.gloss").delete(true, null);
		waitUntil("the removed passage forgotten", () -> !CorpusMemories.remembers(project, "hamhung"));
		assertTrue(CorpusMemories.remembers(project, "tumen"), "still annotated in the other articles");
		assertEquals(reads + 1, CorpusMemories.reads(project), "a removed file is forgotten without reading");
	}

	@Test
	void glossJobsAreCancelledAndJoinedAsAFamily() {
		CountDownLatch started = new CountDownLatch(1);
		Job job = GlossJobs.create("a job that runs until cancelled", monitor -> {
			started.countDown();
			while (!monitor.isCanceled()) {
				java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
			}
			return Status.CANCEL_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		waitUntil("the job running", () -> started.getCount() == 0);
		assertTrue(GlossJobs.cancelAndJoin(10_000), "no Gloss job left running");
		assertEquals(Job.NONE, job.getState());
	}
}
