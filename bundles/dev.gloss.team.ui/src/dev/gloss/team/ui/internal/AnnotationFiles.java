/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.ui.files.AnnotationFileService;

/** Annotation files as workspace resources: where they are, reading and writing them. */
public final class AnnotationFiles {

	public static final String PLUGIN_ID = "dev.gloss.team.ui"; //$NON-NLS-1$

	private AnnotationFiles() {
	}

	public static boolean isAnnotationFile(IResource resource) {
		return AnnotationFileService.isAnnotationFile(resource);
	}

	/** {@code report.txt -> report.txt.gloss}, whether it exists or not. */
	public static IFile annotationFileOf(IFile article) {
		return AnnotationFileService.annotationFileOf(article);
	}

	public static IFile articleOf(IFile annotationFile) {
		return AnnotationFileService.articleOf(annotationFile);
	}

	public static AnnotatedDocument load(IFile annotationFile) throws IOException, CoreException {
		try (InputStream in = annotationFile.getContents(true)) {
			return new GlossStore().load(in, displayPath(annotationFile));
		}
	}

	/**
	 * Changes an annotation file through the workbench's one writer of annotation files: in the
	 * article's editor when it is open (undoable there), else on disk under the writers' lock,
	 * keeping the previous content in the local history.
	 */
	public static void edit(IFile annotationFile, String label, AnnotationFileService.Edit edit,
			IProgressMonitor monitor) throws CoreException {
		AnnotationFileService.get().edit(annotationFile, label, edit, monitor);
	}

	/** The file system path, for messages; the workspace path when the file is not local. */
	public static Path displayPath(IFile file) {
		return file.getLocation() != null ? file.getLocation().toFile().toPath() : Path.of(file.getFullPath().toString());
	}

	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
	}
}
