// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.Locale;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.editors.text.EditorsUI;

import dev.gloss.core.corpus.AnnotationType;

/**
 * Whether suggestions of a type show: the "Show in text" setting of their annotation type
 * (Preferences > General > Editors > Text Editors > Annotations, "Gloss Suggested Claim" ...),
 * which the toggle command flips, so there is one switch per type and the editor follows it at once.
 */
final class SuggestionPreferences {

	private SuggestionPreferences() {
	}

	static String textKey(AnnotationType type) {
		return "glossSuggestText." + type.name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	static boolean isShown(AnnotationType type) {
		return store().getBoolean(textKey(type));
	}

	static void setShown(AnnotationType type, boolean shown) {
		store().setValue(textKey(type), shown);
	}

	private static IPreferenceStore store() {
		return EditorsUI.getPreferenceStore();
	}
}
