/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Path;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.anchor.ReanchorReport;
import dev.gloss.team.anchor.Reanchorer;

/**
 * An article that changed outside Gloss since it was annotated (a git pull, a checkout, another
 * editor) is re-anchored while its annotation file loads, before the annotations reach the
 * editor: the same diff-then-quote-search as {@code gloss reanchor}, on the text the editor holds.
 */
final class OpenReanchoring {

	private OpenReanchoring() {
	}

	/**
	 * Background thread, on a model no one else sees yet: moves its annotations onto {@code text},
	 * flags the ones found nowhere as orphans, and records the text's hash.
	 */
	static ReanchorReport reanchor(AnnotatedDocument loaded, Path article, String text) {
		OldTexts.Found old = OldTexts.defaults().find(article, loaded.getTextHash(), loaded.getCharset()).orElse(null);
		return new Reanchorer().reanchor(loaded, old == null ? null : old.text(), text,
				old == null ? null : old.from());
	}
}
