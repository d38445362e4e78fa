/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.files;

import java.util.concurrent.Callable;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.gloss.core.store.AnnotationFileNames;
import dev.gloss.model.AnnotatedDocument;

/**
 * The one writer of annotation files in the workbench (an OSGi service). A change to an article
 * whose editor is open goes into its session: one undoable step in the editor, written by the
 * session's save policy, merged with anything else that changes the file. Without an open editor
 * the file is changed on disk under the lock the command line takes too (no update of another
 * writer is lost), atomically, and its previous content stays in the local history.
 */
public interface AnnotationFileService {

	/** A change to an article's annotations. */
	@FunctionalInterface
	interface Edit {
		/**
		 * @param text the article's text the offsets refer to (the editor's when it is open), or
		 *             null when the article cannot be read
		 * @return whether anything changed (nothing is written otherwise)
		 */
		boolean apply(AnnotatedDocument document, String text) throws CoreException;
	}

	/**
	 * Changes the annotations of an article, wherever they are held now. Any thread; the caller
	 * must not hold a workspace rule the UI thread may wait for.
	 *
	 * @param label what the change is called in Undo
	 */
	void edit(IFile annotationFile, String label, Edit edit, IProgressMonitor monitor) throws CoreException;

	/**
	 * Writes every pending annotation change of the open articles under {@code folder} (before an
	 * export reads them); changes waiting for their article to be saved stay with the editor.
	 */
	void flush(java.nio.file.Path folder);

	/**
	 * Runs a command that writes annotation files itself (a corpus import): open articles write
	 * their pending changes first; afterwards the folder is refreshed, and each open article takes
	 * the new content, merged with its own unsaved changes.
	 */
	<T> T runWriter(java.nio.file.Path folder, Callable<T> writer, IProgressMonitor monitor) throws Exception;

	/** {@code report.txt -> report.txt.gloss}, beside it, whether it exists or not. */
	static IFile annotationFileOf(IFile article) {
		return article.getParent().getFile(Path.fromPortableString(AnnotationFileNames.annotationFileName(article.getName())));
	}

	/** {@code report.txt.gloss -> report.txt}. */
	static IFile articleOf(IFile annotationFile) {
		return annotationFile.getParent()
				.getFile(Path.fromPortableString(AnnotationFileNames.articleName(annotationFile.getName())));
	}

	static boolean isAnnotationFile(IResource resource) {
		return resource instanceof IFile && AnnotationFileNames.isAnnotationFileName(resource.getName());
	}

	/** The service; the workbench registers it at start. */
	static AnnotationFileService get() {
		Bundle bundle = FrameworkUtil.getBundle(AnnotationFileService.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<AnnotationFileService> reference = context == null ? null
				: context.getServiceReference(AnnotationFileService.class);
		AnnotationFileService service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException("the Gloss annotation file service is not running"); //$NON-NLS-1$
		}
		return service;
	}
}
