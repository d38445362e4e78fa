// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.model.Count;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Status;
import dev.gloss.suggest.count.CountNormaliser;
import dev.gloss.suggest.count.CountReading;

/**
 * Reads a count the moment the analyst marks it with the Count command: value or range,
 * qualifier, unit and period from its quote, filled in as part of the very step that made the
 * count (one Ctrl+Z takes both back, redo brings both), and says in the status line what was read,
 * or that the quote was left for the analyst (Alt+Shift+G E edits it). Counts made otherwise
 * (imports, merges, programs) are left alone: {@code gloss normalise} reads those.
 */
final class CountReader extends AdapterImpl {

	private static final CountNormaliser NORMALISER = new CountNormaliser();

	private final ITextEditor editor;

	CountReader(ITextEditor editor) {
		this.editor = editor;
	}

	/** Sees each annotation added to the article's model, inside the command that adds it. */
	@Override
	public void notifyChanged(Notification notification) {
		if (!MarkCommands.isRunning(MarkCommands.MARK_COUNT) || notification.getEventType() != Notification.ADD
				|| notification.getFeature() != GlossPackage.Literals.ANNOTATED_DOCUMENT__ANNOTATIONS
				|| !(notification.getNewValue() instanceof Count count)) {
			return;
		}
		if (count.getStatus() == Status.PROPOSED || count.getValue() != null || count.getMin() != null
				|| count.getMax() != null || count.getQuote() == null) {
			return;
		}
		Optional<CountReading> reading = NORMALISER.read(count.getQuote());
		String message;
		if (reading.isPresent()) {
			// set inside the adding command's step: saved with it, undone and redone with it
			reading.get().fillIn(count);
			message = NLS.bind(Messages.Status_countRead, reading.get().describe());
		} else {
			message = NLS.bind(Messages.Status_countNotRead, count.getQuote());
		}
		Display.getCurrent().asyncExec(() -> SuggestionHandler.status(editor, message, false));
	}
}
