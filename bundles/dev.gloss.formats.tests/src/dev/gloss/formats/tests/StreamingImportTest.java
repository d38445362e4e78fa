/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.WriteLock;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;
import dev.gloss.formats.ProgressMonitor;
import dev.gloss.formats.internal.Values;
import dev.gloss.model.AnnotatedDocument;

/**
 * Imports read one document at a time and write it at once (staged), whatever the order of the
 * input: the result is the one the whole input read first would give.
 */
class StreamingImportTest {

	@TempDir
	Path temp;

	/**
	 * W3C annotations of two articles in any order (interleaved, a claim before the sources it links
	 * to, one article's annotations split around the other's): the same annotation files, byte for
	 * byte, as the export in its own order.
	 */
	@Test
	void w3cAnnotationsInAnyOrderGiveTheSameFiles() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Exports.export("w3c-jsonl", corpus, temp.resolve("w3c"));
		List<String> lines = Files.readAllLines(temp.resolve("w3c/annotations.jsonl"), StandardCharsets.UTF_8);
		List<String> ferry = lines.stream().filter(l -> l.contains("ferry-crlf-bom")).toList();
		List<String> road = lines.stream().filter(l -> !l.contains("ferry-crlf-bom")).toList();
		assertEquals(lines.size(), ferry.size() + road.size());
		assertTrue(ferry.size() > 2 && road.size() > 2);

		List<List<String>> orders = new ArrayList<>();
		List<String> interleaved = new ArrayList<>();
		for (int i = 0; i < Math.max(ferry.size(), road.size()); i++) {
			if (i < road.size()) {
				interleaved.add(road.get(road.size() - 1 - i)); // backwards: claims before their links
			}
			if (i < ferry.size()) {
				interleaved.add(ferry.get(i));
			}
		}
		orders.add(interleaved);
		List<String> split = new ArrayList<>(ferry.subList(0, 2));
		split.addAll(road);
		split.addAll(ferry.subList(2, ferry.size()));
		orders.add(split);
		List<String> shuffled = new ArrayList<>(lines);
		Collections.shuffle(shuffled, new Random(12));
		orders.add(shuffled);

		for (int n = 0; n < orders.size(); n++) {
			Path source = temp.resolve("order-" + n + ".jsonl");
			Files.write(source, orders.get(n), StandardCharsets.UTF_8);
			Path target = Fixtures.articles(temp.resolve("target-" + n));
			ImportResult result = new CorpusImport(Formats.importer("w3c").orElseThrow(), ImportOptions.defaults())
					.run(List.of(source), target);
			assertTrue(result.written(), () -> result.problems().toString());
			assertEquals(lines.size(), result.added());
			assertEquals(2, result.documents());
			RoundTripTest.assertSameAnnotations(corpus, target);
		}
	}

	/** A page met through its collection and again in the folder is read once: no duplicates. */
	@Test
	void annotationsWithoutIdsInAnExportFolderAreImportedOnce() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path export = temp.resolve("w3c");
		Exports.export("w3c", Exports.options().withPageSize(3), corpus, export);
		int total = 0;
		try (Stream<Path> files = Files.list(export)) {
			for (Path page : files.filter(p -> p.getFileName().toString().startsWith("page-")).toList()) {
				String json = Files.readString(page, StandardCharsets.UTF_8);
				// annotation ids are urn:uuid: IRIs; a tool that writes none leaves them out
				String stripped = json.replaceAll("\"id\" : \"urn:uuid:[0-9a-f-]+\",\\s*", "");
				total += (json.length() - stripped.length()) > 0 ? 1 : 0;
				Files.writeString(page, stripped, StandardCharsets.UTF_8);
			}
		}
		assertTrue(total > 1, "the pages held annotations with ids");
		Path target = Fixtures.articles(temp.resolve("target"));
		ImportResult result = new CorpusImport(Formats.importer("w3c").orElseThrow(),
				ImportOptions.defaults().withBaseIri(Exports.BASE)).run(List.of(export), target);
		assertTrue(result.written(), () -> result.problems().toString());
		GlossStore store = new GlossStore();
		int imported = 0;
		int expected = 0;
		for (String article : Fixtures.ARTICLES) {
			imported += store.load(GlossStore.annotationFileOf(target.resolve(article))).getAnnotations().size();
			expected += store.load(GlossStore.annotationFileOf(corpus.resolve(article))).getAnnotations().size();
		}
		assertEquals(expected, imported, "each annotation once");
		assertEquals(expected, result.added());
	}

	/**
	 * A document whose folder comes before the folders already locked, while another writer holds
	 * it: the import throws away what it staged, starts again with every folder it met locked in
	 * order (so it waits for the other writer instead of risking a deadlock), and writes everything.
	 */
	@Test
	void aBusyFolderMetOutOfOrderIsWaitedForByStartingAgain() throws Exception {
		Path corpus = Files.createDirectories(temp.resolve("corpus"));
		Path source = temp.resolve("docs.jsonl");
		// doccano lines: the second document's folder (a/) sorts before the first one's (b/)
		Files.writeString(source, """
				{"text": "The ferry left Nampo at dawn.", "meta": {"path": "b/one.txt"}, "label": [[15, 20, "Location"]]}
				{"text": "Trucks waited at the bridge.", "meta": {"path": "a/two.txt"}, "label": [[0, 6, "Count"]]}
				""", StandardCharsets.UTF_8);
		Path staged = corpus.resolve("b");
		List<String> worked = new java.util.concurrent.CopyOnWriteArrayList<>();
		ProgressMonitor progress = new ProgressMonitor() {
			@Override
			public void worked(int done, String document) {
				worked.add(document);
			}
		};
		CountDownLatch held = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
			try (WriteLock lock = WriteLock.acquire(corpus.resolve("a/two.txt"))) {
				held.countDown();
				// hold it until the import has staged b/one.txt (then reported it) and thrown it away
				// again, having found a/ busy
				waitUntil(() -> !worked.isEmpty());
				waitUntil(() -> stagedFiles(staged) == 0);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(held.await(10, TimeUnit.SECONDS));
		ImportResult result = new CorpusImport(Formats.importer("jsonl").orElseThrow(), ImportOptions.defaults())
				.monitor(progress).run(List.of(source), corpus);
		holder.get(60, TimeUnit.SECONDS);
		assertTrue(result.written(), () -> result.problems().toString());
		assertEquals(2, result.documents());
		assertEquals(2, result.added());
		GlossStore store = new GlossStore();
		AnnotatedDocument one = store.load(GlossStore.annotationFileOf(corpus.resolve("b/one.txt")));
		AnnotatedDocument two = store.load(GlossStore.annotationFileOf(corpus.resolve("a/two.txt")));
		assertEquals("Nampo", one.getAnnotations().get(0).getQuote());
		assertEquals("Trucks", two.getAnnotations().get(0).getQuote());
		assertEquals(0, stagedFiles(corpus.resolve("a")) + stagedFiles(staged), "no staged file is left");
		assertEquals(List.of("b/one.txt", "b/one.txt", "a/two.txt"), worked, "read again after a/ was busy");
	}

	private static int stagedFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return (int) files.filter(p -> p.getFileName().toString().contains("gloss-staged")).count();
		} catch (IOException e) {
			return 0;
		}
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out");
			}
			try {
				Thread.sleep(2);
			} catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** Timestamps read the same with the fast path for Gloss's own form as with the ISO parsers. */
	@Test
	void timestampsReadAsTheIsoParsersReadThem() {
		Random random = new Random(7);
		List<String> texts = new ArrayList<>(List.of("2026-11-22T09:00:00Z", "0000-01-01T00:00:00Z",
				"9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2026-13-01T00:00:00Z",
				"2026-11-31T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T23:59:60Z", "2026-11-22T09:00:00.5Z",
				"2026-11-22T09:00:00+02:00", "2026-11-22t09:00:00Z", "2026-11-22T09:00:00z", "2026-1a-22T09:00:00Z",
				"+2026-11-22T09:00:00Z", "2026-11-22T09:00Z", "\u0662\u0660\u0662\u0666-11-22T09:00:00Z"));
		for (int i = 0; i < 5000; i++) {
			texts.add(String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10000), random.nextInt(14),
					random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(62)));
		}
		for (String text : texts) {
			assertEquals(reference(text), outcome(() -> Values.instant(text)), text);
		}
	}

	/** What Values.instant did before the fast path: the instant, or the kind of error. */
	private static Object reference(String text) {
		return outcome(() -> {
			try {
				return Instant.parse(text);
			} catch (DateTimeParseException e) {
				return OffsetDateTime.parse(text).toInstant();
			}
		});
	}

	private static Object outcome(java.util.function.Supplier<Instant> parse) {
		try {
			return parse.get();
		} catch (RuntimeException e) {
			return e.getClass();
		}
	}
}
