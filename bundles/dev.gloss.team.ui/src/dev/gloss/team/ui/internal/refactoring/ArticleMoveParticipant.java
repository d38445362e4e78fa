/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.refactoring;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.MoveParticipant;

import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/** Moving an article moves its annotation file along. */
public final class ArticleMoveParticipant extends MoveParticipant {

	private IFile annotationFile;

	@Override
	protected boolean initialize(Object element) {
		if (element instanceof IFile article && !AnnotationFiles.isAnnotationFile(article)
				&& getArguments().getDestination() instanceof IContainer) {
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
		return ((IContainer) getArguments().getDestination()).getFullPath().append(annotationFile.getName());
	}
}
