/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;

/**
 * An offset between the two halves of a surrogate pair (inside an emoji) is reported by validate,
 * with file, place and annotation, and export names the file and annotation instead of failing
 * with an internal error.
 */
class SplitCharacterTest {

	@TempDir
	Path temp;

	private String run(int expected, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertEquals(expected, code, all);
		return all;
	}

	@Test
	void validateReportsItAndExportNamesFileAndAnnotation() throws IOException {
		Path corpus = temp.resolve("corpus");
		String text = "Market day\nPrices rose 🚚 at the Hyesan market.\n";
		Path article = Files.writeString(Files.createDirectories(corpus).resolve("prices.txt"), text);
		GlossStore store = new GlossStore();
		Path file = GlossStore.annotationFileOf(article);
		AnnotatedDocument document = store.newDocument(file, "prices.txt", "UTF-8", TextHash.of(text));
		Location location = GlossFactory.eINSTANCE.createLocation();
		location.setId("loc-split");
		int truck = text.indexOf("🚚");
		location.setBegin(truck + 1); // between the two halves of the emoji
		location.setEnd(text.indexOf(" market"));
		// no quote: the only rule that could notice is the one about split characters
		document.getAnnotations().add(location);
		store.save(document, file);

		String validate = run(1, "validate", corpus.toString());
		assertTrue(validate.contains(article + ":2:14:"), validate);
		assertTrue(validate.contains("loc-split") && validate.contains("falls inside a character"), validate);

		String export = run(1, "export", "--format", "w3c", "--out", temp.resolve("out").toString(),
				corpus.toString());
		assertTrue(export.contains(article.toString()) && export.contains("loc-split"), export);
		assertFalse(export.contains("Exception") || export.contains("\tat "), export);
		assertFalse(Files.exists(temp.resolve("out")), "nothing exported");
	}
}
