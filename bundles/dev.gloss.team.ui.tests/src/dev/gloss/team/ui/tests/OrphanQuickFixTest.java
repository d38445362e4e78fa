/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;
import dev.gloss.team.ui.internal.markers.ProblemMarkers;
import dev.gloss.tests.harness.UI;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.session.GlossSessions;

/**
 * The Problems view's quick fixes for an orphaned annotation: re-attach it to the passage
 * selected in the article's editor (offered only while there is a selection), or remove it.
 * Both are one step in the editor's undo history and reach the file and the markers.
 */
@WorkbenchTest
class OrphanQuickFixTest {

	private static final String KEPT = "40 lorries crossed the bridge";
	private static final String LOST = "The customs office did not answer";
	private static final String NEW_PLACE = "did not answer questions about the closure";

	private IProject project;
	private IFile article;
	private IFile annotations;
	private String orphanId;

	@BeforeEach
	void setUp() throws Exception {
		project = Workspace.project("orphan-quickfix");
		article = Workspace.annotatedArticle(project, "orphan.txt", KEPT, LOST);
		annotations = AnnotationFiles.annotationFileOf(article);
		AnnotatedDocument document = AnnotationFiles.load(annotations);
		Annotation orphan = document.getAnnotations().get(1);
		orphan.setOrphaned(true);
		orphanId = orphan.getId();
		Workspace.save(annotations, document);
		Workspace.waitForMarkers();
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private IMarker orphanMarker() throws CoreException {
		return Arrays.stream(article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(ProblemMarkers.CODE, -1) == GlossValidator.ORPHANED).findFirst()
				.orElse(null);
	}

	private static List<String> labels(IMarkerResolution[] resolutions) {
		return Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
	}

	private Annotation onDisk() {
		try {
			return AnnotationFiles.load(annotations).getAnnotations().stream().filter(a -> a.getId().equals(orphanId))
					.findFirst().orElse(null);
		} catch (Exception e) {
			return null;
		}
	}

	@Test
	void reattachToTheSelectionIsOfferedWhileAPassageIsSelectedAndIsOneUndoableStep() throws Exception {
		IMarker marker = orphanMarker();
		assertTrue(marker != null, "the orphan has its marker");
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		assertEquals(List.of(Messages.QuickFix_deleteOrphan), labels(IDE.getMarkerHelpRegistry().getResolutions(marker)),
				"no editor, no selection: only Remove");

		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), article, "org.eclipse.ui.DefaultTextEditor", true); //$NON-NLS-1$
		UI.waitUntil("the article's session ready", () -> GlossSessions.get().sessions().stream()
				.anyMatch(s -> s.article().equals(article) && s.isReady()));
		IDocument text = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(text.get().indexOf("Officials"), 0);
		assertEquals(List.of(Messages.QuickFix_deleteOrphan), labels(IDE.getMarkerHelpRegistry().getResolutions(marker)),
				"a caret without a selection: nothing to re-attach to");

		int at = text.get().indexOf(NEW_PLACE);
		editor.selectAndReveal(at, NEW_PLACE.length());
		page().showView(IPageLayout.ID_PROBLEM_VIEW); // where the analyst asks for the quick fix
		// the Problems view asks from a progress thread: the selection is read on the UI thread
		CompletableFuture<IMarkerResolution[]> asked = CompletableFuture
				.supplyAsync(() -> IDE.getMarkerHelpRegistry().getResolutions(marker));
		UI.waitUntil("the resolutions computed off the UI thread", asked::isDone);
		IMarkerResolution[] resolutions = asked.get();
		assertEquals(2, resolutions.length, labels(resolutions).toString());
		IMarkerResolution reattach = resolutions[0];
		assertTrue(reattach.getLabel().startsWith("Re-attach to the selection") //$NON-NLS-1$
				&& reattach.getLabel().contains("did not answer"), reattach.getLabel()); //$NON-NLS-1$
		assertEquals(Messages.QuickFix_deleteOrphan, resolutions[1].getLabel());

		reattach.run(marker);
		UI.waitUntil("the orphan on the selected passage, on disk", () -> {
			Annotation placed = onDisk();
			return placed != null && !placed.isOrphaned() && placed.getBegin() == at
					&& NEW_PLACE.equals(placed.getQuote());
		});
		int end = at + NEW_PLACE.length();
		assertEquals(Workspace.ARTICLE.substring(end, Math.min(end + 32, Workspace.ARTICLE.length())),
				onDisk().getSuffix(), "the suffix comes from the text");
		Workspace.waitForMarkers();
		UI.waitUntil("the orphan marker gone", () -> {
			try {
				return orphanMarker() == null;
			} catch (CoreException e) {
				return false;
			}
		});

		IUndoContext context = DocumentUndoManagerRegistry.getDocumentUndoManager(text).getUndoContext();
		assertEquals(reattach.getLabel(), OperationHistoryFactory.getOperationHistory().getUndoOperation(context).getLabel(),
				"the re-attachment is a step in the editor's undo history");
		OperationHistoryFactory.getOperationHistory().undo(context, null, null);
		UI.waitUntil("an orphan again after Undo", () -> onDisk() != null && onDisk().isOrphaned());
		assertEquals(LOST, onDisk().getQuote(), "its old quote back");
	}

	@Test
	void removeTakesTheOrphanOutOfTheFile() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), article, "org.eclipse.ui.DefaultTextEditor", true); //$NON-NLS-1$
		UI.waitUntil("the article's session ready", () -> GlossSessions.get().sessions().stream()
				.anyMatch(s -> s.article().equals(article) && s.isReady()));
		IDocument text = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(text.get().indexOf(NEW_PLACE), NEW_PLACE.length());
		IMarker marker = orphanMarker();
		IMarkerResolution remove = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
				.filter(r -> r.getLabel().equals(Messages.QuickFix_deleteOrphan)).findFirst().orElseThrow();
		remove.run(marker);
		UI.waitUntil("the orphan removed from the file", () -> onDisk() == null);
		assertEquals(1, AnnotationFiles.load(annotations).getAnnotations().size(), "the other annotation kept");
		assertFalse(editor.isDirty(), "the article itself untouched");
	}
}
