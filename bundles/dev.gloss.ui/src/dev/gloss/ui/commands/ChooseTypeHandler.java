/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextViewer;

import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.session.GlossSessions;

/** Gloss > Annotate As...: the quick type chooser for the selection. */
public final class ChooseTypeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext context = EditorContext.of(event, true);
		if (context == null) {
			return null;
		}
		if (context.selection() == null || context.selection().getLength() == 0) {
			context.error(Messages.Create_noSelection);
			return null;
		}
		ITextViewer viewer = GlossSessions.viewerOf(context.editor);
		TypeChooser.openToCreate(viewer.getTextWidget(), Messages.TypeChooser_createTitle, StickyMode.get().lastType(),
				type -> CreateAnnotationHandler.create(context, type));
		return null;
	}
}
