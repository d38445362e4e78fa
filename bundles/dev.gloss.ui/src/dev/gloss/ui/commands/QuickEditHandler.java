package dev.gloss.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;

import dev.gloss.model.Annotation;
import dev.gloss.ui.session.GlossSessions;

/** Gloss > Quick Edit...: the attributes of the caret's annotation in a popup. */
public final class QuickEditHandler extends CaretAnnotationHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorContext context, Annotation target) {
		new QuickEditPopup(GlossSessions.viewerOf(context.editor).getTextWidget(), target).open();
	}
}
