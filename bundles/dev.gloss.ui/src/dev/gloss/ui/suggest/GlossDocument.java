// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.jface.text.IDocument;

import dev.gloss.ui.session.GlossSessions;

/** The text of a suggestions' editor. */
final class GlossDocument {

	private GlossDocument() {
	}

	static IDocument of(EditorSuggestions suggestions) {
		return GlossSessions.documentOf(suggestions.editor());
	}
}
