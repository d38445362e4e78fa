package dev.gloss.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;

/** Gloss > Remove: removes the annotation at the caret (undo brings it back, links included). */
public final class RemoveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext context = EditorContext.of(event, false);
		if (context == null) {
			return null;
		}
		Annotation target = context.target();
		if (target == null) {
			context.error(Messages.Context_noAnnotationAtCaret);
			return null;
		}
		AnnotationEdits.remove(context.session, target);
		context.message(NLS.bind(Messages.Remove_done, AnnotationType.of(target).label()));
		return null;
	}
}
