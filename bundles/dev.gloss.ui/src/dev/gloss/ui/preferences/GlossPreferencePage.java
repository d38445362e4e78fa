package dev.gloss.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.gloss.ui.internal.Messages;

/** Preferences > Gloss: who annotations are recorded as made by. Colours live with the editors'. */
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
	}
}
