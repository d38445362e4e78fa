// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.SuggestionRequest;
import dev.gloss.suggest.internal.Attributions;

/**
 * Proposes the count expressions of an article, already normalised ({@link CountNormaliser}); not a
 * number inside the phrase of a source ("two traders said").
 */
public final class CountRecommender implements Recommender {

	public static final String ID = "counts";

	private final CountNormaliser normaliser = new CountNormaliser();

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Suggestion> suggest(SuggestionRequest request) {
		List<Suggestion> found = new ArrayList<>();
		// "two traders told this newspaper": a number that describes who speaks is not a figure reported
		List<Attributions.Range> sources = new Attributions(request.text()).find().stream()
				.map(Attributions.Attribution::source).filter(Objects::nonNull).toList();
		for (CountNormaliser.Found f : normaliser.find(request.text())) {
			if (sources.stream().anyMatch(r -> r.contains(f.begin(), f.end()))) {
				continue;
			}
			Count count = GlossFactory.eINSTANCE.createCount();
			f.reading().applyTo(count);
			found.add(new Suggestion(count, f.begin(), f.end(), ID, "read as " + f.reading().describe()));
		}
		return found;
	}
}
