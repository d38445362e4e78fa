// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.session.GlossSession;

/** Alt+Shift+G Shift+A: every suggestion of the caret suggestion's type in this article, accepted in one step. */
public final class AcceptAllHandler extends SuggestionHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorSuggestions suggestions, int caret) {
		SuggestionAnnotation target = suggestions.at(caret);
		if (target == null) {
			status(suggestions.editor(), Messages.Status_noSuggestion, true);
			return;
		}
		AnnotationType type = target.suggestion().type();
		List<SuggestionAnnotation> all = suggestions.all().stream().filter(s -> s.suggestion().type() == type).toList();
		GlossSession session = AcceptHandler.readySession(suggestions);
		if (session == null) {
			return;
		}
		try {
			List<Annotation> made = Acceptance.accept(session, suggestions, all,
					NLS.bind(Messages.Edit_acceptAll, type.label()));
			long accepted = made.stream().filter(a -> AnnotationType.of(a) == type).count();
			status(suggestions.editor(), accepted == 1
					? NLS.bind(Messages.Status_acceptedOne, type.label().toLowerCase(java.util.Locale.ROOT))
					: NLS.bind(Messages.Status_acceptedAll, accepted, type.label().toLowerCase(java.util.Locale.ROOT)),
					false);
		} catch (BadLocationException e) {
			Log.error(e);
		}
	}
}
