/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * The creator defaults to the git user name, else to the operating system's user name; articles
 * open wrapped.
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		String creator = GitUserName.read().orElse(System.getProperty("user.name", ""));
		DefaultScope.INSTANCE.getNode(GlossPreferences.QUALIFIER).put(GlossPreferences.CREATOR, creator);
		DefaultScope.INSTANCE.getNode(GlossPreferences.QUALIFIER).putBoolean(GlossPreferences.WRAP_ARTICLES, true);
	}
}
