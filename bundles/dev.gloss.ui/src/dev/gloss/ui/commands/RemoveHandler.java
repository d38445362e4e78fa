package dev.gloss.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;

/** Gloss > Remove: removes the annotation at the caret (undo brings it back, links included). */
public final class RemoveHandler extends CaretAnnotationHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorContext context, Annotation target) {
		AnnotationEdits.remove(context.session, target);
		context.message(NLS.bind(Messages.Remove_done, AnnotationType.of(target).label()));
	}
}
