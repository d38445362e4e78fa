// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.corpus.AnnotationType;

/** Shows or hides the suggestions of one type (command parameter {@code dev.gloss.ui.suggest.type}). */
public final class ToggleTypeHandler extends AbstractHandler {

	static final String TYPE = "dev.gloss.ui.suggest.type"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		AnnotationType type = AnnotationType.parse(event.getParameter(TYPE));
		boolean shown = !SuggestionPreferences.isShown(type);
		SuggestionPreferences.setShown(type, shown);
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			SuggestionHandler.status(editor, NLS.bind(shown ? Messages.Status_typeShown : Messages.Status_typeHidden,
					type.label().toLowerCase()), false);
		}
		return null;
	}
}
