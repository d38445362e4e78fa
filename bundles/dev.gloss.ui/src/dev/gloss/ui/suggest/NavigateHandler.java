// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.Position;

/**
 * Alt+Shift+G ] and [: selects the next or previous suggestion (command parameter
 * {@code dev.gloss.ui.suggest.direction}: next or previous), so that A or X acts on it.
 */
public final class NavigateHandler extends SuggestionHandler {

	static final String DIRECTION = "dev.gloss.ui.suggest.direction"; //$NON-NLS-1$

	@Override
	protected void execute(ExecutionEvent event, EditorSuggestions suggestions, int caret) {
		boolean next = !"previous".equals(event.getParameter(DIRECTION)); //$NON-NLS-1$
		List<SuggestionAnnotation> all = suggestions.all();
		Position target = null;
		if (next) {
			for (SuggestionAnnotation s : all) {
				Position p = suggestions.position(s);
				if (p.getOffset() > caret) {
					target = p;
					break;
				}
			}
		} else {
			for (int i = all.size() - 1; i >= 0; i--) {
				Position p = suggestions.position(all.get(i));
				if (p.getOffset() < caret) {
					target = p;
					break;
				}
			}
		}
		if (target == null) {
			status(suggestions.editor(), Messages.Status_noneLeft, false);
			return;
		}
		suggestions.editor().selectAndReveal(target.getOffset(), target.getLength());
	}
}
