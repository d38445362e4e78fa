/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.Optional;

import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;

/**
 * Re-anchors a corpus document whose article changed since it was annotated, or which has
 * orphans to look for again. Changes the document's model; the caller saves it.
 */
public final class DocumentReanchoring {

	private final OldTexts oldTexts;
	private final Reanchorer reanchorer = new Reanchorer();

	public DocumentReanchoring(OldTexts oldTexts) {
		this.oldTexts = oldTexts;
	}

	/** Whether {@link #reanchor(CorpusDocument)} has something to do. */
	public static boolean needed(CorpusDocument document) {
		return document.textStatus() == CorpusDocument.TextStatus.CHANGED
				|| document.annotations().stream().anyMatch(Annotation::isOrphaned);
	}

	/** The report, or empty when the article did not change and nothing is orphaned. */
	public Optional<ReanchorReport> reanchor(CorpusDocument document) {
		if (!needed(document)) {
			return Optional.empty();
		}
		String newText = document.text().text();
		String hash = document.model().getTextHash();
		OldTexts.Found old;
		if (document.textStatus() != CorpusDocument.TextStatus.CHANGED) {
			old = new OldTexts.Found(newText, "unchanged");
		} else {
			old = oldTexts.find(document.article().file(), hash, document.model().getCharset()).orElse(null);
		}
		return Optional.of(reanchorer.reanchor(document.model(), old == null ? null : old.text(), newText,
				old == null ? null : old.from()));
	}
}
