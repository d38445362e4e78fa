/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.gloss.cli.Main;
import dev.gloss.core.store.GlossStore;

/**
 * Hostile W3C input ends in bounded time with a clear message: a megabyte-long source IRI (was
 * quadratic: minutes), a quote that matches almost everywhere with a huge prefix (was quadratic in
 * the quote). The timeouts only catch a hang; they are no performance figure.
 */
class ImportBoundsTest {

	private static final Duration HANG = Duration.ofSeconds(60);
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path temp;

	private String[] run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new String[] { Integer.toString(code), err.toString(StandardCharsets.UTF_8) };
	}

	private static String annotation(String source, String exact, String prefix) {
		ObjectNode node = JSON.createObjectNode().put("type", "Annotation").put("id", "urn:uuid:"
				+ java.util.UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8)));
		node.putObject("body").put("type", "TextualBody").put("purpose", "tagging").put("value", "location");
		ObjectNode target = node.putObject("target").put("source", source);
		ObjectNode selector = target.putObject("selector").put("type", "TextQuoteSelector").put("exact", exact);
		if (prefix != null) {
			selector.put("prefix", prefix);
		}
		return node.toString();
	}

	@Test
	void aMegabyteSourceIsRefusedQuickly() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.writeString(corpus.resolve("a.txt"), "The port of Nampo reopened.\n");
		String source = "http://example.org/" + "x/".repeat(500_000) + "a.txt";
		Path jsonl = Files.writeString(temp.resolve("long.jsonl"), annotation(source, "Nampo", null) + "\n");
		String[] result = assertTimeoutPreemptively(HANG, () -> run("import", "--format", "w3c", "--into",
				corpus.toString(), jsonl.toString()));
		assertEquals("1", result[0], result[1]);
		assertTrue(result[1].contains(jsonl + ":1: error:") && result[1].contains("characters long; Gloss reads sources of up to 65536"),
				result[1].substring(0, Math.min(500, result[1].length())));
	}

	@Test
	void aLongSourceWithManySegmentsFindsItsArticle() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.writeString(Files.createDirectories(corpus.resolve("desk")).resolve("a.txt"),
				"The port of Nampo reopened.\n");
		String source = "http://example.org/" + "x/".repeat(30_000) + "desk/a.txt";
		Path jsonl = Files.writeString(temp.resolve("long.jsonl"), annotation(source, "Nampo", null) + "\n");
		String[] result = assertTimeoutPreemptively(HANG, () -> run("import", "--format", "w3c", "--into",
				corpus.toString(), jsonl.toString()));
		assertEquals("0", result[0], result[1]);
		assertEquals(1, new GlossStore().load(corpus.resolve("desk/a.txt.gloss")).getAnnotations().size());
	}

	@Test
	void aQuoteThatMatchesEverywhereEndsInBoundedTime() throws IOException {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Files.writeString(corpus.resolve("a.txt"), "a".repeat(300_000) + "\n");
		String quote = "a".repeat(100_000);
		Path jsonl = Files.writeString(temp.resolve("q.jsonl"),
				annotation("http://example.org/a.txt", quote, "a".repeat(100_000)) + "\n"
						+ annotation("http://example.org/a.txt#2", "a".repeat(100_000) + "b", null).replace("#2", "")
						+ "\n"
						+ annotation("http://example.org/a.txt#3", "a".repeat(1_999) + "b", null).replace("#3", "")
						+ "\n");
		String[] result = assertTimeoutPreemptively(HANG, () -> run("import", "--format", "w3c", "--into",
				corpus.toString(), jsonl.toString()));
		assertEquals("1", result[0], "the second quote is not in the article");
		assertTrue(result[1].contains("q.jsonl:2: error:") && result[1].contains("its passage is not in a.txt"),
				result[1].substring(0, Math.min(500, result[1].length())));
	}
}
