/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
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
 * A generated corpus of articles with annotation files, written straight to a folder (tests and
 * the corpus benchmark): seeded, every type with its attributes, claims linked to the source,
 * place and count next to them, a few comments, statuses and orphans, some Hangul, CJK and emoji.
 * The text is made of a word list written for Gloss's tests.
 */
final class CorpusFixture {

	private static final String[] WORDS = ("the a of in on at to from near across river bridge port market county "
			+ "officials said reported trucks barges tonnes coal rice fuel convoy customs clerk traders night "
			+ "week month prices fell rose crossed loaded moved border province city village road station "
			+ "according witnesses photographs satellite images showed about dozen hundreds several 장마당 국경 "
			+ "口岸 🚚").split(" ");
	private static final String[] CREATORS = { "ana", "ben", "chae-won", "dmitri" };
	private static final String[] PLACES = { "Hyesan", "Sinuiju", "Dandong", "Rason", "Namyang" };

	private CorpusFixture() {
	}

	/**
	 * Writes {@code articles} articles of {@code perArticle} annotations each under {@code folder},
	 * 100 articles to a sub-folder ({@code desk-007/article-00712.txt}); returns the annotations written.
	 */
	static long write(Path folder, int articles, int perArticle, long seed) throws IOException {
		IntStream.range(0, articles).parallel().forEach(n -> {
			try {
				Path article = folder.resolve(String.format("desk-%03d/article-%05d.txt", n / 100, n));
				Files.createDirectories(article.getParent());
				Random random = new Random(seed * 1_000_003 + n);
				String text = text(random, perArticle * 40 + 200);
				Files.writeString(article, text, StandardCharsets.UTF_8);
				GlossStore store = new GlossStore();
				store.save(document(text, perArticle, random, article.getFileName().toString()),
						GlossStore.annotationFileOf(article));
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		return (long) articles * perArticle;
	}

	static String text(Random random, int chars) {
		StringBuilder text = new StringBuilder(chars + 64);
		int words = 0;
		while (text.length() < chars) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			words++;
			text.append(words % 14 == 0 ? (words % 70 == 0 ? ".\n\n" : ". ") : " ");
		}
		return text.toString();
	}

	static AnnotatedDocument document(String text, int count, Random random, String name) {
		GlossFactory factory = GlossFactory.eINSTANCE;
		AnnotatedDocument document = new GlossStore().newDocument(null, name, "UTF-8", TextHash.of(text));
		int stride = Math.max(1, (text.length() - 64) / Math.max(1, count));
		Instant created = Instant.parse("2026-11-01T08:00:00Z");
		Source source = null;
		Location location = null;
		Count number = null;
		for (int i = 0; i < count; i++) {
			int begin = safe(text, i * stride);
			int end = safe(text, Math.min(text.length(), begin + 6 + random.nextInt(30)));
			Annotation annotation = switch (i % 4) {
			case 0 -> {
				source = factory.createSource();
				source.setName("resident " + (i % 40));
				source.setKind(SourceKind.ANONYMOUS_PERSON);
				source.setRole(i % 8 == 0 ? "vendor" : "driver");
				source.setReliability(Reliability.C);
				yield source;
			}
			case 1 -> {
				location = factory.createLocation();
				location.setName(PLACES[random.nextInt(PLACES.length)]);
				location.setKind(LocationKind.CITY);
				location.setCountryCode("KP");
				yield location;
			}
			case 2 -> {
				number = factory.createCount();
				number.setMin(BigDecimal.valueOf(10 + random.nextInt(200)));
				number.setQualifier(Qualifier.AT_LEAST);
				number.setUnit("vehicles");
				number.setPeriod("last night");
				yield number;
			}
			default -> {
				Claim claim = factory.createClaim();
				claim.setCertainty(i % 3 == 0 ? Certainty.REPORTED : Certainty.PROBABLE);
				claim.setCredibility(1 + random.nextInt(6));
				claim.getSources().add(source);
				claim.getLocations().add(location);
				claim.getCounts().add(number);
				yield claim;
			}
			};
			annotation.setId(new UUID(random.nextLong(), random.nextLong()).toString());
			Anchors.anchor(annotation, text, begin, end);
			annotation.setCreator(CREATORS[i % CREATORS.length]);
			annotation.setCreated(created.plusSeconds(i));
			annotation.setModified(created.plusSeconds(i));
			annotation.setStatus(i % 10 == 0 ? Status.CONFIRMED : i % 17 == 0 ? Status.DISPUTED : Status.DRAFT);
			if (i % 7 == 0) {
				annotation.setComment("checked against the photo caption " + (i % 11));
			}
			document.getAnnotations().add(annotation);
		}
		return document;
	}

	/** Moves an offset off the second half of a surrogate pair. */
	private static int safe(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1
				: offset;
	}
}
