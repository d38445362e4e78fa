/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBufferStatusCodes;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;

/**
 * Whether the editor's document really holds the article: annotations are anchored on that text,
 * so a text the editor could not read (a file the workspace does not know yet, as after a crash
 * before the workspace saved its tree; a file that changed on disk and was not refreshed; bytes
 * that do not decode) must never be taken for the article, or re-anchoring on it would orphan
 * every annotation and write that to disk.
 */
final class ArticleReadiness {

	private ArticleReadiness() {
	}

	/** Null when the document is the article's text; else why not, in plain words. */
	static String whyNotRead(IFile article, IDocument document) {
		String name = article.getFullPath().toString();
		if (!article.exists()) {
			return NLS.bind(Messages.Readiness_notInWorkspace, name);
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null) {
			IStatus status = buffer.getStatus();
			if (status != null && (status.getSeverity() == IStatus.ERROR
					|| status.getCode() == IFileBufferStatusCodes.CHARSET_MAPPING_FAILED)) {
				return NLS.bind(Messages.Readiness_unreadable, name, withoutFinalStop(status.getMessage()));
			}
			if (!buffer.isDirty() && !buffer.isSynchronized()) {
				return NLS.bind(Messages.Readiness_notSynchronized, name);
			}
		}
		if (!article.isSynchronized(IResource.DEPTH_ZERO) && (buffer == null || !buffer.isDirty())) {
			return NLS.bind(Messages.Readiness_notSynchronized, name);
		}
		if (document.getLength() == 0 && sizeOnDisk(article) > 0) {
			return NLS.bind(Messages.Readiness_emptyText, name);
		}
		return null;
	}

	/** The message goes inside a sentence of ours. */
	private static String withoutFinalStop(String message) {
		return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message; //$NON-NLS-1$
	}

	private static long sizeOnDisk(IFile article) {
		if (article.getLocation() == null) {
			return 0;
		}
		Path file = article.getLocation().toPath();
		try {
			return Files.isRegularFile(file) ? Files.size(file) : 0;
		} catch (IOException e) {
			return 0;
		}
	}
}
