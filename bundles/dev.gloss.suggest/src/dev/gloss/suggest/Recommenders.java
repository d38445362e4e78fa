// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import dev.gloss.suggest.claim.ClaimRecommender;
import dev.gloss.suggest.count.CountRecommender;
import dev.gloss.suggest.memory.MemoryRecommender;
import dev.gloss.suggest.place.Gazetteer;
import dev.gloss.suggest.place.PlaceRecommender;
import dev.gloss.suggest.source.SourceRecommender;

/**
 * The recommenders Gloss runs, in order of precedence: what the corpus remembers first (the
 * analyst's own decisions), then the gazetteer, counts, sources, any recommender plugged in, and
 * claims last (they link to the others). None needs a network.
 */
public final class Recommenders {

	private Recommenders() {
	}

	/** The recommenders that ship with Gloss. */
	public static List<Recommender> builtIn(Gazetteer gazetteer) {
		return List.of(new MemoryRecommender(), new PlaceRecommender(gazetteer), new CountRecommender(),
				new SourceRecommender(), new ClaimRecommender());
	}

	/**
	 * The built-in recommenders and those registered as {@link ServiceLoader} services of
	 * {@link Recommender} on the class path (plain Java; in the workbench, the extension point).
	 */
	public static List<Recommender> all(Gazetteer gazetteer) {
		List<Recommender> all = new ArrayList<>(builtIn(gazetteer));
		for (Recommender plugged : ServiceLoader.load(Recommender.class, Recommender.class.getClassLoader())) {
			all.add(all.size() - 1, plugged);
		}
		return List.copyOf(all);
	}
}
