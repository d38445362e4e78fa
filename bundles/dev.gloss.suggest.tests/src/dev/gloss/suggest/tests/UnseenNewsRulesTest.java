// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Location;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.suggest.Recommenders;
import dev.gloss.suggest.Suggester;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.count.CountNormaliser;
import dev.gloss.suggest.count.CountReading;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;
import dev.gloss.suggest.place.Gazetteer;

/**
 * The rules for news written in styles the evaluation corpus lacks (found with eval-heldout-2):
 * attribution after a quotation and quotations that go on, appositions, documents and images that
 * "show that", coordinated reports, wire datelines; numbers that are not figures; frequencies;
 * places under other names and romanisations. Texts written for the test.
 */
class UnseenNewsRulesTest {

	private final Suggester suggester = new Suggester(Recommenders.builtIn(Gazetteer.shared()), Rejections.none());

	private List<Suggestion> suggest(String text) {
		return suggester.suggest(text, List.of(), new CorpusMemory());
	}

	private static Optional<Suggestion> at(List<Suggestion> found, String text, String quote, AnnotationType type) {
		return found.stream().filter(s -> s.type() == type && text.substring(s.begin(), s.end()).equals(quote))
				.findFirst();
	}

	private static List<String> quotes(List<Suggestion> found, String text, AnnotationType type) {
		return found.stream().filter(s -> s.type() == type).map(s -> text.substring(s.begin(), s.end())).toList();
	}

	@Test
	void aQuotationThatGoesOnIsTheSameSpeakers() {
		String text = "\"Prices have doubled since the spring,\" said Pak Chol-su, a fishmonger in Rajin. "
				+ "\"Nobody here can afford squid any more.\"\n\n\"This is a new paragraph with no speaker.\"";
		List<Suggestion> found = suggest(text);
		Suggestion source = at(found, text, "Pak Chol-su", AnnotationType.SOURCE).orElseThrow();
		assertEquals(SourceKind.NAMED_PERSON, ((Source) source.proposal()).getKind());
		assertTrue(at(found, text, "Prices have doubled since the spring", AnnotationType.CLAIM).orElseThrow()
				.linkedSuggestions().contains(source));
		assertTrue(at(found, text, "Nobody here can afford squid any more", AnnotationType.CLAIM).orElseThrow()
				.linkedSuggestions().contains(source), "the quotation goes on in the next sentence");
		assertFalse(at(found, text, "This is a new paragraph with no speaker", AnnotationType.CLAIM).isPresent(),
				"a new paragraph is not the same speaker's");
	}

	@Test
	void appositionsLeaveTheNameAsTheSource() {
		String text = "Ri Yong-ae, 61, a retired teacher from Kanggye, said fuel was rationed again. "
				+ "The port's harbour master, Zhou Ming, confirmed that three ships were held.";
		List<Suggestion> found = suggest(text);
		assertEquals(List.of("Ri Yong-ae", "Zhou Ming"), quotes(found, text, AnnotationType.SOURCE));
		assertEquals(List.of("fuel was rationed again", "three ships were held"), quotes(found, text, AnnotationType.CLAIM));
	}

	@Test
	void documentsAndImagesReportWhatTheyShow() {
		String text = "Customs figures show that coal exports fell sharply. Rice imports rose in May, data from the "
				+ "trade ministry showed. Satellite photos indicate that new barracks were built. Satellite images show "
				+ "300 barges near the port. The visitor was shocked by its poor state.";
		List<Suggestion> found = suggest(text);
		assertEquals(List.of("Customs figures", "data from the trade ministry", "Satellite photos"),
				quotes(found, text, AnnotationType.SOURCE));
		assertEquals(List.of("coal exports fell sharply", "Rice imports rose in May", "new barracks were built"),
				quotes(found, text, AnnotationType.CLAIM));
		assertEquals(SourceKind.OFFICIAL_DOCUMENT, kind(found, text, "data from the trade ministry"));
		assertEquals(SourceKind.PHOTOGRAPH, kind(found, text, "Satellite photos"));
	}

	@Test
	void researchersEstimateThatAndCoordinatedReportsShareTheirSource() {
		String text = "Economists at the Hanmaru Institute estimate that exports had halved. The county office confirmed "
				+ "that the gate was closed but denied that anyone was arrested.";
		List<Suggestion> found = suggest(text);
		assertEquals(List.of("Economists at the Hanmaru Institute", "The county office"),
				quotes(found, text, AnnotationType.SOURCE));
		Suggestion office = at(found, text, "The county office", AnnotationType.SOURCE).orElseThrow();
		for (String claim : List.of("the gate was closed", "anyone was arrested")) {
			assertTrue(at(found, text, claim, AnnotationType.CLAIM).orElseThrow(() -> new AssertionError(claim))
					.linkedSuggestions().contains(office), claim);
		}
		assertTrue(at(found, text, "exports had halved", AnnotationType.CLAIM).isPresent());
	}

	@Test
	void aWireDatelineIsNotPartOfTheClaimAndItsPlaceIsFound() {
		String text = "Plants reopen in Hunchun\n\nHUNCHUN, China, March 3 (Asia Wire) - Seafood plants have "
				+ "reopened after the holiday, a manager said. Officials denied it, calling the report false.";
		List<Suggestion> found = suggest(text);
		assertTrue(at(found, text, "Seafood plants have reopened after the holiday", AnnotationType.CLAIM).isPresent(),
				quotes(found, text, AnnotationType.CLAIM).toString());
		assertTrue(at(found, text, "HUNCHUN", AnnotationType.LOCATION).isPresent(),
				"a dateline after a headline that ends with a name");
	}

	@Test
	void numbersThatDescribeTheSpeakerOrPointBackAreNotFigures() {
		String text = "Two drivers told reporters that 40 trucks crossed on Monday. Prices rose in all three markets, "
				+ "and the two brokers left town.";
		List<Suggestion> found = suggest(text);
		assertEquals(List.of("40 trucks"), quotes(found, text, AnnotationType.COUNT));
	}

	@Test
	void frequenciesAreRead() {
		CountNormaliser normaliser = new CountNormaliser();
		CountReading once = normaliser.read("once a week").orElseThrow();
		assertEquals(BigDecimal.ONE, once.value());
		assertEquals("times", once.unit());
		assertEquals("a week", once.period());
		CountReading range = normaliser.read("three or four times a week").orElseThrow();
		assertEquals(0, range.min().compareTo(BigDecimal.valueOf(3)));
		assertEquals(0, range.max().compareTo(BigDecimal.valueOf(4)));
		String text = "Guards patrol the river once a month. Once the paperwork settles, trade will grow.";
		assertEquals(List.of("once a month"), quotes(suggest(text), text, AnnotationType.COUNT));
	}

	@Test
	void placesUnderOtherNamesRomanisationsAndPossessives() {
		String text = "North Korea has fenced the river near Hoeryeong and Gimchaek, and traders in Shinuiju "
				+ "said China's customs had closed the Tumen customs office.";
		List<Suggestion> found = suggest(text);
		assertEquals(2044091L, location(found, text, "Hoeryeong").getGeonamesId());
		assertEquals(2043478L, location(found, text, "Gimchaek").getGeonamesId());
		assertEquals(2040893L, location(found, text, "Shinuiju").getGeonamesId());
		assertEquals("CN", location(found, text, "China").getCountryCode());
		assertEquals("Tumen", location(found, text, "Tumen").getName());
		assertFalse(at(found, text, "Tumen customs", AnnotationType.LOCATION).isPresent(), "the office is not a place");
	}

	@Test
	void otherNamesAreTrustedOnlyWhereTheArticleIs() {
		String near = "Traders in Antung, across the river from Sinuiju, said trade was slow.";
		assertEquals(2037886L, location(suggest(near), near, "Antung").getGeonamesId(), "Dandong's old name");
		String elsewhere = "Traders in Antung said trade was slow.";
		assertFalse(at(suggest(elsewhere), elsewhere, "Antung", AnnotationType.LOCATION).isPresent());
		assertTrue(Gazetteer.shared().lookup("Antung").isEmpty());
		assertFalse(Gazetteer.shared().lookupOther("Antung").isEmpty());
	}

	@Test
	void smallBorderTownsOfFiveHundredPeopleAreKnown() {
		String text = "Smugglers waited at Yangmulinzi, near Hunchun, police in Jilin said.";
		Location town = location(suggest(text), text, "Yangmulinzi");
		assertEquals("CN", town.getCountryCode());
		assertEquals(2033489L, town.getGeonamesId());
	}

	private static Location location(List<Suggestion> found, String text, String quote) {
		return (Location) at(found, text, quote, AnnotationType.LOCATION)
				.orElseThrow(() -> new AssertionError(quote + " in " + quotes(found, text, AnnotationType.LOCATION)))
				.proposal();
	}

	private static SourceKind kind(List<Suggestion> found, String text, String quote) {
		return ((Source) at(found, text, quote, AnnotationType.SOURCE).orElseThrow(() -> new AssertionError(quote))
				.proposal()).getKind();
	}
}
