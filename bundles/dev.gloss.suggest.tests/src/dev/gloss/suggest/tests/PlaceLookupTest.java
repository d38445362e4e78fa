// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.suggest.place.Gazetteer;
import dev.gloss.suggest.place.PlaceLookup;
import dev.gloss.suggest.place.PlaceReading;

/**
 * A location the analyst marks by hand is looked up in the gazetteer: a place's name, country,
 * GeoNames id and coordinates, a named feature's kind and country; a name several places bear is
 * resolved by the article's other locations; what the analyst typed stays.
 */
class PlaceLookupTest {

	private final PlaceLookup lookup = new PlaceLookup(Gazetteer.shared());

	private static Location location() {
		return GlossFactory.eINSTANCE.createLocation();
	}

	@Test
	void aMarkedCityGetsItsGazetteerEntry() {
		Location hyesan = location();
		PlaceReading reading = lookup.read("Hyesan", List.of()).orElseThrow();
		reading.fillIn(hyesan);
		assertEquals("KP", hyesan.getCountryCode());
		assertEquals(LocationKind.CITY, hyesan.getKind());
		assertNotNull(hyesan.getGeonamesId());
		assertTrue(hyesan.getLatitude() > 41 && hyesan.getLatitude() < 42, "Hyesan lies at 41.4 N: " + hyesan.getLatitude());
		assertTrue(reading.describe().contains("KP"), reading.describe());
	}

	@Test
	void aLeadingArticleAndTrailingPunctuationAreNotPartOfTheName() {
		Location dandong = location();
		lookup.read("the Dandong,", List.of()).orElseThrow().fillIn(dandong);
		assertEquals("CN", dandong.getCountryCode());
	}

	@Test
	void aNamedFeatureGetsItsKindAndCountryButNotTheTownsCoordinates() {
		Location river = location();
		PlaceReading reading = lookup.read("the Hyesan River", List.of()).orElseThrow();
		reading.fillIn(river);
		assertEquals("Hyesan River", river.getName());
		assertEquals(LocationKind.RIVER, river.getKind());
		assertEquals("KP", river.getCountryCode());
		assertNull(river.getGeonamesId(), "the river is not the town");
		assertNull(river.getLatitude());
	}

	@Test
	void aProvinceNamedAsSuchIsTheProvinceNotTheCity() {
		Location jilin = location();
		lookup.read("Jilin Province", List.of()).orElseThrow().fillIn(jilin);
		assertEquals(LocationKind.PROVINCE, jilin.getKind());
		assertEquals("CN", jilin.getCountryCode());
	}

	@Test
	void aNameOfSeveralPlacesIsResolvedByTheArticlesOtherLocations() {
		PlaceReading alone = lookup.read("Ungsang", List.of()).orElseThrow();
		assertTrue(alone.alternatives() > 1, "a name two countries share");
		assertTrue(alone.describe().contains("1 of " + alone.alternatives() + " places so named"), alone.describe());
		Location rason = location();
		lookup.read("Rason", List.of()).orElseThrow().fillIn(rason);
		Location ungsang = location();
		lookup.read("Ungsang", List.of(rason)).orElseThrow().fillIn(ungsang);
		assertEquals("KP", ungsang.getCountryCode(), "the article's other place is in North Korea");
	}

	@Test
	void whatTheAnalystTypedStays() {
		Location typed = location();
		typed.setName("Hyesan city");
		typed.setCountryCode("KP");
		typed.setLatitude(41.0);
		typed.setLongitude(128.0);
		lookup.read("Hyesan", List.of()).orElseThrow().fillIn(typed);
		assertEquals("Hyesan city", typed.getName());
		assertEquals(41.0, typed.getLatitude());
		assertNull(typed.getGeonamesId(), "coordinates typed: no other place's id next to them");
		assertEquals(LocationKind.CITY, typed.getKind(), "what was empty is filled");
	}

	@Test
	void anotherRomanisationOfAKoreanPlaceIsFound() {
		Location sinuiju = location();
		lookup.read("Shinuiju", List.of()).orElseThrow().fillIn(sinuiju);
		assertEquals("KP", sinuiju.getCountryCode());
		assertNotNull(sinuiju.getGeonamesId());
	}

	@Test
	void aWordTheGazetteerDoesNotKnowIsNoPlace() {
		assertTrue(lookup.read("Qwertzuiopland", List.of()).isEmpty());
		assertTrue(lookup.read("   ", List.of()).isEmpty());
		assertTrue(lookup.read("the", List.of()).isEmpty());
	}
}
