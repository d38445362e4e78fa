// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.place;

import java.util.Locale;

import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;

/**
 * What a marked location names, as {@link PlaceLookup} read it.
 *
 * @param place        the gazetteer's place; for a feature ("the Yalu River"), the place whose
 *                     name it bears, or null when the gazetteer has none
 * @param feature      the kind of a named feature, or null when the passage names the place itself
 * @param name         the name as marked, without a leading article
 * @param alternatives how many places bear the name (more than one: the analyst should check)
 */
public record PlaceReading(Place place, LocationKind feature, String name, int alternatives) {

	/**
	 * A proposed location (a place suggestion) as a reading: a place when it has coordinates or a
	 * GeoNames id, else a named feature of its kind.
	 */
	public static PlaceReading of(Location proposed) {
		boolean place = proposed.getGeonamesId() != null || proposed.getLatitude() != null;
		Place of = new Place(proposed.getGeonamesId() == null ? 0 : proposed.getGeonamesId(),
				String.valueOf(proposed.getName()), proposed.getKind(), proposed.getCountryCode(),
				proposed.getLatitude(), proposed.getLongitude(), 0);
		return place ? new PlaceReading(of, null, of.name(), 1) : new PlaceReading(of, proposed.getKind(), of.name(), 1);
	}

	/**
	 * Fills in what the analyst left empty: name, kind, country, GeoNames id and coordinates. A
	 * feature gets its own name and kind and its place's country, never the place's coordinates.
	 */
	public void fillIn(Location location) {
		if (feature != null) {
			setIfEmpty(location, name, feature, place == null ? null : place.countryCode());
			return;
		}
		setIfEmpty(location, place.name(), place.kind(), place.countryCode());
		if (location.getGeonamesId() == null && location.getLatitude() == null && location.getLongitude() == null) {
			if (place.geonamesId() > 0) {
				location.setGeonamesId(place.geonamesId());
			}
			location.setLatitude(place.latitude());
			location.setLongitude(place.longitude());
		}
	}

	private static void setIfEmpty(Location location, String name, LocationKind kind, String country) {
		if (location.getName() == null) {
			location.setName(name);
		}
		if (location.getKind() == LocationKind.UNSPECIFIED) {
			location.setKind(kind);
		}
		if (location.getCountryCode() == null && country != null) {
			location.setCountryCode(country);
		}
	}

	/** For the status line, short: "Hyesan, KP, GeoNames 2044757, 1 of 2 places so named". */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (feature != null) {
			text.append(name).append(", ").append(feature.getLiteral().replace('-', ' ')); //$NON-NLS-1$
			if (place != null) {
				text.append(", ").append(place.countryCode()); //$NON-NLS-1$
			}
			return text.toString();
		}
		text.append(place.name()).append(", ").append(place.countryCode()); //$NON-NLS-1$
		if (place.geonamesId() > 0) {
			text.append(", GeoNames ").append(place.geonamesId()); //$NON-NLS-1$
		}
		if (alternatives > 1) {
			text.append(String.format(Locale.ROOT, ", 1 of %d places so named", alternatives)); //$NON-NLS-1$
		}
		return text.toString();
	}
}
