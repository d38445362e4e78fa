/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.GlossStore;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Source;

/**
 * W3C annotations as other tools write them (a tagging body, a commenting body, a creator IRI,
 * positions that are off because the tool counted UTF-16 units) are anchored by their quote.
 */
class OtherToolsImportTest {

	@TempDir
	Path temp;

	@Test
	void anchorsByQuoteAndReadsTaggingAndCommentingBodies() throws IOException {
		Path corpus = Fixtures.articles(temp.resolve("corpus"));
		String json = """
				{
				  "@context": "http://www.w3.org/ns/anno.jsonld",
				  "id": "https://annotations.example.net/a/17",
				  "type": "Annotation",
				  "creator": "https://annotations.example.net/users/kim",
				  "created": "2025-12-01T10:00:00+09:00",
				  "body": [
				    {"type": "TextualBody", "purpose": "tagging", "value": "source"},
				    {"type": "TextualBody", "purpose": "commenting", "value": "unnamed, but on the scene"}
				  ],
				  "target": {
				    "source": "http://news.example.net/stories/asia/mountain-road.txt",
				    "selector": [
				      {"type": "TextPositionSelector", "start": 85, "end": 93},
				      {"type": "TextQuoteSelector", "exact": "a driver", "prefix": "village, ", "suffix": " told"}
				    ]
				  }
				}
				""";
		Path file = temp.resolve("from-another-tool.jsonld");
		Files.writeString(file, json);
		ImportResult result = new CorpusImport(Formats.importer("w3c").orElseThrow(), ImportOptions.defaults())
				.run(List.of(file), corpus);
		assertTrue(result.written(), () -> result.problems().toString());
		AnnotatedDocument document = new GlossStore()
				.load(GlossStore.annotationFileOf(corpus.resolve(Fixtures.ROAD)));
		assertEquals(1, document.getAnnotations().size());
		Annotation annotation = document.getAnnotations().get(0);
		assertTrue(annotation instanceof Source);
		assertEquals("a driver", annotation.getQuote());
		assertEquals("unnamed, but on the scene", annotation.getComment());
		assertEquals("https://annotations.example.net/users/kim", annotation.getCreator());
		assertEquals(java.time.Instant.parse("2025-12-01T01:00:00Z"), annotation.getCreated());
	}

	@Test
	void aQuoteNotInTheArticleStopsTheImportNamingFileAndAnnotation() throws IOException {
		Path corpus = Fixtures.articles(temp.resolve("corpus"));
		Path file = temp.resolve("bad.jsonl");
		Files.writeString(file, "{\"type\":\"Annotation\",\"id\":\"urn:uuid:6f1d0c5e-8d0b-4a57-9d55-3f0b1c2d3e4f\","
				+ "\"target\":{\"source\":\"asia/mountain-road.txt\",\"selector\":{\"type\":\"TextQuoteSelector\","
				+ "\"exact\":\"not in the article\"}}}\n");
		ImportResult result = new CorpusImport(Formats.importer("w3c").orElseThrow(), ImportOptions.defaults())
				.run(List.of(file), corpus);
		assertFalse(result.written());
		String problem = result.problems().get(0).toString();
		assertTrue(problem.contains("bad.jsonl:1") && problem.contains("6f1d0c5e"), problem);
		assertFalse(Files.exists(GlossStore.annotationFileOf(corpus.resolve(Fixtures.ROAD))));
	}
}
