/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;

/**
 * Writes the annotation files of the sample corpus (bundles/dev.gloss.samples/corpus) through the
 * Gloss API, the way an analyst would mark the articles. Ids and times are fixed so the files are
 * reproducible: {@code SampleCorpusTest} checks that the shipped files are exactly what this writes.
 */
public final class SampleAnnotator {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

	private final CorpusDocument document;
	private final String name;

	private SampleAnnotator(CorpusDocument document, String name) {
		this.document = document;
		this.name = name;
	}

	/** Usage: SampleAnnotator CORPUS_FOLDER (rewrites its .gloss files). */
	public static void main(String[] args) throws IOException {
		annotate(Path.of(args[0]));
	}

	static void annotate(Path folder) throws IOException {
		Corpus corpus = Corpus.open(folder).withCreator("gloss-samples").withClock(CLOCK);
		dandong(on(corpus, "border-trade/dandong-coal-barges.txt"));
		hyesan(on(corpus, "border-trade/hyesan-market-prices.txt"));
		nampo(on(corpus, "logistics/truck-convoy-nampo.txt"));
	}

	private static SampleAnnotator on(Corpus corpus, String article) throws IOException {
		CorpusDocument document = corpus.open(corpus.article(article));
		for (Annotation annotation : java.util.List.copyOf(document.annotations())) {
			document.remove(annotation);
		}
		return new SampleAnnotator(document, article);
	}

	private static void dandong(SampleAnnotator a) throws IOException {
		Location river = a.location("Yalu River", "Yalu River", LocationKind.RIVER, null, null, null, null);
		Location dandong = a.location("DANDONG, China", "Dandong", LocationKind.CITY, "CN", null, 40.12917, 124.39472);
		Source agent = a.source("A freight agent in Dandong", "freight agent", SourceKind.ANONYMOUS_PERSON,
				"deals with both sides of the river", Reliability.C);
		Count barges = a.count("\"at least 30 barges\"", null, "30", null, Qualifier.AT_LEAST, "barges", "since Monday");
		Count tons = a.count("between 500 and 800 tons of anthracite", null, "500", "800", Qualifier.EXACT,
				"tons of anthracite", "per barge");
		Claim passed = a.claim("\"at least 30 barges\" had passed the new bridge since Monday",
				"At least 30 coal barges passed the new bridge this week", Certainty.REPORTED, 3);
		passed.getSources().add(agent);
		passed.getLocations().add(river);
		passed.getCounts().add(barges);
		Claim load = a.claim("He estimated that each carried between 500 and 800 tons of anthracite",
				"Each barge carried 500-800 tons", Certainty.SPECULATIVE, 4);
		load.getSources().add(agent);
		load.getCounts().add(tons);
		Source watch = a.source("the monitoring group Open River Watch", "Open River Watch", SourceKind.ORGANISATION,
				"satellite image monitoring group", Reliability.B);
		Location sinuiju = a.location("Sinuiju", "Sinuiju", LocationKind.CITY, "KP", null, 40.10056, 124.39806);
		Count vessels = a.count("about a dozen vessels", "12", null, null, Qualifier.ABOUT, "vessels", null);
		Claim moored = a.claim("showed about a dozen vessels moored near Sinuiju",
				"About 12 vessels moored at Sinuiju, the most since October", Certainty.PROBABLE, 2);
		moored.getSources().add(watch);
		moored.getLocations().add(sinuiju);
		moored.getCounts().add(vessels);
		moored.setStatus(Status.CONFIRMED);
		dandong.setComment("dateline");
		a.save();
	}

	private static void hyesan(SampleAnnotator a) throws IOException {
		Location hyesan = a.location("HYESAN, North Korea", "Hyesan", LocationKind.CITY, "KP", null, 41.40167, 128.1775);
		Location market = a.location("장마당", "Hyesan market", LocationKind.MARKET, "KP", null, null, null);
		Source vendor = a.source("a resident told a reporter by phone", "grain vendor", SourceKind.ANONYMOUS_PERSON,
				"sells grain in the market", Reliability.C);
		Count price = a.count("6,200 won per kilogram", "6200", null, null, Qualifier.EXACT, "KPW per kg of rice",
				"last week");
		Count before = a.count("\"around 5,000 won\"", "5000", null, null, Qualifier.ABOUT, "KPW per kg of rice",
				"a month earlier");
		Claim rise = a.claim("The price of rice at the main market (장마당, jangmadang) in Hyesan rose to 6,200 won per kilogram last week",
				"Rice rose to 6,200 won/kg in Hyesan", Certainty.REPORTED, 3);
		rise.getSources().add(vendor);
		rise.getLocations().add(hyesan);
		rise.getLocations().add(market);
		rise.getCounts().add(price);
		rise.getCounts().add(before);
		Location changbai = a.location("Changbai County", "Changbai Korean Autonomous County", LocationKind.COUNTY, "CN",
				null, null, null);
		Source others = a.source("Two other sources in Ryanggang Province", "two residents",
				SourceKind.ANONYMOUS_PERSON, null, Reliability.UNRATED);
		Count porters = a.count("more than 20 porters (보따리상)", null, "20", null, Qualifier.MORE_THAN, "porters",
				"in a single night");
		Claim stopped = a.claim("border guards had stopped more than 20 porters (보따리상) carrying goods across the frozen river in a single night",
				"Guards stopped 20+ porters in one night", Certainty.ALLEGED, 4);
		stopped.getSources().add(others);
		stopped.getCounts().add(porters);
		stopped.setStatus(Status.DISPUTED);
		stopped.setComment("single source for the number; see the last paragraph");
		changbai.setComment("across the river from Hyesan");
		a.save();
	}

	private static void nampo(SampleAnnotator a) throws IOException {
		Location nampo = a.location("the port of Nampo", "Nampo", LocationKind.PORT, "KP", null, 38.7375, 125.40778);
		Source driver = a.source("One driver, interviewed in Yanji", "truck driver", SourceKind.ANONYMOUS_PERSON,
				"drove in the convoy", Reliability.C);
		Count trucks = a.count("12 trucks", "12", null, null, Qualifier.EXACT, "trucks", null);
		Count cars = a.count("\"about 40 cars\"", "40", null, null, Qualifier.ABOUT, "used cars", null);
		Count range = a.count("35 to 45", null, "35", "45", Qualifier.EXACT, "used cars", null);
		Location tumen = a.location("Tumen", "Tumen", LocationKind.CITY, "CN", null, 42.96611, 129.8425);
		Claim loaded = a.claim("his convoy of 12 trucks had loaded \"about 40 cars\" in Tumen before crossing",
				"A 12-truck convoy loaded about 40 cars in Tumen", Certainty.REPORTED, 3);
		loaded.getSources().add(driver);
		loaded.getLocations().add(tumen);
		loaded.getCounts().add(trucks);
		loaded.getCounts().add(cars);
		Source second = a.source("A second driver", "second truck driver", SourceKind.ANONYMOUS_PERSON, null,
				Reliability.C);
		Claim estimate = a.claim("A second driver put the number of cars at 35 to 45",
				"35 to 45 cars, by a second driver", Certainty.REPORTED, 2);
		estimate.getSources().add(second);
		estimate.getCounts().add(range);
		Source post = a.source("\"on the road again 🚚🚚🚚\"", "social media post", SourceKind.SOCIAL_MEDIA,
				"caption of a photo of the convoy", Reliability.F);
		post.setComment("the account's owner could not be reached");
		Source firm = a.source("An official at a logistics firm in Yanji", "logistics firm official",
				SourceKind.NAMED_PERSON, "logistics firm in Yanji", Reliability.D);
		Count shipments = a.count("\"fewer than 10\"", null, null, "10", Qualifier.FEWER_THAN, "shipments", "this year");
		Claim denial = a.claim("denied any link to the convoy", "The firm denies any link to the convoy",
				Certainty.DENIED, null);
		denial.getSources().add(firm);
		denial.getCounts().add(shipments);
		nampo.setStatus(Status.CONFIRMED);
		a.save();
	}

	private Location location(String passage, String normalised, LocationKind kind, String country, Long geonames,
			Double latitude, Double longitude) {
		Location location = (Location) add(AnnotationType.LOCATION, passage);
		location.setName(normalised);
		location.setKind(kind);
		location.setCountryCode(country);
		location.setGeonamesId(geonames);
		location.setLatitude(latitude);
		location.setLongitude(longitude);
		return location;
	}

	private Source source(String passage, String normalised, SourceKind kind, String role, Reliability reliability) {
		Source source = (Source) add(AnnotationType.SOURCE, passage);
		source.setName(normalised);
		source.setKind(kind);
		source.setRole(role);
		source.setReliability(reliability);
		return source;
	}

	private Count count(String passage, String value, String min, String max, Qualifier qualifier, String unit,
			String period) {
		Count count = (Count) add(AnnotationType.COUNT, passage);
		count.setValue(value == null ? null : new BigDecimal(value));
		count.setMin(min == null ? null : new BigDecimal(min));
		count.setMax(max == null ? null : new BigDecimal(max));
		count.setQualifier(qualifier);
		count.setUnit(unit);
		count.setPeriod(period);
		return count;
	}

	private Claim claim(String passage, String paraphrase, Certainty certainty, Integer credibility) {
		Claim claim = (Claim) add(AnnotationType.CLAIM, passage);
		claim.setParaphrase(paraphrase);
		claim.setCertainty(certainty);
		claim.setCredibility(credibility);
		return claim;
	}

	private Annotation add(AnnotationType type, String passage) {
		String text = document.text().text();
		int begin = text.indexOf(passage);
		if (begin < 0 || text.indexOf(passage, begin + 1) >= 0) {
			throw new IllegalArgumentException(name + ": passage not found exactly once: " + passage);
		}
		Annotation annotation = document.add(type, begin, begin + passage.length());
		// stable ids: the same sample regenerates the same file
		annotation.setId(UUID.nameUUIDFromBytes((name + "#" + type + "#" + passage).getBytes(
				java.nio.charset.StandardCharsets.UTF_8)).toString());
		return annotation;
	}

	private void save() throws IOException {
		document.save();
	}
}
