// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.source;

import java.util.ArrayList;
import java.util.List;

import dev.gloss.model.GlossFactory;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.SuggestionRequest;
import dev.gloss.suggest.internal.Attributions;

/**
 * Proposes who the article's statements come from: the subject of a reporting verb ("a trader in
 * Hyesan said"), the phrase after "according to", the outlet someone "told", with the kind the
 * words suggest (media outlet, anonymous person, government, official document, named person).
 */
public final class SourceRecommender implements Recommender {

	public static final String ID = "sources";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Suggestion> suggest(SuggestionRequest request) {
		String text = request.text();
		List<Suggestion> found = new ArrayList<>();
		for (Attributions.Attribution attribution : new Attributions(text).find()) {
			if (attribution.source() != null) {
				found.add(source(text, attribution.source(), attribution.kind(), "the subject of a reporting verb"));
			}
			if (attribution.outlet() != null) {
				found.add(source(text, attribution.outlet(), SourceKind.MEDIA_OUTLET, "told"));
			}
		}
		return found;
	}

	private static Suggestion source(String text, Attributions.Range range, SourceKind kind, String why) {
		Source source = GlossFactory.eINSTANCE.createSource();
		source.setName(text.substring(range.begin(), range.end()));
		source.setKind(kind);
		return new Suggestion(source, range.begin(), range.end(), ID,
				why + (kind == SourceKind.UNSPECIFIED ? "" : ", " + kind.getLiteral().replace('-', ' ')));
	}
}
