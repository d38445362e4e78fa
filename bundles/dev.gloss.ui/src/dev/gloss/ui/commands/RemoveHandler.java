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

/** Gloss > Remove: removes the annotation at the caret (undo brings it back, links included). */
public final class RemoveHandler extends CaretAnnotationHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorContext context, Annotation target) {
		AnnotationEdits.remove(context.session, target);
		context.message(NLS.bind(Messages.Remove_done, AnnotationType.of(target).label()));
	}
}
