// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Recommenders;
import dev.gloss.suggest.place.Gazetteer;

/**
 * The recommenders the editor runs: Gloss's own, and those contributed to the extension point
 * {@code dev.gloss.ui.recommenders}, before the claim recommender so that claims link to what they
 * propose. Read once, on the first computation (in the background).
 */
final class EditorRecommenders {

	static final String EXTENSION_POINT = "dev.gloss.ui.recommenders"; //$NON-NLS-1$

	private static volatile List<Recommender> all;

	private EditorRecommenders() {
	}

	static List<Recommender> all() {
		List<Recommender> result = all;
		if (result == null) {
			List<Recommender> list = new ArrayList<>(Recommenders.all(Gazetteer.shared()));
			for (IConfigurationElement element : Platform.getExtensionRegistry()
					.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					if (element.createExecutableExtension("class") instanceof Recommender contributed) { //$NON-NLS-1$
						list.add(list.size() - 1, contributed);
					}
				} catch (CoreException e) {
					// one broken contribution must not take the others down: say so in the error log
					Log.error(e);
				}
			}
			result = List.copyOf(list);
			all = result;
		}
		return result;
	}
}
