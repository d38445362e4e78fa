/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import java.util.Objects;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;

/**
 * After the analyst saved an edited article: every annotation that still has a passage takes its
 * quote, prefix and suffix from the saved text, so that a later re-anchoring searches for what the
 * text says now. An orphan keeps its last quote (that is how it can be found again). Only what
 * differs is set: a save must not report 50,000 idle changes.
 */
public final class QuoteRefresh {

	private QuoteRefresh() {
	}

	/** Refreshes the quotes of every anchored annotation and the document's text hash. */
	public static void refresh(AnnotatedDocument document, String text) {
		for (Annotation annotation : document.getAnnotations()) {
			if (!annotation.isOrphaned()) {
				refresh(annotation, text);
			}
		}
		String hash = TextHash.of(text);
		if (!hash.equals(document.getTextHash())) {
			document.setTextHash(hash);
		}
	}

	/** One annotation: its span no longer inside the text makes it an orphan. */
	public static void refresh(Annotation annotation, String text) {
		int begin = annotation.getBegin();
		int end = annotation.getEnd();
		if (begin < 0 || end > text.length() || begin > end) {
			annotation.setOrphaned(true);
			return;
		}
		String quote = annotation.getQuote();
		String prefix = annotation.getPrefix();
		String suffix = annotation.getSuffix();
		Anchors.anchor(annotation, text, begin, end);
		// Anchors sets all three: put back the very same strings where nothing changed
		if (Objects.equals(quote, annotation.getQuote())) {
			annotation.setQuote(quote);
		}
		if (Objects.equals(prefix, annotation.getPrefix())) {
			annotation.setPrefix(prefix);
		}
		if (Objects.equals(suffix, annotation.getSuffix())) {
			annotation.setSuffix(suffix);
		}
	}
}
