/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension6;

import dev.gloss.ui.preferences.GlossPreferences;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.suggest.EditorSuggestions;

/**
 * Opens articles with word wrap (Preferences > Gloss, on by default): a news article keeps each
 * paragraph on one line, so without wrap the analyst reads one line per paragraph and scrolls
 * sideways, and the claim links shown after a claim are out of sight. Only articles, only when
 * the editor opens (Alt+Shift+Y still toggles it), and not the very large ones, whose wrapping
 * would cost every keystroke more than it gives.
 */
final class ArticleWrap {

	/** The size up to which articles are wrapped (as for suggestions in the editor). */
	static final int MAX_LENGTH = 400_000;

	private ArticleWrap() {
	}

	static void editorOpened(ITextEditor editor) {
		if (!(editor instanceof ITextEditorExtension6 wrappable) || wrappable.isWordWrapEnabled()
				|| !GlossPreferences.wrapArticles()) {
			return;
		}
		IFile file = GlossSessions.fileOf(editor);
		IDocument document = GlossSessions.documentOf(editor);
		if (file == null || file.getLocation() == null || document == null || document.getLength() > MAX_LENGTH
				|| !EditorSuggestions.isArticle(file)) {
			return;
		}
		wrappable.setWordWrap(true);
	}
}
