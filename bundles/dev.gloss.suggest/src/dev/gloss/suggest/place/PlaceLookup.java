// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;

/**
 * The place a passage the analyst marked as a location names, looked up in the gazetteer: "Hyesan",
 * "the Yalu River", "Jilin Province", "신의주". Where a name has several places, the one in a country
 * of the article's other locations, or near one of them, is taken, then the best known; the reading
 * says how many there were so that the analyst can check it.
 */
public final class PlaceLookup {

	private static final Set<String> ARTICLES = Set.of("the", "a", "an"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Gazetteer gazetteer;

	public PlaceLookup(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/**
	 * What a marked passage names.
	 *
	 * @param quote the passage
	 * @param known the article's other locations: their countries and coordinates choose among
	 *              places of the same name
	 */
	public Optional<PlaceReading> read(String quote, Collection<? extends Location> known) {
		List<String> words = new ArrayList<>(List.of(quote.strip().replaceAll("[\\p{Punct}&&[^'’\\-]]+$", "") //$NON-NLS-1$ //$NON-NLS-2$
				.split("\\s+"))); //$NON-NLS-1$
		if (words.size() > 1 && ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			words.remove(0);
		}
		if (words.isEmpty() || words.get(0).isEmpty()) {
			return Optional.empty();
		}
		String name = String.join(" ", words); //$NON-NLS-1$
		Set<String> countries = new HashSet<>();
		List<Place> anchors = new ArrayList<>();
		for (Location location : known) {
			if (location.getCountryCode() != null) {
				countries.add(location.getCountryCode());
			}
			if (location.getLatitude() != null && location.getLongitude() != null) {
				anchors.add(new Place(0, "", LocationKind.CITY, "", location.getLatitude(), //$NON-NLS-1$ //$NON-NLS-2$
						location.getLongitude(), 0));
			}
		}
		List<Place> places = gazetteer.lookup(name);
		if (places.isEmpty()) {
			// marked as a place by the analyst: another name of one ("Shinuiju", "Antung") is safe to take
			places = gazetteer.lookupOther(name);
		}
		if (!places.isEmpty()) {
			return Optional.of(new PlaceReading(PlaceRecommender.best(places, countries, anchors), null, name,
					places.size()));
		}
		// "the Yalu River", "Changbai County": a named feature of a known place
		LocationKind feature = words.size() > 1
				? PlaceRecommender.FEATURES.get(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
				: null;
		if (feature == null) {
			return Optional.empty();
		}
		List<Place> of = gazetteer.lookup(String.join(" ", words.subList(0, words.size() - 1))); //$NON-NLS-1$
		if (feature == LocationKind.PROVINCE) {
			List<Place> provinces = of.stream().filter(p -> p.kind() == LocationKind.PROVINCE).toList();
			if (!provinces.isEmpty()) {
				return Optional.of(new PlaceReading(PlaceRecommender.best(provinces, countries, anchors), null, name,
						provinces.size()));
			}
		}
		Place near = of.isEmpty() ? null : PlaceRecommender.best(of, countries, anchors);
		return Optional.of(new PlaceReading(near, feature, name, of.size()));
	}
}
