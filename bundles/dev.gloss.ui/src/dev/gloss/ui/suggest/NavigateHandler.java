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
		SuggestionAnnotation found = null;
		if (next) {
			for (SuggestionAnnotation s : all) {
				if (suggestions.position(s).getOffset() > caret) {
					found = s;
					break;
				}
			}
		} else {
			for (int i = all.size() - 1; i >= 0; i--) {
				if (suggestions.position(all.get(i)).getOffset() < caret) {
					found = all.get(i);
					break;
				}
			}
		}
		if (found == null) {
			status(suggestions.editor(), Messages.Status_noneLeft, false);
			return;
		}
		Position target = suggestions.position(found);
		suggestions.editor().selectAndReveal(target.getOffset(), target.getLength());
		// what was selected and why, with the keys that act on it (and no message of an earlier command left standing)
		status(suggestions.editor(), found.getText(), false);
	}
}
