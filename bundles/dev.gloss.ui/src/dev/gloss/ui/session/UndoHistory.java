/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;

/** The annotation changes in an editor's undo history. */
final class UndoHistory {

	private UndoHistory() {
	}

	/**
	 * Drops the annotation changes (text edits stay): after the annotations were read again or
	 * merged with someone else's, operations on the old objects can no longer be undone.
	 */
	static void forgetAnnotationChanges(IUndoContext context) {
		IOperationHistory history = OperationHistoryFactory.getOperationHistory();
		for (IUndoableOperation operation : history.getUndoHistory(context)) {
			if (operation instanceof GlossOperation) {
				history.replaceOperation(operation, new IUndoableOperation[0]);
			}
		}
		for (IUndoableOperation operation : history.getRedoHistory(context)) {
			if (operation instanceof GlossOperation) {
				history.replaceOperation(operation, new IUndoableOperation[0]);
			}
		}
	}
}
