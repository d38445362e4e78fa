/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.GlossStore;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;

/**
 * The formats Gloss both exports and imports besides brat and W3C ({@link RoundTripTest}): the
 * fixture corpus (a byte order mark, CRLF, Hangul, CJK, characters outside the BMP) exported and
 * imported back onto its articles gives back what each format carries, and leaves the articles
 * byte for byte as they were.
 */
class FormatRoundTripTest {

	@TempDir
	Path temp;

	private Path roundTrip(String format) throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Exports.export(format, corpus, temp.resolve(format));
		Path target = Fixtures.articles(temp.resolve("target"));
		ImportResult result = new CorpusImport(Formats.importer(format).orElseThrow(), ImportOptions.defaults())
				.run(List.of(temp.resolve(format)), target);
		assertTrue(result.written(), () -> result.problems().toString());
		assertEquals(0, result.articles(), "the articles are there already: none rewritten");
		for (String article : Fixtures.ARTICLES) {
			assertArrayEquals(Files.readAllBytes(corpus.resolve(article)), Files.readAllBytes(target.resolve(article)));
		}
		return target;
	}

	private static AnnotatedDocument load(Path corpus, String article) throws IOException {
		return new GlossStore().load(GlossStore.annotationFileOf(corpus.resolve(article)));
	}

	/** XMI carries every attribute and link, not merge conflicts: the files are the same without them. */
	@Test
	void xmiRoundTripsEveryAttributeAndLink() throws IOException {
		Path target = roundTrip("xmi");
		GlossStore store = new GlossStore();
		for (String article : Fixtures.ARTICLES) {
			AnnotatedDocument original = load(temp.resolve("corpus"), article);
			original.getAnnotations().forEach(annotation -> annotation.getConflicts().clear());
			assertEquals(new String(store.toBytes(original), StandardCharsets.UTF_8),
					new String(store.toBytes(load(target, article)), StandardCharsets.UTF_8), article);
		}
	}

	/** JSON Lines carries ids, types, spans and links. */
	@Test
	void jsonlRoundTripsIdsTypesSpansAndLinks() throws IOException {
		Path target = roundTrip("jsonl");
		for (String article : Fixtures.ARTICLES) {
			assertEquals(carried(load(temp.resolve("corpus"), article), true),
					carried(load(target, article), true), article);
		}
	}

	/** CoNLL carries types and token spans (not ids, not links, one span of each layer at a place). */
	@Test
	void conllRoundTripsTypesAndSpans() throws IOException {
		Path target = roundTrip("conll");
		for (String article : Fixtures.ARTICLES) {
			Set<String> original = carried(load(temp.resolve("corpus"), article), false);
			// the export leaves out the place nested in a source (IOB cannot nest); it warns about it
			original.removeIf(line -> line.startsWith("Location | 丹东 |"));
			assertEquals(original, carried(load(target, article), false), article);
		}
	}

	private static Set<String> carried(AnnotatedDocument document, boolean idsAndLinks) {
		Set<String> lines = new TreeSet<>();
		for (Annotation annotation : document.getAnnotations()) {
			List<String> parts = new ArrayList<>(List.of(annotation.eClass().getName(), annotation.getQuote(),
					annotation.getBegin() + ".." + annotation.getEnd(), annotation.getPrefix(), annotation.getSuffix()));
			if (idsAndLinks) {
				parts.add(annotation.getId());
				if (annotation instanceof Claim claim) {
					claim.getSources().forEach(a -> parts.add("source " + a.getId()));
					claim.getLocations().forEach(a -> parts.add("location " + a.getId()));
					claim.getCounts().forEach(a -> parts.add("count " + a.getId()));
				}
			}
			lines.add(String.join(" | ", parts));
		}
		return lines;
	}
}
