/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * The editing domain's command stack, kept on the platform operation history instead of a list of
 * its own: every change (from Gloss's commands or from EMF.Edit's property descriptors) becomes a
 * {@link GlossOperation} in the article's undo context.
 */
final class HistoryCommandStack implements CommandStack {

	private final GlossSession session;
	private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
	private Command mostRecent;

	HistoryCommandStack(GlossSession session) {
		this.session = session;
	}

	private static IOperationHistory history() {
		return OperationHistoryFactory.getOperationHistory();
	}

	@Override
	public void execute(Command command) {
		if (command == null || !command.canExecute()) {
			return;
		}
		GlossOperation operation = new GlossOperation(session, new StampingCommand(command));
		operation.addContext(session.undoContext());
		try {
			history().execute(operation, null, null);
			mostRecent = command;
			fire();
		} catch (ExecutionException e) {
			ILog.of(getClass()).error("annotation change failed: " + command.getLabel(), e);
		}
	}

	@Override
	public boolean canUndo() {
		return history().canUndo(session.undoContext());
	}

	@Override
	public void undo() {
		try {
			history().undo(session.undoContext(), null, null);
			fire();
		} catch (ExecutionException e) {
			ILog.of(getClass()).error("undo failed", e);
		}
	}

	@Override
	public boolean canRedo() {
		return history().canRedo(session.undoContext());
	}

	@Override
	public void redo() {
		try {
			history().redo(session.undoContext(), null, null);
			fire();
		} catch (ExecutionException e) {
			ILog.of(getClass()).error("redo failed", e);
		}
	}

	@Override
	public Command getUndoCommand() {
		return commandOf(history().getUndoOperation(session.undoContext()));
	}

	@Override
	public Command getRedoCommand() {
		return commandOf(history().getRedoOperation(session.undoContext()));
	}

	@Override
	public Command getMostRecentCommand() {
		return mostRecent;
	}

	@Override
	public void flush() {
		// the history belongs to the editor; its undo manager flushes it
	}

	@Override
	public void addCommandStackListener(CommandStackListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeCommandStackListener(CommandStackListener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		EventObject event = new EventObject(this);
		listeners.forEach(listener -> listener.commandStackChanged(event));
	}

	private static Command commandOf(IUndoableOperation operation) {
		return operation instanceof GlossOperation gloss ? gloss.command() : null;
	}
}
