/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
