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
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.Debris;
import dev.gloss.core.store.GlossStore;

/**
 * Imports write whole runs or nothing, take turns with other writers, and respect file modes and
 * folder boundaries: a full disk, a read-only file or folder, a concurrent import, a link out of
 * the source folder.
 */
class ImportSafetyTest {

	private static final int ARTICLES = 12;

	@TempDir
	Path temp;

	@AfterEach
	void noFaults() {
		AtomicFiles.injectFaults(null);
	}

	/** brat sources: the same articles (our own text), one span per article, different per source. */
	private Path bratSource(String name, String word) throws IOException {
		Path folder = temp.resolve(name);
		for (int i = 0; i < ARTICLES; i++) {
			String text = "Report " + i + ": the ferry left Nampo at dawn, the port clerk said.\n";
			Path txt = folder.resolve("desk/report-" + i + ".txt");
			Files.createDirectories(txt.getParent());
			Files.writeString(txt, text);
			int at = text.indexOf(word);
			Files.writeString(folder.resolve("desk/report-" + i + ".ann"),
					"T1\tLocation " + at + " " + (at + word.length()) + "\t" + word + "\n");
		}
		return folder;
	}

	private static Result gloss(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Result(int code, String out, String err) {
	}

	private static Map<Path, byte[]> snapshot(Path folder) throws IOException {
		Map<Path, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(file), Files.readAllBytes(file));
			}
		}
		return files;
	}

	private static void assertUnchanged(Map<Path, byte[]> before, Path folder) throws IOException {
		Map<Path, byte[]> after = snapshot(folder);
		after.keySet().removeIf(p -> p.getFileName().toString().equals(".gloss.lock"));
		before.keySet().removeIf(p -> p.getFileName().toString().equals(".gloss.lock"));
		assertEquals(before.keySet(), after.keySet(), "the same files, no debris");
		for (Path file : before.keySet()) {
			assertTrue(java.util.Arrays.equals(before.get(file), after.get(file)), file + " is unchanged");
		}
	}

	private static int annotations(Path corpus, int i) throws IOException {
		return new GlossStore().load(corpus.resolve("desk/report-" + i + ".txt.gloss")).getAnnotations().size();
	}

	@Test
	void twoImportsAtOnceLoseNoAnnotation() throws Exception {
		Path corpus = temp.resolve("corpus");
		Path ferry = bratSource("a", "ferry");
		Path clerk = bratSource("b", "port clerk");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(), ferry.toString()).code());
		for (int round = 0; round < 3; round++) {
			Path next = bratSource("c" + round, "Nampo");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Result>> runs = new ArrayList<>();
				for (Path source : List.of(clerk, next)) {
					runs.add(pool.submit(() -> {
						start.await();
						return gloss("import", "--format", "brat", "--into", corpus.toString(), source.toString());
					}));
				}
				start.countDown();
				for (Future<Result> run : runs) {
					Result result = run.get();
					assertEquals(0, result.code(), result.err());
				}
			} finally {
				pool.shutdownNow();
			}
			for (int i = 0; i < ARTICLES; i++) {
				assertEquals(1 + 2 * (round + 1), annotations(corpus, i), "report-" + i + " after round " + round);
			}
		}
	}

	@Test
	void aFullDiskHalfWayLeavesEveryFileAsItWas() throws IOException {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("a", "ferry").toString()).code());
		Map<Path, byte[]> before = snapshot(corpus);
		AtomicInteger files = new AtomicInteger();
		// the seventh file written runs out of space after 100 bytes, as the device would report it
		AtomicFiles.injectFaults((target, out) -> files.incrementAndGet() != 7 ? out : new FilterOutputStream(out) {
			private int written;

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if ((written += len) > 100) {
					throw new IOException("No space left on device");
				}
				out.write(b, off, len);
			}
		});
		Result result = gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("b", "port clerk").toString());
		AtomicFiles.injectFaults(null);
		assertEquals(1, result.code());
		assertTrue(result.err().contains(".txt.gloss: cannot write it: no space left on device"), result.err());
		assertFalse(result.err().contains("gloss-staged") || result.err().contains("Exception"), result.err());
		assertTrue(files.get() >= 7);
		assertUnchanged(before, corpus);
	}

	@Test
	void aReadOnlySubfolderIsRefusedAndNothingChanges() throws IOException {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("a", "ferry").toString()).code());
		Path desk = corpus.resolve("desk");
		Files.writeString(desk.resolve(".gloss.lock"), ""); // made before the folder turned read-only
		Map<Path, byte[]> before = snapshot(corpus);
		Files.setPosixFilePermissions(desk, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			Result result = gloss("import", "--format", "brat", "--into", corpus.toString(),
					bratSource("b", "port clerk").toString());
			assertEquals(1, result.code());
			assertTrue(result.err().contains(desk + ": the folder is read-only"), result.err());
		} finally {
			Files.setPosixFilePermissions(desk, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		assertUnchanged(before, corpus);
	}

	@Test
	void aReadOnlyAnnotationFileIsNotReplaced() throws IOException {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("a", "ferry").toString()).code());
		Path locked = corpus.resolve("desk/report-5.txt.gloss");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
		Map<Path, byte[]> before = snapshot(corpus);
		Result result = gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("b", "port clerk").toString());
		assertEquals(1, result.code());
		assertTrue(result.err().contains(locked + ": the file is read-only"), result.err());
		assertUnchanged(before, corpus);
		assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(locked)));
	}

	@Test
	void aTextLinkOutOfTheSourceFolderIsRefused() throws IOException {
		Path source = bratSource("a", "ferry");
		Path secret = Files.writeString(temp.resolve("secret.txt"), "Report 3: the ferry never left.\n");
		Path txt = source.resolve("desk/report-3.txt");
		Files.delete(txt);
		Files.createSymbolicLink(txt, secret);
		Path corpus = temp.resolve("corpus");
		Result result = gloss("import", "--format", "brat", "--into", corpus.toString(), source.toString());
		assertEquals(1, result.code());
		assertTrue(result.err().contains(txt + ": error: a link to a file outside " + source), result.err());
		assertFalse(Files.exists(corpus.resolve("desk/report-3.txt")));
		assertFalse(Files.exists(corpus.resolve("desk/report-4.txt")), "nothing is written");

		// a link that stays inside the source folder is fine
		Files.delete(txt);
		Files.createDirectories(source.resolve("originals"));
		Path inside = Files.writeString(source.resolve("originals/three.txt"),
				"Report 3: the ferry left Nampo at dawn, the port clerk said.\n");
		Files.createSymbolicLink(txt, inside);
		result = gloss("import", "--format", "brat", "--into", corpus.toString(), source.toString());
		assertEquals(0, result.code(), result.err());
	}

	@Test
	void debrisOfACrashedRunIsRemovedByTheNextOne() throws IOException {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("a", "ferry").toString()).code());
		Path desk = corpus.resolve("desk");
		Files.writeString(desk.resolve(".report-1.txt.gloss.gloss-tmp-123456"), "<?xml half");
		Files.writeString(desk.resolve(".report-2.txt.gloss.gloss-staged-0123456789abcdef"), "<?xml staged");
		Files.writeString(desk.resolve(".report-3.txt.gloss.987654.tmp"), "<?xml legacy");
		Files.writeString(desk.resolve("notes.tmp"), "the user's own");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(),
				bratSource("b", "port clerk").toString()).code());
		try (Stream<Path> files = Files.list(desk)) {
			List<String> debris = files.map(f -> f.getFileName().toString()).filter(Debris::isDebris).toList();
			assertEquals(List.of(), debris);
		}
		assertTrue(Files.exists(desk.resolve("notes.tmp")), "only Gloss's own files are removed");
	}
}
