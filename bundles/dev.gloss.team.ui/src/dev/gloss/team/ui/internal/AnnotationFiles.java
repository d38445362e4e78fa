/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal;

import java.io.ByteArrayInputStream;
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

/** Annotation files as workspace resources: where they are, reading and writing them. */
public final class AnnotationFiles {

	public static final String PLUGIN_ID = "dev.gloss.team.ui"; //$NON-NLS-1$
	private static final String SUFFIX = "." + GlossStore.FILE_EXTENSION; //$NON-NLS-1$

	private AnnotationFiles() {
	}

	public static boolean isAnnotationFile(IResource resource) {
		return resource instanceof IFile && resource.getName().endsWith(SUFFIX);
	}

	/** {@code report.txt -> report.txt.gloss}, whether it exists or not. */
	public static IFile annotationFileOf(IFile article) {
		return article.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(article.getName() + SUFFIX));
	}

	public static IFile articleOf(IFile annotationFile) {
		String name = annotationFile.getName();
		return annotationFile.getParent()
				.getFile(org.eclipse.core.runtime.Path.fromPortableString(name.substring(0, name.length() - SUFFIX.length())));
	}

	public static AnnotatedDocument load(IFile annotationFile) throws IOException, CoreException {
		try (InputStream in = annotationFile.getContents(true)) {
			return new GlossStore().load(in, displayPath(annotationFile));
		}
	}

	/** Writes through the workspace, keeping local history (and so undo for the user). */
	public static void save(IFile annotationFile, AnnotatedDocument document, IProgressMonitor monitor)
			throws CoreException {
		byte[] bytes;
		try {
			bytes = new GlossStore().toBytes(document);
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		annotationFile.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, monitor);
	}

	/** The file system path, for messages; the workspace path when the file is not local. */
	public static Path displayPath(IFile file) {
		return file.getLocation() != null ? file.getLocation().toFile().toPath() : Path.of(file.getFullPath().toString());
	}

	public static IStatus error(String message, Throwable cause) {
		return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
	}
}
