/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringContribution;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.RefactoringDescriptor;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.resource.DeleteResourcesDescriptor;
import org.eclipse.ltk.core.refactoring.resource.MoveResourcesDescriptor;
import org.eclipse.ltk.core.refactoring.resource.RenameResourceDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;

/**
 * Rename, move and delete an article with the workbench's resource refactorings (what the Project
 * Explorer runs): its annotation file goes along, and undo brings both back.
 */
class RefactoringParticipantsTest {

	private IProject project;

	@BeforeEach
	void setUp() throws CoreException {
		project = Workspace.project("participants");
	}

	@AfterEach
	void tearDown() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void renamingAnArticleRenamesItsAnnotationFileAndUndoRestoresBoth() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "in/sinuiju.txt", "40 lorries crossed the bridge");
		String before = Workspace.read(project.getFile("in/sinuiju.txt.gloss"));

		RenameResourceDescriptor rename = descriptor(RenameResourceDescriptor.ID);
		rename.setResourcePath(article.getFullPath());
		rename.setNewName("sinuiju-bridge.txt");
		Change undo = perform(rename);

		assertFalse(project.getFile("in/sinuiju.txt.gloss").exists());
		IFile moved = project.getFile("in/sinuiju-bridge.txt.gloss");
		assertTrue(moved.exists());
		AnnotatedDocument document = new GlossStore().load(moved.getLocation().toFile().toPath());
		assertEquals("sinuiju-bridge.txt", document.getArticlePath(), "the file names its article");
		assertEquals(1, document.getAnnotations().size());

		undo(undo);
		assertTrue(project.getFile("in/sinuiju.txt").exists());
		assertTrue(project.getFile("in/sinuiju.txt.gloss").exists());
		assertFalse(moved.exists());
		assertEquals(before, Workspace.read(project.getFile("in/sinuiju.txt.gloss")));
	}

	@Test
	void movingAnArticleMovesItsAnnotationFile() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "in/sinuiju.txt", "prices for rice rose by a fifth");
		project.getFolder("archive").create(true, true, null);

		MoveResourcesDescriptor move = descriptor(MoveResourcesDescriptor.ID);
		move.setResourcePathsToMove(new IPath[] { article.getFullPath() });
		move.setDestinationPath(project.getFolder("archive").getFullPath());
		perform(move);

		assertTrue(project.getFile("archive/sinuiju.txt").exists());
		assertTrue(project.getFile("archive/sinuiju.txt.gloss").exists());
		assertFalse(project.getFile("in/sinuiju.txt.gloss").exists());
	}

	@Test
	void movingOntoAnotherArticlesAnnotationsIsRefused() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "in/sinuiju.txt", "prices for rice rose by a fifth");
		Workspace.annotatedArticle(project, "archive/other.txt", "40 lorries crossed the bridge");
		// a stray annotation file with the moved article's name waits in the destination
		project.getFile("archive/other.txt.gloss").copy(project.getFile("archive/sinuiju.txt.gloss").getFullPath(),
				true, null);

		MoveResourcesDescriptor move = descriptor(MoveResourcesDescriptor.ID);
		move.setResourcePathsToMove(new IPath[] { article.getFullPath() });
		move.setDestinationPath(project.getFolder("archive").getFullPath());
		RefactoringStatus status = new RefactoringStatus();
		Refactoring refactoring = move.createRefactoring(status);
		PerformRefactoringOperation operation = new PerformRefactoringOperation(refactoring,
				CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(operation, null);
		assertTrue(operation.getConditionStatus().hasFatalError(), "refused before anything moved");
		assertTrue(article.exists());
		assertTrue(project.getFile("in/sinuiju.txt.gloss").exists());
	}

	@Test
	void deletingAnArticleDeletesItsAnnotationFile() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "in/sinuiju.txt", "40 lorries crossed the bridge");
		Workspace.annotatedArticle(project, "in/other.txt", "40 lorries crossed the bridge");

		DeleteResourcesDescriptor delete = descriptor(DeleteResourcesDescriptor.ID);
		delete.setResourcePaths(new IPath[] { article.getFullPath() });
		Change undo = perform(delete);

		assertFalse(article.exists());
		assertFalse(project.getFile("in/sinuiju.txt.gloss").exists());
		assertTrue(project.getFile("in/other.txt.gloss").exists(), "other articles keep theirs");

		undo(undo);
		assertTrue(article.exists());
		assertTrue(project.getFile("in/sinuiju.txt.gloss").exists(), "undo brings the annotations back");
	}

	@SuppressWarnings("unchecked")
	private static <T extends RefactoringDescriptor> T descriptor(String id) {
		RefactoringContribution contribution = RefactoringCore.getRefactoringContribution(id);
		return (T) contribution.createDescriptor();
	}

	private static Change perform(RefactoringDescriptor descriptor) throws CoreException {
		RefactoringStatus status = new RefactoringStatus();
		Refactoring refactoring = descriptor.createRefactoring(status);
		assertTrue(status.isOK(), status.toString());
		PerformRefactoringOperation operation = new PerformRefactoringOperation(refactoring,
				CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(operation, null);
		assertFalse(operation.getConditionStatus().hasFatalError(), operation.getConditionStatus().toString());
		return operation.getUndoChange();
	}

	private static void undo(Change undo) throws CoreException {
		PerformChangeOperation operation = new PerformChangeOperation(undo);
		ResourcesPlugin.getWorkspace().run(operation, null);
		assertTrue(operation.changeExecuted());
	}
}
