package dev.gloss.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** The creator defaults to the git user name, else to the operating system's user name. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		String creator = GitUserName.read().orElse(System.getProperty("user.name", ""));
		DefaultScope.INSTANCE.getNode(GlossPreferences.QUALIFIER).put(GlossPreferences.CREATOR, creator);
	}
}
