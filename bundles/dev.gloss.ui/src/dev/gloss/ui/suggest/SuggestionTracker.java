/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.suggest;

import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Gives each text editor that Gloss joins its suggestions. The editor tracker (which follows the
 * windows and parts once the first text document is set up, never at workbench start) calls it, so
 * that there is one listener for editors; nothing is computed before an editor opens.
 */
public final class SuggestionTracker {

	private SuggestionTracker() {
	}

	/** The editor opened (or got a new input): its article gets suggestions, what is marked by hand is read. */
	public static void editorOpened(ITextEditor editor) {
		EditorSuggestions.attach(editor);
		MarkCommands.listen();
	}

	/** The editor closed (or is about to get a new input). */
	public static void editorClosed(ITextEditor editor) {
		EditorSuggestions.detach(editor);
	}
}
