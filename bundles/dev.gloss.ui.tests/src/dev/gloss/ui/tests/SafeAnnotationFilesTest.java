/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * The workbench never damages an annotation file: not from a text it could not read, not with a
 * re-anchoring that would orphan most annotations, and never without keeping the previous content.
 */
@WorkbenchTest
class SafeAnnotationFilesTest {

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

	/** Annotates an article on disk only, as the command line or a teammate would: the workspace knows nothing. */
	private static Path annotateOnDisk(Path folder, String name, String text) throws Exception {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
		Corpus corpus = Corpus.open(folder);
		CorpusDocument document = corpus.open(corpus.article(name));
		for (String passage : new String[] { "40 trucks", "A customs clerk", "border county", "river port" }) {
			int at = text.indexOf(passage);
			document.add(passage.equals("40 trucks") ? AnnotationType.COUNT
					: passage.equals("A customs clerk") ? AnnotationType.SOURCE : AnnotationType.LOCATION, at,
					at + passage.length());
		}
		document.save();
		return GlossStore.annotationFileOf(folder.resolve(name));
	}

	private static void forget(IProject project, String name) throws Exception {
		for (String file : new String[] { name, name + ".gloss" }) {
			if (project.getFile(file).exists()) {
				project.getFile(file).delete(true, null);
			}
		}
	}

	/**
	 * Issue 9, item 1: after a crash, Eclipse restores the editor before the workspace knows the
	 * article; its document is empty. The annotations must stay as they are and load once the
	 * article is there.
	 */
	@Test
	void anArticleTheWorkspaceDoesNotKnowYetLeavesItsAnnotationsUntouched() throws Exception {
		IProject project = project("safety-tests");
		forget(project, "restored.txt");
		Path folder = project.getLocation().toPath();
		Path gloss = annotateOnDisk(folder, "restored.txt", TEXT);
		byte[] before = Files.readAllBytes(gloss);
		IFile article = project.getFile("restored.txt");
		assertFalse(article.exists(), "the workspace has not seen the file yet");

		ITextEditor editor = openEditor(article);
		session = eventually("a session", () -> GlossSessions.get().sessionOf(editor, false));
		waitUntil("the session held back", () -> session.state() == GlossSession.State.HELD);
		assertTrue(session.problem().contains("restored.txt"), session.problem());
		settle(500);
		assertArrayEquals(before, Files.readAllBytes(gloss), "the annotation file is left as it was");

		// the refresh finds the file; reopened, the article shows its annotations where they were
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		page().closeAllEditors(false);
		settle(50);
		ITextEditor reopened = openEditor(article);
		session = session(reopened);
		assertEquals(4, session.model().getAnnotations().size());
		assertTrue(session.model().getAnnotations().stream().noneMatch(Annotation::isOrphaned));
		assertEquals(TextHash.of(TEXT), session.model().getTextHash());
		int at = TEXT.indexOf("A customs clerk");
		waitUntil("highlight on the source", () -> editorAnnotations(reopened).stream().anyMatch(a -> a.endsWith("@" + at + "+15")));
		settle(300);
		assertArrayEquals(before, Files.readAllBytes(gloss), "nothing needed writing");
	}

	/** Issue 9, item 1: a re-anchoring that would orphan most annotations is never written without the analyst. */
	@Test
	void aReanchoringThatOrphansMostAnnotationsIsNotWritten() throws Exception {
		IProject project = project("safety-tests");
		forget(project, "replaced.txt");
		Path gloss = annotateOnDisk(project.getLocation().toPath(), "replaced.txt", TEXT);
		byte[] before = Files.readAllBytes(gloss);
		// another article pasted over this one by mistake
		IFile article = file(project, "replaced.txt",
				"The harbour authority reopened the northern quay after repairs that took most of the winter.\n");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		ITextEditor editor = openEditor(article);
		session = eventually("a session", () -> GlossSessions.get().sessionOf(editor, false));
		waitUntil("the session held back", () -> session.state() == GlossSession.State.HELD);
		assertTrue(session.problem().contains("4 of its 4 annotations would be orphaned"), session.problem());
		settle(500);
		assertArrayEquals(before, Files.readAllBytes(gloss), "the annotation file is left as it was");

		// the right text comes back (undo of the mistake): the annotations load, nothing was lost
		file(project, "replaced.txt", TEXT);
		waitUntil("loaded on the right text", () -> session.isReady());
		assertTrue(session.model().getAnnotations().stream().noneMatch(Annotation::isOrphaned));
		assertArrayEquals(before, Files.readAllBytes(gloss));
	}

	/** Issue 9, item 1: what the workbench replaces stays in the local history. */
	@Test
	void aReanchoringOnOpenKeepsThePreviousFileInTheLocalHistory() throws Exception {
		IProject project = project("safety-tests");
		forget(project, "moved.txt");
		Path gloss = annotateOnDisk(project.getLocation().toPath(), "moved.txt", TEXT);
		byte[] before = Files.readAllBytes(gloss);
		String after = "Editor's note: this report was updated with a correction.\n\n" + TEXT;
		IFile article = file(project, "moved.txt", after);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		ITextEditor editor = openEditor(article);
		session = session(editor);
		AnnotatedDocument written = waitForDisk(article, "re-anchored", d -> TextHash.of(after).equals(d.getTextHash()));
		assertEquals(after.indexOf("A customs clerk"), written.getAnnotations().stream()
				.filter(a -> "A customs clerk".equals(a.getQuote())).findFirst().orElseThrow().getBegin());
		IFile annotationFile = project.getFile("moved.txt.gloss");
		IFileState[] history = annotationFile.getHistory(null);
		assertTrue(Arrays.stream(history).anyMatch(state -> {
			try (var in = state.getContents()) {
				return Arrays.equals(before, in.readAllBytes());
			} catch (Exception e) {
				return false;
			}
		}), "the file as it was before re-anchoring is in the local history (" + history.length + " states)");
	}
}
