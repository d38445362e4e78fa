// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** A suggestion command in a text editor: finds the editor's suggestions and the caret; reports in the status line. */
abstract class SuggestionHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		EditorSuggestions suggestions = editor == null ? null : EditorSuggestions.of(editor);
		if (suggestions == null) {
			return null;
		}
		int caret = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
				? selection.getOffset()
				: 0;
		execute(event, suggestions, caret);
		return null;
	}

	protected abstract void execute(ExecutionEvent event, EditorSuggestions suggestions, int caret);

	static void status(ITextEditor editor, String message, boolean error) {
		var line = editor.getEditorSite().getActionBars().getStatusLineManager();
		if (error) {
			line.setErrorMessage(message);
		} else {
			line.setErrorMessage(null);
			line.setMessage(message);
		}
	}
}
