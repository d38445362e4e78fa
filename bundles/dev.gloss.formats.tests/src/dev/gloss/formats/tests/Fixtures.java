/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
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
 * The fixture corpus: two short articles written for these tests (fixtures/corpus), one UTF-8
 * with a byte order mark and CRLF line ends, one with LF; Hangul, Chinese, an ideograph and emoji
 * outside the BMP, spans that cross a line break, nest, and start right after an emoji. The
 * annotation files are built here with fixed ids and times, so exports are byte-stable.
 */
public final class Fixtures {

	public static final String FERRY = "asia/ferry-crlf-bom.txt";
	public static final String ROAD = "asia/mountain-road.txt";
	public static final List<String> ARTICLES = List.of(FERRY, ROAD);

	static final Instant CREATED = Instant.parse("2026-03-01T09:30:00Z");
	static final Instant MODIFIED = Instant.parse("2026-03-02T17:05:00Z");

	private Fixtures() {
	}

	/** Copies the articles into a folder, byte for byte, without annotation files. */
	public static Path articles(Path folder) throws IOException {
		for (String article : ARTICLES) {
			Path target = folder.resolve(article);
			Files.createDirectories(target.getParent());
			try (InputStream in = resource("corpus/" + article)) {
				Files.copy(in, target);
			}
		}
		return folder;
	}

	/** The articles with their annotation files. */
	public static Path corpus(Path folder) throws IOException {
		articles(folder);
		GlossStore store = new GlossStore();
		ferry(store, folder.resolve(FERRY));
		road(store, folder.resolve(ROAD));
		return folder;
	}

	public static InputStream resource(String path) throws IOException {
		InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path);
		if (in == null) {
			throw new IOException("fixture missing: " + path);
		}
		return in;
	}

	private static void ferry(GlossStore store, Path article) throws IOException {
		ArticleText text = ArticleText.read(article, null);
		AnnotatedDocument document = store.newDocument(GlossStore.annotationFileOf(article),
				article.getFileName().toString(), text.charset().name(), text.hash());
		String t = text.text();
		Source official = (Source) add(document, t, AnnotationType.SOURCE, "A harbour official named Park Min-jun", 1);
		official.setName("Park Min-jun");
		official.setKind(SourceKind.NAMED_PERSON);
		official.setRole("harbour official");
		official.setReliability(Reliability.C);
		Location dandong = (Location) add(document, t, AnnotationType.LOCATION, "단둥", 2);
		dandong.setName("Dandong");
		dandong.setKind(LocationKind.CITY);
		dandong.setCountryCode("CN");
		dandong.setGeonamesId(2037886L);
		dandong.setLatitude(40.1292);
		dandong.setLongitude(124.3947);
		Location sinuiju = (Location) add(document, t, AnnotationType.LOCATION, "신의주", 3);
		sinuiju.setName("Sinuiju");
		sinuiju.setKind(LocationKind.CITY);
		sinuiju.setCountryCode("KP");
		sinuiju.setLatitude(40.1006);
		sinuiju.setLongitude(124.3981);
		Count barges = (Count) add(document, t, AnnotationType.COUNT, "42 barges", 4);
		barges.setValue(new BigDecimal("42"));
		barges.setUnit("barges");
		barges.setPeriod("overnight");
		Claim crossing = (Claim) add(document, t, AnnotationType.CLAIM, "42 barges crossed from 단둥 to 신의주 overnight",
				5);
		crossing.setParaphrase("42 barges crossed the river during the night");
		crossing.setCertainty(Certainty.REPORTED);
		crossing.setCredibility(3);
		crossing.setStatus(Status.CONFIRMED);
		crossing.setComment("Check against satellite imagery.\r\nSecond line\twith a tab; a \\ backslash.");
		crossing.getSources().add(official);
		crossing.getLocations().add(dandong);
		crossing.getLocations().add(sinuiju);
		crossing.getCounts().add(barges);
		Source traders = (Source) add(document, t, AnnotationType.SOURCE, "Traders in 丹东", 6);
		traders.setName("traders");
		traders.setKind(SourceKind.OTHER);
		Location dandongChinese = (Location) add(document, t, AnnotationType.LOCATION, "丹东", 7);
		dandongChinese.setName("Dandong");
		Count coal = (Count) add(document, t, AnnotationType.COUNT, "about 1,200 tons of coal", 8);
		coal.setValue(new BigDecimal("1200"));
		coal.setQualifier(Qualifier.ABOUT);
		coal.setUnit("tons of coal");
		Source customs = (Source) add(document, t, AnnotationType.SOURCE, "The customs office", 9);
		customs.setKind(SourceKind.GOVERNMENT);
		customs.setReliability(Reliability.B);
		Claim loaded = (Claim) add(document, t, AnnotationType.CLAIM,
				"Traders in 丹东 reported that about 1,200 tons of coal were loaded, \"more than last week\" 📈.\r\n"
						+ "The customs office did not confirm the figure.",
				10);
		loaded.setCertainty(Certainty.ALLEGED);
		loaded.getSources().add(traders);
		loaded.getSources().add(customs);
		loaded.getLocations().add(dandongChinese);
		loaded.getCounts().add(coal);
		store.save(document, GlossStore.annotationFileOf(article));
	}

	private static void road(GlossStore store, Path article) throws IOException {
		ArticleText text = ArticleText.read(article, null);
		AnnotatedDocument document = store.newDocument(GlossStore.annotationFileOf(article),
				article.getFileName().toString(), text.charset().name(), text.hash());
		String t = text.text();
		Location village = (Location) add(document, t, AnnotationType.LOCATION, "𠮷野 village", 11);
		village.setName("Yoshino");
		village.setKind(LocationKind.VILLAGE);
		village.setLatitude(35.25);
		village.setLongitude(128.5);
		Source driver = (Source) add(document, t, AnnotationType.SOURCE, "a driver", 12);
		driver.setKind(SourceKind.ANONYMOUS_PERSON);
		Claim closed = (Claim) add(document, t, AnnotationType.CLAIM, "Rain closed the mountain road near 𠮷野 village",
				13);
		closed.setCertainty(Certainty.REPORTED);
		closed.getSources().add(driver);
		closed.getLocations().add(village);
		Count trucks = (Count) add(document, t, AnnotationType.COUNT, "at least 15 trucks", 14);
		trucks.setMin(new BigDecimal("15"));
		trucks.setQualifier(Qualifier.AT_LEAST);
		trucks.setUnit("trucks");
		trucks.setPeriod("for two days");
		Claim waited = (Claim) add(document, t, AnnotationType.CLAIM,
				"He said at least 15 trucks waited at the checkpoint 🚚🚚 for two days.", 15);
		waited.setStatus(Status.DISPUTED);
		waited.setCertainty(Certainty.REPORTED);
		waited.getSources().add(driver);
		waited.getCounts().add(trucks);
		Conflict conflict = GlossFactory.eINSTANCE.createConflict();
		conflict.setFeature("certainty");
		conflict.setBase("unspecified");
		conflict.setOurs("reported");
		conflict.setTheirs("alleged");
		conflict.setTheirsCreator("bo-ra");
		waited.getConflicts().add(conflict);
		Claim prices = (Claim) add(document, t, AnnotationType.CLAIM, "시장 상인들은 가격이 올랐다고 말했다.", 16);
		prices.setParaphrase("Market traders said prices went up 🙂");
		store.save(document, GlossStore.annotationFileOf(article));
	}

	private static Annotation add(AnnotatedDocument document, String text, AnnotationType type, String quote, int n) {
		int begin = text.indexOf(quote);
		if (begin < 0 || text.indexOf(quote, begin + 1) >= 0) {
			throw new IllegalStateException("fixture quote not found once: " + quote);
		}
		Annotation annotation = type.create();
		annotation.setId(String.format("00000000-0000-4000-8000-%012d", n));
		Anchors.anchor(annotation, text, begin, begin + quote.length());
		annotation.setCreator(n % 2 == 0 ? "min-ji" : "alex");
		annotation.setCreated(CREATED);
		annotation.setModified(MODIFIED);
		document.getAnnotations().add(annotation);
		return annotation;
	}
}
