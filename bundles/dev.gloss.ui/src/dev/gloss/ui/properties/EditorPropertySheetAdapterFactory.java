/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import dev.gloss.ui.session.GlossSessions;

/**
 * Gives text editors on workspace files the Properties view page that shows the annotation at
 * the caret. The stock Text Editor asks the platform's adapter manager for its property sheet
 * page, so no editor subclass is needed; for other selections the page behaves as the stock one.
 */
public final class EditorPropertySheetAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == IPropertySheetPage.class && adaptableObject instanceof ITextEditor editor
				&& GlossSessions.fileOf(editor) != null) {
			return adapterType.cast(new AnnotationPropertySheetPage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySheetPage.class };
	}
}
