package dev.gloss.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.session.GlossSessions;

/** Gloss > Quick Edit...: the attributes of the caret's annotation in a popup. */
public final class QuickEditHandler extends AbstractHandler {

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
		new QuickEditPopup(GlossSessions.viewerOf(context.editor).getTextWidget(), target).open();
		return null;
	}
}
