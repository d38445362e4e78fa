/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.session.GlossSessions;

/**
 * Gloss > Change Type...: gives the annotation at the caret another type. With the parameter
 * {@value #TYPE_PARAMETER} it needs no chooser (key bindings, tests).
 */
public final class RetypeHandler extends CaretAnnotationHandler {

	public static final String TYPE_PARAMETER = "dev.gloss.ui.type";

	@Override
	protected void execute(ExecutionEvent event, EditorContext context, Annotation target) {
		String parameter = event.getParameter(TYPE_PARAMETER);
		if (parameter != null) {
			retype(context, target, AnnotationType.parse(parameter));
		} else {
			TypeChooser.openToRetype(GlossSessions.viewerOf(context.editor).getTextWidget(), Messages.TypeChooser_retypeTitle,
					AnnotationType.of(target), type -> retype(context, target, type));
		}
	}

	private static void retype(EditorContext context, Annotation target, AnnotationType type) {
		AnnotationEdits.retype(context.session, target, type);
		context.message(NLS.bind(Messages.Retype_done, type.label()));
	}
}
