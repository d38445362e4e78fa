/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;

/** Articles and documents the tests share; the text is our own. */
final class Fixtures {

	/**
	 * CRLF line ends, Hangul, CJK and characters outside the BMP (two emoji) before the passages
	 * that get annotated, so every offset after them differs between UTF-16 and code points.
	 */
	static final String TEXT = "Border market report 🚚\r\n"
			+ "\r\n"
			+ "Traders at the 장마당 in Hyesan said at least 100 to several hundred vehicles waited.\r\n"
			+ "A driver in 丹东 counted 27 used cars last night 😀, a customs officer said.\r\n";

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:15:30Z"), ZoneOffset.UTC);

	private Fixtures() {
	}

	/** Writes {@link #TEXT} as UTF-8 with a byte order mark. */
	static Path writeArticle(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		Files.write(file, all);
		return file;
	}

	static int offsetOf(String passage) {
		int at = TEXT.indexOf(passage);
		if (at < 0) {
			throw new IllegalArgumentException("not in the fixture: " + passage);
		}
		return at;
	}

	static CorpusDocument openFresh(Path folder, String name) throws IOException {
		writeArticle(folder, name);
		Corpus corpus = Corpus.open(folder).withCreator("tester").withClock(CLOCK);
		return corpus.open(corpus.article(name));
	}

	/** One annotation of each type with every attribute set, the claim linked to the others. */
	static Claim annotateAll(CorpusDocument document) {
		Source source = (Source) add(document, AnnotationType.SOURCE, "a customs officer");
		source.setName("customs officer");
		source.setKind(SourceKind.ANONYMOUS_PERSON);
		source.setRole("official at the Dandong crossing");
		source.setReliability(Reliability.C);
		Location location = (Location) add(document, AnnotationType.LOCATION, "Hyesan");
		location.setName("Hyesan");
		location.setKind(LocationKind.CITY);
		location.setCountryCode("KP");
		location.setGeonamesId(2044757L);
		location.setLatitude(41.40167);
		location.setLongitude(128.1775);
		Count count = (Count) add(document, AnnotationType.COUNT, "at least 100 to several hundred vehicles");
		count.setMin(new BigDecimal("100"));
		count.setQualifier(Qualifier.AT_LEAST);
		count.setUnit("vehicles");
		count.setComment("upper end \"several hundred\" is vague & open; <see photo>\nsecond line");
		Claim claim = (Claim) add(document, AnnotationType.CLAIM, "A driver in 丹东 counted 27 used cars last night 😀");
		claim.setParaphrase("27 used cars crossed overnight");
		claim.setCertainty(Certainty.REPORTED);
		claim.setCredibility(3);
		claim.getSources().add(source);
		claim.getLocations().add(location);
		claim.getCounts().add(count);
		return claim;
	}

	static dev.gloss.model.Annotation add(CorpusDocument document, AnnotationType type, String passage) {
		int begin = offsetOf(passage);
		return document.add(type, begin, begin + passage.length());
	}
}
