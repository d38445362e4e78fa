// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.util.List;

import dev.gloss.model.Annotation;
import dev.gloss.suggest.memory.CorpusMemory;

/**
 * What a recommender gets: the article's text, the annotations the analyst already made in it,
 * what the corpus remembers, and (for recommenders that {@linkplain Recommender#links() link})
 * the suggestions of the others.
 *
 * @param text     the decoded article; offsets count its UTF-16 units
 * @param existing the article's annotations that are not proposals
 * @param memory   passages annotated elsewhere in the corpus
 * @param earlier  the other recommenders' resolved suggestions (empty for non-linking ones)
 */
public record SuggestionRequest(String text, List<Annotation> existing, CorpusMemory memory,
		List<Suggestion> earlier) {

	public SuggestionRequest {
		existing = List.copyOf(existing);
		earlier = List.copyOf(earlier);
	}
}
