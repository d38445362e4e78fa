// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
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

	/** The commands with which an analyst marks a count by hand. */
	private static final Set<String> MARK_COUNT = Set.of("dev.gloss.ui.createCount"); //$NON-NLS-1$
	private static final CountNormaliser NORMALISER = new CountNormaliser();

	/** True while one of {@link #MARK_COUNT} runs (UI thread only). */
	private static boolean marking;
	private static boolean listening;

	private final ITextEditor editor;

	CountReader(ITextEditor editor) {
		this.editor = editor;
		listenToCommands();
	}

	/** Nothing to do at start-up: the reader is made with the editor's suggestions. */
	static void follow(ITextEditor editor) {
		listenToCommands();
	}

	private static void listenToCommands() {
		if (listening || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		listening = true;
		PlatformUI.getWorkbench().getService(ICommandService.class).addExecutionListener(new IExecutionListener() {
			@Override
			public void preExecute(String commandId, ExecutionEvent event) {
				marking = MARK_COUNT.contains(commandId);
			}

			@Override
			public void postExecuteSuccess(String commandId, Object returnValue) {
				marking = false;
			}

			@Override
			public void postExecuteFailure(String commandId, ExecutionException exception) {
				marking = false;
			}

			@Override
			public void notHandled(String commandId, NotHandledException exception) {
				marking = false;
			}
		});
	}

	/** Sees each annotation added to the article's model, inside the command that adds it. */
	@Override
	public void notifyChanged(Notification notification) {
		if (!marking || notification.getEventType() != Notification.ADD
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
