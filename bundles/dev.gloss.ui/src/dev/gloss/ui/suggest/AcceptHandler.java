// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.osgi.util.NLS;

import dev.gloss.model.Annotation;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/** Alt+Shift+G A: the suggestion at the caret becomes the analyst's annotation, with its attributes and links. */
public final class AcceptHandler extends SuggestionHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorSuggestions suggestions, int caret) {
		SuggestionAnnotation target = suggestions.at(caret);
		if (target == null) {
			status(suggestions.editor(), Messages.Status_noSuggestion, true);
			return;
		}
		GlossSession session = readySession(suggestions);
		if (session == null) {
			return;
		}
		try {
			List<Annotation> made = Acceptance.accept(session, suggestions, List.of(target), Messages.Edit_accept);
			if (!made.isEmpty()) {
				status(suggestions.editor(), NLS.bind(Messages.Status_accepted, made.get(0).getQuote()), false);
			}
		} catch (BadLocationException e) {
			Log.error(e);
		}
	}

	/** The article's session, made when it has no annotation file yet; null (and said) while loading. */
	static GlossSession readySession(EditorSuggestions suggestions) {
		GlossSession session = GlossSessions.get().sessionOf(suggestions.editor(), true);
		if (session == null || !session.isReady()) {
			status(suggestions.editor(), session == null ? Messages.Status_noSuggestion : session.problem() == null
					? session.state().toString() : session.problem(), true);
			return null;
		}
		session.syncOffsets();
		return session;
	}
}
