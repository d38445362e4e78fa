// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;
import dev.gloss.suggest.Proposals;
import dev.gloss.suggest.Recommenders;
import dev.gloss.suggest.Suggester;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;
import dev.gloss.suggest.place.Gazetteer;
import dev.gloss.suggest.place.Place;

/** The recommenders on short texts written for the test, through the suggester. */
class RecommendersTest {

	private final Suggester suggester = new Suggester(Recommenders.builtIn(Gazetteer.shared()), Rejections.none());

	private List<Suggestion> suggest(String text) {
		return suggester.suggest(text, List.of(), new CorpusMemory());
	}

	private static Optional<Suggestion> at(List<Suggestion> suggestions, String text, String quote, AnnotationType type) {
		return suggestions.stream().filter(s -> s.type() == type && text.substring(s.begin(), s.end()).equals(quote))
				.findFirst();
	}

	@Test
	void gazetteerGivesGeoNamesIdsKindsCountriesAndCoordinatesForRomanisedNames() {
		String text = "Trucks from Sinuiju and Namp'o reached Dandong; the Ryanggang Province border is quiet.";
		List<Suggestion> found = suggest(text);
		Location sinuiju = (Location) at(found, text, "Sinuiju", AnnotationType.LOCATION).orElseThrow().proposal();
		assertEquals("KP", sinuiju.getCountryCode());
		assertEquals(2040893L, sinuiju.getGeonamesId());
		assertEquals(LocationKind.CITY, sinuiju.getKind());
		assertEquals(40.1, sinuiju.getLatitude(), 0.1);
		Location nampo = (Location) at(found, text, "Namp'o", AnnotationType.LOCATION).orElseThrow().proposal();
		assertEquals(1873757L, nampo.getGeonamesId());
		assertEquals("CN", ((Location) at(found, text, "Dandong", AnnotationType.LOCATION).orElseThrow().proposal())
				.getCountryCode());
		Location province = (Location) at(found, text, "Ryanggang Province", AnnotationType.LOCATION).orElseThrow()
				.proposal();
		assertEquals(LocationKind.PROVINCE, province.getKind());
	}

	@Test
	void anAmbiguousNameIsResolvedByTheArticlesOtherPlaces() {
		List<Place> places = Gazetteer.shared().lookup("Ungsang");
		assertTrue(places.size() > 1, "a name two countries share");
		String alone = "Prices rose in Ungsang this week.";
		String nearRason = "Fishing boats left Rason for Ungsang this week.";
		assertEquals("KR", ((Location) at(suggest(alone), alone, "Ungsang", AnnotationType.LOCATION).orElseThrow()
				.proposal()).getCountryCode());
		assertEquals("KP", ((Location) at(suggest(nearRason), nearRason, "Ungsang", AnnotationType.LOCATION)
				.orElseThrow().proposal()).getCountryCode());
	}

	@Test
	void personsNamesAndCommonWordsAreNotPlaces() {
		String text = "Mr Kim said the trade was slow. President Xi visited Beijing. Korea University staff agreed.";
		List<Suggestion> places = suggest(text).stream().filter(s -> s.type() == AnnotationType.LOCATION).toList();
		assertEquals(List.of("Beijing"), places.stream().map(s -> text.substring(s.begin(), s.end())).toList());
	}

	@Test
	void aClaimIsLinkedToItsSourceAndThePlacesAndCountsInside() {
		String text = "A customs broker in Dandong said that about 300 trucks crossed into Sinuiju last week.";
		List<Suggestion> found = suggest(text);
		Suggestion source = at(found, text, "A customs broker in Dandong", AnnotationType.SOURCE).orElseThrow();
		assertEquals(SourceKind.ANONYMOUS_PERSON, ((Source) source.proposal()).getKind());
		Suggestion claim = at(found, text, "about 300 trucks crossed into Sinuiju last week", AnnotationType.CLAIM)
				.orElseThrow();
		assertTrue(claim.linkedSuggestions().contains(source));
		assertTrue(claim.linkedSuggestions().contains(at(found, text, "Sinuiju", AnnotationType.LOCATION).orElseThrow()));
		assertTrue(claim.linkedSuggestions().contains(at(found, text, "about 300 trucks", AnnotationType.COUNT).orElseThrow()));
	}

	@Test
	void sourcesGetTheKindTheirWordsSuggest() {
		String text = "Prices doubled, Daily NK reported. The Chinese foreign ministry said it knew nothing. "
				+ "Imports fell, according to customs data. \"We cannot sleep at night,\" one smuggler told Radio Free Asia.";
		List<Suggestion> found = suggest(text);
		assertEquals(SourceKind.MEDIA_OUTLET, kind(found, text, "Daily NK"));
		assertEquals(SourceKind.GOVERNMENT, kind(found, text, "The Chinese foreign ministry"));
		assertEquals(SourceKind.OFFICIAL_DOCUMENT, kind(found, text, "customs data"));
		assertEquals(SourceKind.ANONYMOUS_PERSON, kind(found, text, "one smuggler"));
		assertEquals(SourceKind.MEDIA_OUTLET, kind(found, text, "Radio Free Asia"));
		assertTrue(at(found, text, "We cannot sleep at night", AnnotationType.CLAIM).isPresent(), "the quotation is the claim");
	}

	private static SourceKind kind(List<Suggestion> found, String text, String quote) {
		return ((Source) at(found, text, quote, AnnotationType.SOURCE).orElseThrow(() -> new AssertionError(quote))
				.proposal()).getKind();
	}

	@Test
	void corpusMemoryProposesWhatWasMarkedElsewhereWithItsAttributesAndLearnsAtOnce(@TempDir Path folder)
			throws IOException {
		Files.writeString(folder.resolve("a.txt"), "Traders met the Ministry of Trade officials.");
		Files.writeString(folder.resolve("b.txt"), "THE MINISTRY OF TRADE's statement and the ministry of  trade "
				+ "figures came late. Hyesanese cooks came.");
		Corpus corpus = Corpus.open(folder).withCreator("ana");
		CorpusDocument a = corpus.open(corpus.article("a.txt"));
		Source ministry = (Source) a.add(AnnotationType.SOURCE, 16, 33);
		ministry.setKind(SourceKind.GOVERNMENT);
		ministry.setReliability(Reliability.B);
		a.save();
		CorpusMemory memory = CorpusMemory.of(Corpus.open(folder));
		String b = Files.readString(folder.resolve("b.txt"));
		List<Suggestion> found = suggester.suggest(b, List.of(), memory).stream()
				.filter(s -> s.recommender().equals("memory")).toList();
		assertEquals(List.of("MINISTRY OF TRADE's", "ministry of  trade"),
				found.stream().map(s -> b.substring(s.begin(), s.end())).toList(), "case, spacing, possessive aside");
		assertEquals(Reliability.B, ((Source) found.get(0).proposal()).getReliability());
		assertEquals(SourceKind.GOVERNMENT, ((Source) found.get(0).proposal()).getKind());

		// accept one suggestion of a new passage: every other occurrence is proposed at once
		String c = "Cooks from Hyesanese kitchens. Hyesanese kitchens again.";
		CorpusDocument bDocument = corpus.open(corpus.article("b.txt"));
		Location kitchen = (Location) bDocument.add(AnnotationType.LOCATION, b.indexOf("Hyesanese"),
				b.indexOf("Hyesanese") + 9);
		kitchen.setStatus(Status.PROPOSED);
		Proposals.accept(bDocument, kitchen, "ana", memory);
		assertEquals(Status.DRAFT, kitchen.getStatus());
		assertEquals(2, suggester.suggest(c, List.of(), memory).stream()
				.filter(s -> s.recommender().equals("memory")).count());
	}

	@Test
	void rejectionsAreKeptBesideTheCorpusAndNotProposedAgain(@TempDir Path folder) throws IOException {
		Rejections rejections = Rejections.load(folder);
		rejections.add(AnnotationType.LOCATION, "Dandong's");
		rejections.save();
		String file = Files.readString(folder.resolve(Rejections.FILE_NAME), StandardCharsets.UTF_8);
		assertTrue(file.endsWith("Location\tdandong\n"), file);
		Suggester withRejections = new Suggester(Recommenders.builtIn(Gazetteer.shared()), Rejections.load(folder));
		String text = "Trucks left DANDONG and Sinuiju.";
		List<Suggestion> found = withRejections.suggest(text, List.of(), new CorpusMemory());
		assertFalse(at(found, text, "DANDONG", AnnotationType.LOCATION).isPresent());
		assertTrue(at(found, text, "Sinuiju", AnnotationType.LOCATION).isPresent());

		Files.writeString(folder.resolve(Rejections.FILE_NAME), "# comment\nPlace\tx\n");
		GlossFormatException bad = assertThrows(GlossFormatException.class, () -> Rejections.load(folder));
		assertEquals(2, bad.getLine());
	}

	@Test
	void nothingIsProposedWhereTheAnalystMarkedThatTypeAlready(@TempDir Path folder) throws IOException {
		String text = "Trucks left Dandong for Sinuiju.";
		Files.writeString(folder.resolve("a.txt"), text);
		Corpus corpus = Corpus.open(folder);
		CorpusDocument document = corpus.open(corpus.article("a.txt"));
		Annotation mine = document.add(AnnotationType.LOCATION, 12, 19);
		List<Suggestion> found = suggester.suggest(text, document.annotations(), new CorpusMemory());
		assertFalse(found.stream().anyMatch(s -> s.overlaps(mine.getBegin(), mine.getEnd())
				&& s.type() == AnnotationType.LOCATION));
		assertTrue(at(found, text, "Sinuiju", AnnotationType.LOCATION).isPresent());
	}

	@Test
	void proposalsCarryStatusCreatorReasonAndLinks(@TempDir Path folder) throws IOException {
		String text = "A trader in Hyesan said that 20 tons of rice crossed the Yalu River.";
		Files.writeString(folder.resolve("a.txt"), text);
		Corpus corpus = Corpus.open(folder);
		CorpusDocument document = corpus.open(corpus.article("a.txt"));
		List<Annotation> added = Proposals.add(document, suggest(text));
		assertTrue(added.stream().allMatch(a -> a.getStatus() == Status.PROPOSED));
		assertTrue(added.stream().allMatch(a -> a.getCreator().startsWith(Proposals.CREATOR_PREFIX)));
		Claim claim = (Claim) added.stream().filter(a -> a instanceof Claim).findFirst().orElseThrow();
		assertEquals(1, claim.getSources().size());
		assertEquals(1, claim.getCounts().size());
		assertEquals("Yalu River", claim.getLocations().get(0).getQuote());
		assertNotNull(claim.getComment());
		assertEquals(added.size(), Proposals.clear(document));
		assertTrue(document.annotations().isEmpty());
	}
}
