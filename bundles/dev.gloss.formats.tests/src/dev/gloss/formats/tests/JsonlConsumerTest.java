/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;

/**
 * Jackson reads corpus.jsonl line by line, and the spans sliced from "text" in code points (as
 * Python, spaCy and doccano index strings) are the quotes; doccano relations keep the claim links.
 */
class JsonlConsumerTest {

	@TempDir
	Path temp;

	@Test
	void spansSlicedInCodePointsAreTheQuotes() throws Exception {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("jsonl");
		Exports.export("jsonl", corpus, out);
		ObjectMapper mapper = new ObjectMapper();
		GlossStore store = new GlossStore();
		int documents = 0;
		try (BufferedReader reader = Files.newBufferedReader(out.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				JsonNode document = mapper.readTree(line);
				String path = document.get("meta").get("path").asText();
				Map<String, Annotation> byId = new HashMap<>();
				for (Annotation annotation : store.load(GlossStore.annotationFileOf(corpus.resolve(path)))
						.getAnnotations()) {
					byId.put(annotation.getId(), annotation);
				}
				int[] codePoints = document.get("text").asText().codePoints().toArray();
				JsonNode spans = document.get("spans");
				assertEquals(byId.size(), spans.size());
				for (int i = 0; i < spans.size(); i++) {
					JsonNode span = spans.get(i);
					String sliced = new String(codePoints, span.get("start").asInt(),
							span.get("end").asInt() - span.get("start").asInt());
					Annotation annotation = byId.get(span.get("id").asText());
					assertEquals(annotation.getQuote(), sliced);
					assertEquals(annotation.eClass().getName(), span.get("label").asText());
					JsonNode label = document.get("label").get(i);
					assertEquals(span.get("start").asInt(), label.get(0).asInt());
					assertEquals(span.get("end").asInt(), label.get(1).asInt());
				}
				int links = byId.values().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
						.mapToInt(c -> c.getSources().size() + c.getLocations().size() + c.getCounts().size()).sum();
				assertEquals(links, document.get("relations").size());
				documents++;
			}
		}
		assertEquals(2, documents);
	}
}
