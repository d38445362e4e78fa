/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;

/**
 * An EMF command on the workbench's operation history, in the article editor's undo context: Edit >
 * Undo and Ctrl+Z in the editor undo annotation changes in the order they were made, interleaved
 * with text edits.
 */
final class GlossOperation extends AbstractOperation {

	private final GlossSession session;
	private final Command command;

	GlossOperation(GlossSession session, Command command) {
		super(command.getLabel() == null ? "Annotation change" : command.getLabel());
		this.session = session;
		this.command = command;
	}

	Command command() {
		return command;
	}

	@Override
	public boolean canExecute() {
		return session.isReady() && command.canExecute();
	}

	@Override
	public boolean canUndo() {
		return session.isReady() && command.canUndo();
	}

	@Override
	public boolean canRedo() {
		return session.isReady();
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.change(command::execute);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.change(command::undo);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.change(command::redo);
		return Status.OK_STATUS;
	}

	@Override
	public void dispose() {
		command.dispose();
	}
}
