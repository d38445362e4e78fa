/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Gloss's preferences (instance scope of dev.gloss.ui). */
public final class GlossPreferences {

	public static final String QUALIFIER = "dev.gloss.ui";
	/** Who new annotations are recorded as made by. */
	public static final String CREATOR = "creator";
	/**
	 * Whether article editors open with word wrap: a news article keeps each paragraph on one
	 * line, which runs far past the window (and the claim links shown after it with it).
	 */
	public static final String WRAP_ARTICLES = "wrapArticles";

	private static IPreferenceStore store;

	private GlossPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		}
		return store;
	}

	public static boolean wrapArticles() {
		return store().getBoolean(WRAP_ARTICLES);
	}

	public static String creator() {
		String creator = store().getString(CREATOR);
		return creator == null || creator.isBlank() ? System.getProperty("user.name", "") : creator.strip();
	}
}
