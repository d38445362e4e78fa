/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.gloss.ui.internal.Messages;

/**
 * Preferences > Gloss: who annotations are recorded as made by, whether articles open wrapped.
 * Colours live with the editors'.
 */
public final class GlossPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public GlossPreferencePage() {
		super(GRID);
		setPreferenceStore(GlossPreferences.store());
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(GlossPreferences.CREATOR, Messages.Preferences_creator, getFieldEditorParent()));
		addField(new BooleanFieldEditor(GlossPreferences.WRAP_ARTICLES, Messages.Preferences_wrapArticles,
				getFieldEditorParent()));
	}
}
