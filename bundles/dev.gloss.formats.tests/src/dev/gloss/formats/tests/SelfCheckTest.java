/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.OffsetMap;
import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportException;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Location;

/**
 * Every exporter checks its output: a span whose exported text is not the quote fails the export
 * with the document and the annotation named, before anything of that document is written. The
 * whole export then stays unwritten.
 */
class SelfCheckTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "w3c", "w3c-jsonl", "brat", "csv", "jsonl", "conll", "xmi", "geojson" })
	void aSpanThatDoesNotReproduceItsQuoteFailsTheExport(String format) throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		GlossStore store = new GlossStore();
		AnnotatedDocument model = store.load(GlossStore.annotationFileOf(corpus.resolve(Fixtures.ROAD)));
		String text = dev.gloss.core.text.ArticleText.read(corpus.resolve(Fixtures.ROAD), null).text();
		// the village (it has coordinates, so GeoJSON writes it too), one UTF-16 unit off: half an ideograph
		Annotation shifted = model.getAnnotations().stream().filter(Location.class::isInstance).findFirst()
				.orElseThrow();
		shifted.setEnd(shifted.getEnd() - 1);
		shifted.setBegin(shifted.getBegin() + 2);
		ExportDocument document = new ExportDocument(Fixtures.ROAD, text, OffsetMap.of(text),
				URI.create("https://example.org/corpus/" + Fixtures.ROAD), List.copyOf(model.getAnnotations()), model);
		Path folder = Files.createDirectories(temp.resolve("out"));
		try (CorpusWriter writer = Formats.export(format).orElseThrow().open(folder, Exports.options()
				.withExportIri(URI.create("https://example.org/export/")))) {
			ExportException failure = assertThrows(ExportException.class, () -> writer.write(document));
			assertEquals(Fixtures.ROAD, failure.document());
			assertEquals(shifted.getId(), failure.annotationId());
			assertTrue(failure.getMessage().contains(Fixtures.ROAD) && failure.getMessage().contains(shifted.getId()),
					failure.getMessage());
		}
	}

	@Test
	void aCorpusWithABrokenDocumentIsNotExportedAtAll() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		// the article changes after it was annotated: its spans would point at the wrong text
		Path article = corpus.resolve(Fixtures.ROAD);
		Files.writeString(article, "Another text now.\n" + Files.readString(article));
		Path out = temp.resolve("out");
		ExportResult result = Exports.export("brat", corpus, out);
		assertFalse(result.written());
		assertFalse(Files.exists(out), "no half-written export");
		assertTrue(result.problems().stream().anyMatch(p -> p.toString().contains("changed since it was annotated")),
				result.problems().toString());
		try (var siblings = Files.list(temp)) {
			assertEquals(List.of("corpus"), siblings.map(p -> p.getFileName().toString())
					.filter(name -> !name.equals(".gloss.lock")).toList(),
					"no staging folder left behind");
		}
	}

	@Test
	void keepGoingWritesTheOtherDocumentsAndListsTheBrokenOne() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path article = corpus.resolve(Fixtures.ROAD);
		Files.writeString(article, "Another text now.\n" + Files.readString(article));
		Path out = temp.resolve("out");
		ExportResult result = new dev.gloss.formats.CorpusExport(Formats.export("brat").orElseThrow(),
				Exports.options()).keepGoing(true).run(List.of(corpus), out);
		assertTrue(result.written());
		assertTrue(result.hasErrors());
		assertEquals(1, result.documents());
		assertTrue(Files.exists(out.resolve(Fixtures.FERRY.replace(".txt", ".ann"))));
		assertFalse(Files.exists(out.resolve(Fixtures.ROAD.replace(".txt", ".ann"))));
	}
}
