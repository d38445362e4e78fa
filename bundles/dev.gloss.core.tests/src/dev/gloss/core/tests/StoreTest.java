/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Source;

/** The annotation file as git sees it: stable bytes, small diffs, nothing lost on the way. */
class StoreTest {

	@TempDir
	Path folder;

	private final GlossStore store = new GlossStore();

	@Test
	void everyAttributeAndLinkSurvivesSaveAndLoad() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Claim claim = Fixtures.annotateAll(document);
		document.save();

		AnnotatedDocument loaded = store.load(document.article().annotationFile());
		assertEquals("report.txt", loaded.getArticlePath());
		assertEquals("UTF-8", loaded.getCharset());
		assertEquals(GlossStore.SCHEMA_VERSION, loaded.getSchemaVersion());
		assertEquals(document.text().hash(), loaded.getTextHash());
		assertEquals(4, loaded.getAnnotations().size());
		Claim back = (Claim) loaded.getAnnotations().stream().filter(a -> a.getId().equals(claim.getId()))
				.findFirst().orElseThrow();
		assertEquals(claim.getQuote(), back.getQuote());
		assertEquals(claim.getPrefix(), back.getPrefix());
		assertEquals(claim.getSuffix(), back.getSuffix());
		assertEquals(claim.getBegin(), back.getBegin());
		assertEquals(claim.getEnd(), back.getEnd());
		assertEquals(Fixtures.CLOCK.instant(), back.getCreated());
		assertEquals("tester", back.getCreator());
		assertEquals(claim.getParaphrase(), back.getParaphrase());
		assertEquals(3, back.getCredibility());
		Source source = back.getSources().get(0);
		assertSame(loaded, source.eContainer(), "the link resolves to the loaded source, not a proxy");
		assertEquals("customs officer", source.getName());
		Location location = back.getLocations().get(0);
		assertEquals(41.40167, location.getLatitude());
		assertEquals(2044757L, location.getGeonamesId());
		Count count = back.getCounts().get(0);
		assertEquals(new BigDecimal("100"), count.getMin());
		assertEquals(null, count.getMax());
		assertEquals(Qualifier.AT_LEAST, count.getQualifier());
		assertEquals("upper end \"several hundred\" is vague & open; <see photo>\nsecond line", count.getComment());
	}

	@Test
	void loadingAndSavingAnUnchangedFileGivesTheSameBytes() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.annotateAll(document);
		document.save();
		Path file = document.article().annotationFile();
		byte[] first = Files.readAllBytes(file);

		store.save(store.load(file), file);
		assertArrayEquals(first, Files.readAllBytes(file));
		Corpus corpus = Corpus.open(folder);
		CorpusDocument reopened = corpus.open(corpus.article("report.txt"));
		reopened.save();
		assertArrayEquals(first, Files.readAllBytes(file));
	}

	@Test
	void theFileIsUtf8WithLfAndOneAnnotationPerLineInDocumentOrder() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.annotateAll(document);
		document.save();
		byte[] bytes = Files.readAllBytes(document.article().annotationFile());
		String content = new String(bytes, StandardCharsets.UTF_8);
		assertFalse(content.contains("\r"), "line ends are LF whatever the platform; CRs in values are escaped");
		assertTrue(content.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
		assertTrue(content.contains("丹东"), "non-ASCII is written as UTF-8, not as character references");
		List<String> annotationLines = content.lines().filter(line -> line.contains("<annotations ")).toList();
		assertEquals(4, annotationLines.size());
		List<Integer> begins = new ArrayList<>();
		for (String line : annotationLines) {
			assertTrue(line.endsWith("/>"), "a whole annotation on one line: " + line);
			begins.add(Integer.parseInt(line.replaceAll(".* begin=\"(\\d+)\".*", "$1")));
		}
		assertEquals(begins.stream().sorted().toList(), begins, "document order");
		String claimLine = annotationLines.stream().filter(line -> line.contains("gloss:Claim")).findFirst().orElseThrow();
		assertTrue(claimLine.matches(".* sources=\"[0-9a-f-]{36}\" .*"), "links are written as ids: " + claimLine);
		assertFalse(content.contains("//@annotations"), "no positional paths, which shift on every insert");
	}

	@Test
	void addingOneAnnotationChangesOnlyItsOwnLine() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.annotateAll(document);
		document.save();
		Path file = document.article().annotationFile();
		List<String> before = Files.readAllLines(file);

		Corpus corpus = Corpus.open(folder).withClock(Fixtures.CLOCK);
		CorpusDocument reopened = corpus.open(corpus.article("report.txt"));
		Annotation added = Fixtures.add(reopened, AnnotationType.LOCATION, "丹东");
		reopened.save();
		List<String> after = Files.readAllLines(file);

		assertEquals(before.size() + 1, after.size());
		List<String> addedLines = new ArrayList<>(after);
		for (String line : before) {
			assertTrue(addedLines.remove(line), "an old line changed: " + line);
		}
		assertEquals(1, addedLines.size());
		assertTrue(addedLines.get(0).contains(added.getId()));
		// and the old lines keep their order around it
		List<String> rest = new ArrayList<>(after);
		rest.remove(addedLines.get(0));
		assertEquals(before, rest);
	}

	@Test
	void annotationsAddedOutOfOrderAreSavedInDocumentOrder() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		AnnotatedDocument model = document.model();
		Annotation late = Fixtures.add(document, AnnotationType.LOCATION, "丹东");
		Annotation early = Fixtures.add(document, AnnotationType.LOCATION, "Hyesan");
		// simulate an editor that appended without keeping order
		model.getAnnotations().move(0, late);
		model.getAnnotations().move(1, early);
		document.save();
		AnnotatedDocument loaded = store.load(document.article().annotationFile());
		assertEquals(early.getId(), loaded.getAnnotations().get(0).getId());
		assertEquals(late.getId(), loaded.getAnnotations().get(1).getId());
	}
}
