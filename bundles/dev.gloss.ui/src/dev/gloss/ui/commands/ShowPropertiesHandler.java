/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.gloss.model.Annotation;
import dev.gloss.ui.view.AnnotationsView;

/**
 * Gloss > Show in Properties: selects the caret's annotation in the Annotations view and brings up
 * the Properties view on it (a text editor's own selection is text, which the Properties view
 * cannot show).
 */
public final class ShowPropertiesHandler extends CaretAnnotationHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorContext context, Annotation target) {
		IWorkbenchPage page = context.editor.getSite().getPage();
		try {
			IViewPart view = page.showView(AnnotationsView.ID);
			if (view instanceof AnnotationsView annotations) {
				annotations.refresh();
				annotations.select(target);
			}
			page.showView("org.eclipse.ui.views.PropertySheet");
		} catch (PartInitException e) {
			context.error(e.getMessage());
		}
	}
}
