// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Position;
import org.eclipse.osgi.util.NLS;

import dev.gloss.suggest.memory.Rejections;

/**
 * Alt+Shift+G X: the suggestion at the caret is rejected for the whole corpus: its words and type go
 * into the corpus's .gloss-rejections, and neither it nor any other occurrence is proposed again.
 */
public final class RejectHandler extends SuggestionHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorSuggestions suggestions, int caret) {
		SuggestionAnnotation target = suggestions.at(caret);
		if (target == null) {
			status(suggestions.editor(), Messages.Status_noSuggestion, true);
			return;
		}
		try {
			String quote = quote(suggestions, target);
			CorpusContexts.Context context = CorpusContexts.of(suggestions.file().getProject());
			Rejections rejections = context.rejections();
			synchronized (context.memory()) {
				rejections.add(target.suggestion().type(), quote);
				rejections.save();
			}
			suggestions.file().getProject().getFile(Rejections.FILE_NAME).refreshLocal(IResource.DEPTH_ZERO, null);
			String key = Rejections.key(quote);
			List<SuggestionAnnotation> same = suggestions.all().stream()
					.filter(s -> s.suggestion().type() == target.suggestion().type())
					.filter(s -> Rejections.key(quoteOrEmpty(suggestions, s)).equals(key)).toList();
			suggestions.remove(same);
			suggestions.schedule();
			status(suggestions.editor(), NLS.bind(Messages.Status_rejected, quote), false);
		} catch (IOException | CoreException | BadLocationException e) {
			status(suggestions.editor(), NLS.bind(Messages.Error_rejections, suggestions.file().getProject().getName(),
					e.getMessage()), true);
		}
	}

	private static String quote(EditorSuggestions suggestions, SuggestionAnnotation s) throws BadLocationException {
		Position p = suggestions.position(s);
		return GlossDocument.of(suggestions).get(p.getOffset(), p.getLength());
	}

	private static String quoteOrEmpty(EditorSuggestions suggestions, SuggestionAnnotation s) {
		try {
			return quote(suggestions, s);
		} catch (BadLocationException e) {
			return "";
		}
	}
}
