// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.model.Annotation;
import dev.gloss.model.Count;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Status;
import dev.gloss.suggest.count.CountNormaliser;
import dev.gloss.suggest.count.CountReading;
import dev.gloss.ui.session.GlossSession;

/**
 * Reads a count the moment the analyst marks it: value or range, qualifier, unit and period from
 * its quote, as one undoable step of its own, and says in the status line what was read (or that
 * the quote was left for the analyst). Counts that were there before, proposals and counts with a
 * number already are left alone.
 */
final class CountReader {

	private static final GlossPackage G = GlossPackage.eINSTANCE;
	private static final CountNormaliser NORMALISER = new CountNormaliser();

	private final ITextEditor editor;
	private final Set<String> seen = new HashSet<>();
	private boolean primed;

	CountReader(ITextEditor editor) {
		this.editor = editor;
	}

	/** Kept for the start-up hook: the reader is made with the editor's suggestions. */
	static void follow(ITextEditor editor) {
		// nothing more to do: EditorSuggestions owns the reader and calls it on annotation changes
	}

	/** Called on the UI thread after the session's annotations changed. */
	void annotationsChanged(GlossSession session) {
		if (!primed) {
			for (Annotation a : session.model().getAnnotations()) {
				seen.add(a.getId());
			}
			primed = true;
			return;
		}
		for (Annotation a : session.model().getAnnotations()) {
			if (!seen.add(a.getId()) || !(a instanceof Count count)) {
				continue;
			}
			if (count.getStatus() == Status.PROPOSED || count.getValue() != null || count.getMin() != null
					|| count.getMax() != null || count.getQuote() == null) {
				continue;
			}
			Optional<CountReading> reading = NORMALISER.read(count.getQuote());
			if (reading.isEmpty()) {
				SuggestionHandler.status(editor, NLS.bind(Messages.Status_countNotRead, count.getQuote()), false);
				continue;
			}
			read(session, count, reading.get());
		}
	}

	private void read(GlossSession session, Count count, CountReading reading) {
		CompoundCommand command = new CompoundCommand(Messages.Edit_readCount);
		var domain = session.domain();
		command.append(SetCommand.create(domain, count, G.getCount_Value(), reading.value()));
		command.append(SetCommand.create(domain, count, G.getCount_Min(), reading.min()));
		command.append(SetCommand.create(domain, count, G.getCount_Max(), reading.max()));
		command.append(SetCommand.create(domain, count, G.getCount_Qualifier(), reading.qualifier()));
		if (count.getUnit() == null) {
			command.append(SetCommand.create(domain, count, G.getCount_Unit(), reading.unit()));
		}
		if (count.getPeriod() == null) {
			command.append(SetCommand.create(domain, count, G.getCount_Period(), reading.period()));
		}
		// run after the command that made the count has finished notifying
		editor.getSite().getShell().getDisplay().asyncExec(() -> {
			if (count.eContainer() == session.model()) {
				session.execute(command);
				SuggestionHandler.status(editor, NLS.bind(Messages.Status_countRead, reading.describe()), false);
			}
		});
	}
}
