/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;

/** Reads every annotation file under a folder (background thread); unreadable files are reported. */
final class CorpusLoader {

	record Result(List<Row> rows, List<String> problems) {
	}

	private CorpusLoader() {
	}

	static Result load(IContainer container, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = new ArrayList<>();
		container.accept((org.eclipse.core.resources.IResourceVisitor) resource -> {
			if (resource instanceof IFile file && GlossStore.FILE_EXTENSION.equals(file.getFileExtension())) {
				files.add(file);
			}
			return !monitor.isCanceled();
		}, IResource.DEPTH_INFINITE, IResource.NONE);
		GlossStore store = new GlossStore();
		List<Row> rows = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IFile file : files) {
			if (monitor.isCanceled() || file.getLocation() == null) {
				break;
			}
			try {
				AnnotatedDocument document = store.load(file.getLocation().toPath());
				IFile article = file.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(
						file.getName().substring(0, file.getName().length() - GlossStore.FILE_EXTENSION.length() - 1)));
				for (Annotation annotation : document.getAnnotations()) {
					rows.add(Row.of(article, annotation, 0, false));
				}
			} catch (IOException e) {
				problems.add(e.getMessage());
				ILog.of(CorpusLoader.class).warn(e.getMessage());
			}
		}
		return new Result(rows, problems);
	}
}
