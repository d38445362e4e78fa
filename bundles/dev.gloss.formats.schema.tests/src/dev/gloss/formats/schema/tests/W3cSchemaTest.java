/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.schema.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.Formats;
import dev.gloss.samples.SampleCorpus;

/**
 * Every annotation of the W3C export of the sample corpus passes the W3C test suite's annotation MUST assertions
 * (web-platform-tests annotation-model, JSON Schema draft-04; copies in
 * fixtures/w3c-annotation-model with their provenance). The assertions refer to the definition
 * schemas by bare file name, so both are laid out in one folder and loaded from there.
 */
class W3cSchemaTest {

	private static final List<String> DEFINITIONS = List.of("annotations.json", "bodyTarget.json", "choiceSet.json",
			"id.json", "otherProperties.json", "specificResource.json");

	@TempDir
	Path temp;

	@Test
	void everyAnnotationPassesTheW3cMustAssertions() throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		Path schemas = Files.createDirectories(temp.resolve("schemas"));
		for (String definition : DEFINITIONS) {
			copy("w3c-annotation-model/definitions/" + definition, schemas.resolve(definition));
		}
		JsonNode musts;
		try (InputStream in = resource("w3c-annotation-model/annotations/annotationMusts.test")) {
			musts = mapper.readTree(in);
		}
		List<String> assertions = new ArrayList<>();
		musts.get("assertions").forEach(a -> assertions.add(a.asText()));
		assertEquals(14, assertions.size());
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
		List<JsonSchema> compiled = new ArrayList<>();
		for (String assertion : assertions) {
			Path file = schemas.resolve(assertion.substring(assertion.lastIndexOf('/') + 1));
			copy("w3c-annotation-model/" + assertion, file);
			compiled.add(factory.getSchema(file.toUri()));
		}

		Path corpus = SampleCorpus.copyTo(temp.resolve("corpus"));
		Path out = temp.resolve("w3c-jsonl");
		new CorpusExport(Formats.export("w3c-jsonl").orElseThrow(),
				ExportOptions.defaults().withBaseIri(java.net.URI.create("https://example.org/corpus/")))
				.run(List.of(corpus), out);
		List<String> lines = Files.readAllLines(out.resolve("annotations.jsonl"));
		assertTrue(lines.size() > 10, "the sample corpus has annotations of every type");
		for (String line : lines) {
			JsonNode annotation = mapper.readTree(line);
			for (int i = 0; i < compiled.size(); i++) {
				Set<ValidationMessage> errors = compiled.get(i).validate(annotation);
				String assertion = assertions.get(i);
				assertTrue(errors.isEmpty(), () -> assertion + " fails on " + annotation.get("id") + ": " + errors);
			}
		}
	}

	private static void copy(String resource, Path target) throws IOException {
		try (InputStream in = resource(resource)) {
			Files.copy(in, target);
		}
	}

	private static InputStream resource(String path) throws IOException {
		InputStream in = W3cSchemaTest.class.getResourceAsStream("/fixtures/" + path);
		if (in == null) {
			throw new IOException("fixture missing: " + path);
		}
		return in;
	}
}
