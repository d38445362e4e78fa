/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.refactoring;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.RenameParticipant;

import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/** Renaming an article renames its annotation file: {@code a.txt.gloss -> b.txt.gloss}. */
public final class ArticleRenameParticipant extends RenameParticipant {

	private IFile annotationFile;

	@Override
	protected boolean initialize(Object element) {
		if (element instanceof IFile article && !AnnotationFiles.isAnnotationFile(article)) {
			annotationFile = AnnotationFiles.annotationFileOf(article);
			return annotationFile.exists() && !Participants.alsoAffected(getProcessor(), annotationFile);
		}
		return false;
	}

	@Override
	public String getName() {
		return Messages.Refactoring_participant;
	}

	@Override
	public RefactoringStatus checkConditions(IProgressMonitor monitor, CheckConditionsContext context) {
		return Participants.checkTarget(target(), annotationFile);
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		return new AnnotationFileMove(annotationFile.getFullPath(), target());
	}

	private IPath target() {
		return annotationFile.getFullPath().removeLastSegments(1)
				.append(getArguments().getNewName() + "." + dev.gloss.core.store.GlossStore.FILE_EXTENSION); //$NON-NLS-1$
	}
}
