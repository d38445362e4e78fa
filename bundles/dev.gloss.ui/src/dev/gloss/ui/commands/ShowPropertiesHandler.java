/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;

import dev.gloss.model.Annotation;

/**
 * Gloss > Show in Properties: brings up the Properties view on the caret's annotation, ready to
 * edit from the keyboard. The view shows it through the editor's own property sheet page
 * ({@link dev.gloss.ui.properties.AnnotationPropertySheetPage}), which follows the caret.
 */
public final class ShowPropertiesHandler extends CaretAnnotationHandler {

	@Override
	protected void execute(ExecutionEvent event, EditorContext context, Annotation target) {
		IWorkbenchPage page = context.editor.getSite().getPage();
		try {
			// visible first, while the editor is still the active part, so that the view takes
			// its page and selection from the editor; then activated for editing
			IViewPart view = page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			if (view instanceof PropertySheet sheet && !sheet.isPinned()) {
				sheet.partActivated(context.editor);
				sheet.selectionChanged(context.editor, context.editor.getSelectionProvider().getSelection());
			}
			page.activate(view);
		} catch (PartInitException e) {
			context.error(e.getMessage());
		}
	}
}
