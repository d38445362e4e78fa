/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.refactoring;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.RefactoringProcessor;
import org.eclipse.osgi.util.NLS;

import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/** What the article participants share. */
final class Participants {

	private Participants() {
	}

	/** The user moves or deletes the annotation file too: the refactoring handles it already. */
	static boolean alsoAffected(RefactoringProcessor processor, IFile annotationFile) {
		return processor != null && Arrays.asList(processor.getElements()).contains(annotationFile);
	}

	/** Never overwrite another article's annotations. */
	static RefactoringStatus checkTarget(IPath target, IFile annotationFile) {
		if (ResourcesPlugin.getWorkspace().getRoot().getFile(target).exists()) {
			return RefactoringStatus.createFatalErrorStatus(NLS.bind(Messages.Refactoring_targetExists, target,
					AnnotationFiles.articleOf(annotationFile).getName()));
		}
		return new RefactoringStatus();
	}
}
