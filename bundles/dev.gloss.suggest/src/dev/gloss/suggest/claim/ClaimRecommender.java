// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.claim;

import java.util.ArrayList;
import java.util.List;

import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.Source;
import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.SuggestionRequest;
import dev.gloss.suggest.internal.Attributions;

/**
 * Proposes the clauses a reporting verb or a quotation carries as claims, certainty "reported",
 * already linked to the source they are attributed to and to the places and counts inside them,
 * whether those are the analyst's annotations or other suggestions.
 */
public final class ClaimRecommender implements Recommender {

	public static final String ID = "claims";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean links() {
		return true;
	}

	@Override
	public List<Suggestion> suggest(SuggestionRequest request) {
		String text = request.text();
		List<Suggestion> found = new ArrayList<>();
		for (Attributions.Attribution attribution : new Attributions(text).find()) {
			Attributions.Range range = attribution.claim();
			if (range == null || found.stream().anyMatch(s -> s.begin() == range.begin() && s.end() == range.end())) {
				continue;
			}
			Claim claim = GlossFactory.eINSTANCE.createClaim();
			claim.setCertainty(Certainty.REPORTED);
			Suggestion suggestion = new Suggestion(claim, range.begin(), range.end(), ID,
					"carried by a reporting verb or a quotation");
			for (Attributions.Range source : sourcesOf(attribution)) {
				linkSource(request, suggestion, source);
			}
			for (Suggestion other : request.earlier()) {
				if ((other.proposal() instanceof Location || other.proposal() instanceof Count)
						&& range.contains(other.begin(), other.end())) {
					suggestion.link(other);
				}
			}
			for (Annotation existing : request.existing()) {
				if ((existing instanceof Location || existing instanceof Count)
						&& range.contains(existing.getBegin(), existing.getEnd())) {
					suggestion.link(existing);
				}
			}
			found.add(suggestion);
		}
		return found;
	}

	private static List<Attributions.Range> sourcesOf(Attributions.Attribution attribution) {
		List<Attributions.Range> sources = new ArrayList<>();
		if (attribution.source() != null) {
			sources.add(attribution.source());
		}
		return sources;
	}

	/** Links the analyst's source or the suggested one that covers the attributed phrase. */
	private static void linkSource(SuggestionRequest request, Suggestion claim, Attributions.Range range) {
		for (Annotation existing : request.existing()) {
			if (existing instanceof Source && existing.getBegin() < range.end() && range.begin() < existing.getEnd()) {
				claim.link(existing);
				return;
			}
		}
		for (Suggestion other : request.earlier()) {
			if (other.proposal() instanceof Source && other.overlaps(range.begin(), range.end())) {
				claim.link(other);
				return;
			}
		}
	}
}
