// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;

/**
 * Which command runs right now (UI thread), so that the readers fill in only what the analyst
 * marked by hand with a Gloss command, never annotations that imports, merges or programs add.
 */
final class MarkCommands {

	/** The commands that mark a count by hand: its own key and Annotate As. */
	static final Set<String> MARK_COUNT = Set.of("dev.gloss.ui.createCount", "dev.gloss.ui.chooseType"); //$NON-NLS-1$ //$NON-NLS-2$
	/** The commands that mark a location by hand. */
	static final Set<String> MARK_LOCATION = Set.of("dev.gloss.ui.createLocation", "dev.gloss.ui.chooseType"); //$NON-NLS-1$ //$NON-NLS-2$

	private static String running;
	private static boolean listening;

	private MarkCommands() {
	}

	/** Whether one of the commands runs now. */
	static boolean isRunning(Set<String> commandIds) {
		return running != null && commandIds.contains(running);
	}

	/** Listens to the workbench's commands from the first editor on (never at start-up). */
	static void listen() {
		if (listening || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		listening = true;
		PlatformUI.getWorkbench().getService(ICommandService.class).addExecutionListener(new IExecutionListener() {
			@Override
			public void preExecute(String commandId, ExecutionEvent event) {
				running = commandId;
			}

			@Override
			public void postExecuteSuccess(String commandId, Object returnValue) {
				running = null;
			}

			@Override
			public void postExecuteFailure(String commandId, ExecutionException exception) {
				running = null;
			}

			@Override
			public void notHandled(String commandId, NotHandledException exception) {
				running = null;
			}
		});
	}
}
