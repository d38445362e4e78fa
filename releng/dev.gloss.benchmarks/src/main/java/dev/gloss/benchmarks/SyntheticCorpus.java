/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;

/**
 * Generated articles and annotations for benchmarks: every type, every attribute filled, claims
 * linked to sources, locations and counts, as an analyst's finished document would be. Seeded, so
 * every run measures the same data.
 */
public final class SyntheticCorpus {

	private static final String[] WORDS = { "trucks", "crossed", "the", "river", "border", "at", "least", "100",
			"vehicles", "customs", "officials", "said", "traders", "coal", "barges", "market", "prices", "rose",
			"장마당", "국경", "丹东", "口岸", "night", "port", "🚚", "according", "to", "residents", "Hyesan", "Dandong" };

	private SyntheticCorpus() {
	}

	/** Text of about {@code chars} UTF-16 units, in paragraphs with CRLF line ends. */
	public static String article(int chars, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(chars + 64);
		int sentence = 0;
		while (text.length() < chars) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			if (random.nextInt(12) == 0) {
				text.append(++sentence % 6 == 0 ? ".\r\n\r\n" : ". ");
			} else {
				text.append(' ');
			}
		}
		return text.toString();
	}

	/**
	 * A document of {@code count} annotations spread evenly over the text, a quarter of each type;
	 * each claim links the source, location and count next to it.
	 */
	public static AnnotatedDocument document(String text, int count, long seed) {
		Random random = new Random(seed);
		GlossFactory factory = GlossFactory.eINSTANCE;
		AnnotatedDocument document = new GlossStore().newDocument(null, "article.txt", "UTF-8", TextHash.of(text));
		List<Source> sources = new ArrayList<>();
		List<Location> locations = new ArrayList<>();
		List<Count> counts = new ArrayList<>();
		List<Claim> claims = new ArrayList<>();
		int stride = Math.max(1, (text.length() - 64) / count);
		Instant created = Instant.parse("2026-11-01T08:00:00Z");
		for (int i = 0; i < count; i++) {
			int begin = safe(text, i * stride);
			int end = safe(text, Math.min(text.length(), begin + 8 + random.nextInt(40)));
			var annotation = switch (i % 4) {
			case 0 -> {
				Source source = factory.createSource();
				source.setName("resident " + i);
				source.setKind(SourceKind.ANONYMOUS_PERSON);
				source.setRole("vendor");
				source.setReliability(Reliability.C);
				sources.add(source);
				yield source;
			}
			case 1 -> {
				Location location = factory.createLocation();
				location.setName("Hyesan");
				location.setKind(LocationKind.CITY);
				location.setCountryCode("KP");
				location.setGeonamesId(2044757L);
				location.setLatitude(41.40167);
				location.setLongitude(128.17750);
				locations.add(location);
				yield location;
			}
			case 2 -> {
				Count number = factory.createCount();
				number.setMin(BigDecimal.valueOf(100));
				number.setQualifier(Qualifier.AT_LEAST);
				number.setUnit("vehicles");
				number.setPeriod("last night");
				counts.add(number);
				yield number;
			}
			default -> {
				Claim claim = factory.createClaim();
				claim.setParaphrase("vehicles were smuggled across the river");
				claim.setCertainty(Certainty.REPORTED);
				claim.setCredibility(3);
				claims.add(claim);
				yield claim;
			}
			};
			annotation.setId(new UUID(random.nextLong(), random.nextLong()).toString());
			Anchors.anchor(annotation, text, begin, end);
			annotation.setCreator("analyst" + (i % 3));
			annotation.setCreated(created.plusSeconds(i));
			annotation.setModified(created.plusSeconds(i));
			annotation.setStatus(i % 10 == 0 ? Status.CONFIRMED : Status.DRAFT);
			if (i % 7 == 0) {
				annotation.setComment("checked against the photo caption");
			}
			document.getAnnotations().add(annotation);
		}
		for (int i = 0; i < claims.size(); i++) {
			Claim claim = claims.get(i);
			claim.getSources().add(sources.get(i));
			claim.getLocations().add(locations.get(i));
			claim.getCounts().add(counts.get(i));
		}
		return document;
	}

	/** Moves an offset off the second half of a surrogate pair. */
	private static int safe(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1
				: offset;
	}
}
