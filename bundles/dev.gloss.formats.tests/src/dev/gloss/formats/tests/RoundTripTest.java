/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.ArticleText;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;

/**
 * Export then import gives back the same annotations: the imported annotation files are byte for
 * byte the originals (ids, offsets, quotes, prefixes, suffixes, every attribute, links, conflicts,
 * times), on text with a BOM, CRLF, Hangul, CJK and characters outside the BMP.
 */
class RoundTripTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bratRoundTrip(boolean utf16) throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Exports.export("brat", Exports.options().withUtf16Offsets(utf16), corpus, temp.resolve("brat"));
		Path imported = temp.resolve("imported");
		ImportResult result = new CorpusImport(Formats.importer("brat").orElseThrow(),
				ImportOptions.defaults().withUtf16Offsets(utf16)).run(List.of(temp.resolve("brat")), imported);
		assertTrue(result.written(), () -> result.problems().toString());
		assertEquals(2, result.articles());
		assertEquals(16, result.added());
		assertSameAnnotations(corpus, imported);
		for (String article : Fixtures.ARTICLES) {
			assertArrayEquals(Files.readAllBytes(corpus.resolve(article)), Files.readAllBytes(imported.resolve(article)),
					article + ": the article comes back byte for byte, byte order mark and CRLF included");
		}
	}

	@Test
	void bratOffsetsInTheWrongUnitAreRefusedNotMisplaced() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Exports.export("brat", Exports.options().withUtf16Offsets(true), corpus, temp.resolve("brat"));
		Path imported = temp.resolve("imported");
		ImportResult result = new CorpusImport(Formats.importer("brat").orElseThrow(), ImportOptions.defaults())
				.run(List.of(temp.resolve("brat")), imported);
		// the quotes no longer match after the first emoji: the import stops and writes nothing
		assertFalse(result.written());
		assertFalse(Files.exists(imported.resolve(Fixtures.ROAD)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "folder", "collection", "jsonl" })
	void w3cRoundTrip(String source) throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		String format = source.equals("jsonl") ? "w3c-jsonl" : "w3c";
		Path export = temp.resolve("w3c");
		Exports.export(format, Exports.options().withPageSize(3), corpus, export);
		Path target = Fixtures.articles(temp.resolve("target"));
		Path from = switch (source) {
			case "collection" -> export.resolve("collection.jsonld");
			case "jsonl" -> export.resolve("annotations.jsonl");
			default -> export;
		};
		ImportResult result = new CorpusImport(Formats.importer("w3c").orElseThrow(),
				ImportOptions.defaults().withBaseIri(Exports.BASE)).run(List.of(from), target);
		assertTrue(result.written(), () -> result.problems().toString());
		assertEquals(16, result.added());
		assertEquals(0, result.articles());
		assertSameAnnotations(corpus, target);
	}

	@Test
	void importingTwiceReplacesInsteadOfDuplicating() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Exports.export("w3c", corpus, temp.resolve("w3c"));
		Path target = Fixtures.articles(temp.resolve("target"));
		CorpusImport w3c = new CorpusImport(Formats.importer("w3c").orElseThrow(), ImportOptions.defaults());
		w3c.run(List.of(temp.resolve("w3c")), target);
		ImportResult again = w3c.run(List.of(temp.resolve("w3c")), target);
		assertTrue(again.written(), () -> again.problems().toString());
		assertEquals(0, again.added());
		assertEquals(16, again.replaced());
		assertSameAnnotations(corpus, target);
	}

	@Test
	void w3cSourcesWithoutBaseIriAreMatchedByTheirPath() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		// no base IRI: sources are urn:x-gloss:article:PATH, the same wherever the corpus is
		Exports.export("w3c", Exports.options().withBaseIri(null), corpus, temp.resolve("w3c"));
		Path target = Fixtures.articles(temp.resolve("elsewhere"));
		ImportResult result = new CorpusImport(Formats.importer("w3c").orElseThrow(), ImportOptions.defaults())
				.run(List.of(temp.resolve("w3c")), target);
		assertTrue(result.written(), () -> result.problems().toString());
		assertSameAnnotations(corpus, target);
	}

	static void assertSameAnnotations(Path expected, Path actual) throws IOException {
		GlossStore store = new GlossStore();
		for (String article : Fixtures.ARTICLES) {
			Path original = GlossStore.annotationFileOf(expected.resolve(article));
			Path imported = GlossStore.annotationFileOf(actual.resolve(article));
			assertEquals(ArticleText.read(expected.resolve(article), null).text(),
					ArticleText.read(actual.resolve(article), null).text(), article);
			assertEquals(new String(store.toBytes(store.load(original)), java.nio.charset.StandardCharsets.UTF_8),
					new String(store.toBytes(store.load(imported)), java.nio.charset.StandardCharsets.UTF_8),
					article);
			assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(imported), article);
		}
	}
}
