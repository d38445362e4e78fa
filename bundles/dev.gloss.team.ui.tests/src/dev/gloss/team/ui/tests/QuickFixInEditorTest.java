/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Iterator;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;
import dev.gloss.team.ui.internal.markers.ProblemMarkers;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * Issue 9, item 2: a quick fix on an article open with unsaved edits goes into its editor (one
 * step Undo reverts), and the editor's next save keeps it: the editor and the quick fix never
 * write the file around each other.
 */
@WorkbenchTest
class QuickFixInEditorTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workspace.project("quickfix-editor");
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	private static int onDisk(IFile annotations) {
		try {
			return new GlossStore().load(annotations.getLocation().toFile().toPath()).getAnnotations().size();
		} catch (Exception e) {
			return -1;
		}
	}

	private static boolean highlighted(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next().getType().startsWith("dev.gloss")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	@Test
	void aQuickFixOnAnArticleWithUnsavedEditsGoesIntoItsEditor() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "open.txt", "40 lorries crossed the bridge",
				"The customs office did not answer");
		IFile annotations = AnnotationFiles.annotationFileOf(article);
		AnnotatedDocument document = AnnotationFiles.load(annotations);
		document.getAnnotations().get(1).setOrphaned(true);
		Workspace.save(annotations, document);
		Workspace.waitForMarkers();

		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), article, "org.eclipse.ui.DefaultTextEditor", true); //$NON-NLS-1$
		waitUntil("the annotations shown in the editor", () -> highlighted(editor));
		IDocument text = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		text.replace(text.getLength(), 0, "A late paragraph.\n"); // unsaved

		IMarker orphan = Arrays.stream(article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(ProblemMarkers.CODE, -1) == GlossValidator.ORPHANED).findFirst()
				.orElseThrow();
		IDE.getMarkerHelpRegistry().getResolutions(orphan)[0].run(orphan);

		IUndoContext context = DocumentUndoManagerRegistry.getDocumentUndoManager(text).getUndoContext();
		assertEquals(Messages.QuickFix_deleteOrphan,
				OperationHistoryFactory.getOperationHistory().getUndoOperation(context).getLabel(),
				"the quick fix is a step in the editor's undo history");
		editor.doSave(null);
		waitUntil("the orphan gone from the file", () -> onDisk(annotations) == 1);
		Workspace.waitForMarkers();
		waitUntil("still gone after every pending write", () -> onDisk(annotations) == 1);

		OperationHistoryFactory.getOperationHistory().undo(context, null, null);
		waitUntil("the orphan back after Undo", () -> onDisk(annotations) == 2);
	}

	/**
	 * Issue 9, item 1: an article replaced so that most annotations would be orphaned is not
	 * re-anchored behind the analyst's back when it opens; the quick fix does it on purpose, and the
	 * previous file stays in the local history.
	 */
	@Test
	void aReanchoringThatOrphansMostIsLeftToTheQuickFix() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "replaced.txt", "40 lorries crossed the bridge",
				"The customs office did not answer");
		IFile annotations = AnnotationFiles.annotationFileOf(article);
		byte[] before = java.nio.file.Files.readAllBytes(annotations.getLocation().toFile().toPath());
		String other = "A different report about the weather in the northern hills.\n";
		article.setContents(new java.io.ByteArrayInputStream(other.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				IResource.NONE, null);
		Workspace.waitForMarkers();
		IDE.openEditor(page(), article, "org.eclipse.ui.DefaultTextEditor", true); //$NON-NLS-1$
		waitUntil("the editor holding the annotations back", () -> dev.gloss.ui.session.GlossSessions.get().sessions()
				.stream().anyMatch(s -> s.article().equals(article)
						&& s.state() == dev.gloss.ui.session.GlossSession.State.HELD));
		assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(
				java.nio.file.Files.readAllBytes(annotations.getLocation().toFile().toPath())),
				"opening the article left its annotation file as it was");

		IMarker changed = Arrays.stream(article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(ProblemMarkers.CODE, -1) == ProblemMarkers.CHANGED).findFirst()
				.orElseThrow();
		IDE.getMarkerHelpRegistry().getResolutions(changed)[0].run(changed);
		AnnotatedDocument reanchored = AnnotationFiles.load(annotations);
		assertEquals(dev.gloss.core.text.TextHash.of(other), reanchored.getTextHash());
		assertEquals(2, reanchored.getAnnotations().stream().filter(a -> a.isOrphaned()).count(),
				"kept as orphans, with their quotes");
		boolean kept = Arrays.stream(annotations.getHistory(null)).anyMatch(state -> {
			try (var in = state.getContents()) {
				return Arrays.equals(before, in.readAllBytes());
			} catch (Exception e) {
				return false;
			}
		});
		org.junit.jupiter.api.Assertions.assertTrue(kept, "the file before re-anchoring is in the local history");
	}
}
