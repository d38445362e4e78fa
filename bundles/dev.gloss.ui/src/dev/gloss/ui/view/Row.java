/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.hover.AnnotationDescriptions;

/**
 * One line of the Annotations view: an annotation and the article it belongs to, with the texts
 * the view shows and sorts by computed once (sorting 100,000 rows must not recompute labels).
 *
 * @param line 1-based line of the passage, or 0 when unknown (corpus mode)
 * @param live whether the annotation is the open article's own object (editable in the
 *             Properties view) rather than a read-only copy read from disk
 */
public record Row(IFile article, Annotation annotation, AnnotationType type, String quote, String attributes,
		String creator, String status, int line, boolean live) implements IAdaptable {

	public static Row of(IFile article, Annotation annotation, int line, boolean live) {
		return new Row(article, annotation, AnnotationType.of(annotation), AnnotationDescriptions.shortQuote(annotation),
				AnnotationDescriptions.attributes(annotation),
				annotation.getCreator() == null ? "" : annotation.getCreator(),
				statusText(annotation.getStatus(), annotation.isOrphaned()), line, live);
	}

	/** A status as the view shows it: "draft", "draft (orphaned)". */
	static String statusText(dev.gloss.model.Status status, boolean orphaned) {
		return (status == null ? "" : status.getLiteral()) + (orphaned ? " (orphaned)" : "");
	}

	/** Everything the text filter looks in, lower-case. */
	public String searchText() {
		return (type.label() + '\u0000' + annotation.getQuote() + '\u0000' + attributes + '\u0000' + creator + '\u0000'
				+ status + '\u0000' + (annotation.getComment() == null ? "" : annotation.getComment()))
				.toLowerCase(Locale.ROOT);
	}

	/** "line 12" for the open article, "report.txt" in corpus mode. */
	public String where() {
		return live && line > 0 ? "line " + line : article.getProjectRelativePath().toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter.isInstance(annotation)) {
			return adapter.cast(annotation);
		}
		return live ? Adapters.adapt(annotation, adapter) : null;
	}
}
