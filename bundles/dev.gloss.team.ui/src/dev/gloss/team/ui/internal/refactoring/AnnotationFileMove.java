/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.refactoring;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.osgi.util.NLS;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/**
 * Moves (or renames) an annotation file to where its article went and writes the article's new
 * name into it. Undone by the same change in the other direction.
 */
final class AnnotationFileMove extends Change {

	private final IPath from;
	private final IPath to;

	AnnotationFileMove(IPath from, IPath to) {
		this.from = from;
		this.to = to;
	}

	@Override
	public String getName() {
		String template = from.removeLastSegments(1).equals(to.removeLastSegments(1)) ? Messages.Refactoring_renameChange
				: Messages.Refactoring_moveChange;
		return NLS.bind(template, from.lastSegment(), from.removeLastSegments(1).equals(to.removeLastSegments(1))
				? to.lastSegment() : to.toString());
	}

	@Override
	public void initializeValidationData(IProgressMonitor monitor) {
		// validated from the paths at perform time
	}

	@Override
	public RefactoringStatus isValid(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		IFile source = file(from);
		if (!source.exists()) {
			return RefactoringStatus.createFatalErrorStatus(NLS.bind(Messages.Refactoring_missing, from));
		}
		if (file(to).exists()) {
			return RefactoringStatus.createFatalErrorStatus(NLS.bind(Messages.Refactoring_targetExists, to,
					AnnotationFiles.articleOf(source).getName()));
		}
		return new RefactoringStatus();
	}

	@Override
	public Change perform(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
		IFile source = file(from);
		source.move(to, IResource.KEEP_HISTORY, progress.split(1));
		IFile moved = file(to);
		try {
			AnnotatedDocument document = AnnotationFiles.load(moved);
			String articleName = AnnotationFiles.articleOf(moved).getName();
			if (!articleName.equals(document.getArticlePath())) {
				document.setArticlePath(articleName);
				AnnotationFiles.save(moved, document, progress.split(1));
			}
		} catch (IOException e) {
			// an unreadable file still moves with its article; its content is left for the user to repair
		}
		return new AnnotationFileMove(to, from);
	}

	@Override
	public Object getModifiedElement() {
		return file(from);
	}

	private static IFile file(IPath path) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(path);
	}
}
