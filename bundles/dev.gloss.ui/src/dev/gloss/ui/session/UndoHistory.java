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
