// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.util.List;

/**
 * An engine that proposes annotations for one article. Gloss ships rule- and data-based ones
 * (corpus memory, gazetteer places, counts, sources, claims); another engine (a trained NER model,
 * a local language model) plugs into the same accept/reject flow by implementing this interface
 * and registering it as a {@link java.util.ServiceLoader} service (plain Java), or through the
 * workbench's extension point. Recommenders run one after another on one thread per article;
 * they must not keep the request.
 */
public interface Recommender {

	/** A short stable id, recorded as the creator of what it proposes: "places", "counts". */
	String id();

	/** Proposals for the request's article, in any order; overlaps are resolved by the caller. */
	List<Suggestion> suggest(SuggestionRequest request);

	/**
	 * Whether this recommender links to what the others propose (claims do): it then runs after
	 * them and sees their resolved suggestions in {@link SuggestionRequest#earlier()}.
	 */
	default boolean links() {
		return false;
	}
}
