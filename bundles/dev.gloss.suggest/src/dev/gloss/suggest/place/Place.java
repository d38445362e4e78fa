// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.place;

import dev.gloss.model.LocationKind;

/**
 * A place of the gazetteer.
 *
 * @param geonamesId  its GeoNames id, 0 when the data set that named it has none
 * @param name        its GeoNames name ("Sinŭiju")
 * @param kind        country, province (first-level region), city or town
 * @param countryCode ISO 3166-1 alpha-2
 * @param latitude    null for countries and regions
 * @param longitude   null for countries and regions
 * @param population  0 when unknown
 */
public record Place(long geonamesId, String name, LocationKind kind, String countryCode, Double latitude,
		Double longitude, long population) {

	/** Great-circle distance in kilometres, or infinity when either has no coordinates. */
	public double distanceTo(Place other) {
		if (latitude == null || other.latitude == null) {
			return Double.POSITIVE_INFINITY;
		}
		double lat1 = Math.toRadians(latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}
}
