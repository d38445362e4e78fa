/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;

/**
 * A command on the annotation at the caret: finds the editor and the annotation, and says so in
 * the status line when there is none, so each command only does its own part.
 */
abstract class CaretAnnotationHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		EditorContext context = EditorContext.of(event, false);
		if (context == null) {
			return null;
		}
		Annotation target = context.target();
		if (target == null) {
			context.error(Messages.Context_noAnnotationAtCaret);
			return null;
		}
		execute(event, context, target);
		return null;
	}

	protected abstract void execute(ExecutionEvent event, EditorContext context, Annotation target);
}
