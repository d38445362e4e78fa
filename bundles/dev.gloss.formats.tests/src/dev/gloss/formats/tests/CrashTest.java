/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.store.Debris;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.Recovery;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;

/**
 * Child JVMs saving and importing are killed with SIGKILL at random moments. After each kill every
 * annotation file loads and holds the old or the new content (an import: all files old or all
 * new), and after the next run no debris is left. {@value #DEFAULT_KILLS} kills in the normal build;
 * {@code -Pcrash} runs 200 ({@code gloss.crash.kills}).
 */
class CrashTest {

	private static final int DEFAULT_KILLS = 20;
	private static final int KILLS = Integer.getInteger("gloss.crash.kills", DEFAULT_KILLS);
	private static final long SEED = Long.getLong("gloss.crash.seed", System.nanoTime());
	private static final int ARTICLES = 40;

	@TempDir
	Path temp;

	private final GlossStore store = new GlossStore();

	/** Reads a child's output; the last number it printed after "ready" or "saved". */
	private static final class Child implements AutoCloseable {
		final Process process;
		final AtomicInteger last = new AtomicInteger(-1);
		final Thread reader;
		volatile boolean ready;

		Child(ProcessBuilder builder) throws IOException {
			process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						String[] words = line.split(" ");
						if (words[0].equals("ready") || words[0].equals("saved")) {
							if (words.length > 1) {
								last.set(Integer.parseInt(words[1]));
							}
							ready = true;
						}
					}
				} catch (IOException | RuntimeException e) {
					// the process was killed
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		void awaitReady() throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (!ready) {
				assertTrue(process.isAlive() || ready, "the child died before it was ready");
				assertTrue(System.nanoTime() < deadline, "the child did not start");
				Thread.sleep(5);
			}
		}

		/** SIGKILL (destroyForcibly is SIGKILL on Linux). @return whether it was still running */
		boolean kill() throws InterruptedException {
			boolean alive = process.isAlive();
			process.destroyForcibly();
			process.waitFor();
			reader.join(TimeUnit.SECONDS.toMillis(30)); // every line the child printed before it died is counted
			return alive;
		}

		@Override
		public void close() throws InterruptedException {
			kill();
		}
	}

	@Test
	void aSaveKilledAtRandomLeavesTheOldOrTheNewFile() throws Exception {
		Random random = new Random(SEED);
		Path folder = Files.createDirectories(temp.resolve("corpus"));
		String text = "A ferry crossed the river at dawn, a clerk said.\n";
		Path article = Files.writeString(folder.resolve("ferry.txt"), text);
		Path file = GlossStore.annotationFileOf(article);
		AnnotatedDocument document = store.newDocument(file, "ferry.txt", "UTF-8", TextHash.of(text));
		for (int i = 0; i < 3000; i++) { // about 1 MB: a save takes long enough to be hit
			Location location = GlossFactory.eINSTANCE.createLocation();
			location.setId(String.format("base-%06d", i));
			location.setBegin(i % 40);
			location.setEnd(i % 40 + 1);
			location.setComment("a location written before the crash test started, number " + i);
			document.getAnnotations().add(location);
		}
		store.save(document, file);
		int kills = Math.max(1, KILLS / 2);
		int debrisSeen = 0;
		int midSave = 0;
		for (int k = 0; k < kills; k++) {
			int acknowledged;
			try (Child child = new Child(ChildJvm.of(CrashChild.class, "save", file.toString()))) {
				child.awaitReady();
				Thread.sleep(random.nextInt(400));
				child.kill();
				acknowledged = child.last.get();
			}
			int count = store.load(file).getAnnotations().size(); // loads: never torn
			assertTrue(count == acknowledged || count == acknowledged + 1,
					"kill " + k + " (seed " + SEED + "): " + count + " annotations, acknowledged " + acknowledged);
			midSave += count == acknowledged ? 1 : 0;
			debrisSeen += debris(folder).size();
			Recovery.recover(folder); // what the next run does first
			assertEquals(List.of(), debris(folder), "kill " + k + ": debris after the next run");
		}
		System.out.printf("CrashTest: %d kills while saving (seed %d), %d left debris that the next run removed%n",
				kills, SEED, debrisSeen);
		assertTrue(debrisSeen + midSave > 0, "at least one kill hit a save");
	}

	@Test
	void anImportKilledAtRandomLeavesAllFilesOldOrAllNew() throws Exception {
		Random random = new Random(SEED + 1);
		Path corpus = temp.resolve("corpus");
		assertEquals(0, new Main(System.out, System.err).run("import", "--format", "brat", "--into",
				corpus.toString(), bratSource(0).toString()));
		int kills = Math.max(1, KILLS - KILLS / 2);
		int expected = 1;
		int interrupted = 0;
		int completedByRecovery = 0;
		int landedNew = 0;
		for (int k = 0; k < kills; k++) {
			Path source = bratSource(k + 1);
			try (Child child = new Child(ChildJvm.of(CrashChild.class, "import", "import", "--format", "brat", "--into",
					corpus.toString(), source.toString()))) {
				child.awaitReady();
				if (k % 2 == 0) {
					Thread.sleep(random.nextInt(1500));
				} else {
					// aim at the narrowest window: the moment the run commits (its journal appears)
					awaitJournal(child.process, corpus);
					Thread.sleep(random.nextInt(3));
				}
				interrupted += child.kill() ? 1 : 0;
			}
			Set<Integer> before = counts(corpus);
			int leftOver = debris(corpus).size() + journals(corpus);
			Recovery.Report report = Recovery.recover(corpus); // what the next run does first
			completedByRecovery += report.completed();
			Set<Integer> after = counts(corpus);
			assertEquals(1, after.size(), "kill " + k + " (seed " + SEED + "): every file old, or every file new: "
					+ after + " (before recovery " + before + ", " + leftOver + " leftovers)");
			int count = after.iterator().next();
			assertTrue(count == expected || count == expected + 1, "kill " + k + ": " + count + " per file");
			landedNew += count == expected + 1 ? 1 : 0;
			expected = count;
			assertEquals(List.of(), debris(corpus), "kill " + k + ": debris after the next run");
			assertEquals(0, journals(corpus));
		}
		System.out.printf("CrashTest: %d kills while importing (seed %d), %d mid-run; %d runs ended new (%d of them "
				+ "completed from their journal by the next run), %d old%n", kills, SEED, interrupted, landedNew,
				completedByRecovery, kills - landedNew);
	}

	/** Polls (no fixed sleep) until a journal exists in the corpus or the child has ended. */
	private static void awaitJournal(Process process, Path corpus) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (process.isAlive() && System.nanoTime() < deadline) {
			try (Stream<Path> files = Files.list(corpus)) {
				if (files.anyMatch(f -> f.getFileName().toString().startsWith(".gloss-journal-"))) {
					return;
				}
			} catch (java.nio.file.NoSuchFileException e) {
				// the corpus is being written: look again
			}
			Thread.onSpinWait();
		}
	}

	private Path bratSource(int round) throws IOException {
		Path folder = temp.resolve("brat-" + round);
		for (int i = 0; i < ARTICLES; i++) {
			String text = "Report " + i + ": the ferry left Nampo at dawn, the port clerk said.\n";
			Path txt = folder.resolve("desk-" + (i % 4) + "/report-" + i + ".txt");
			Files.createDirectories(txt.getParent());
			Files.writeString(txt, text);
			int at = text.indexOf("Nampo");
			Files.writeString(folder.resolve("desk-" + (i % 4) + "/report-" + i + ".ann"),
					"T1\tLocation " + at + " " + (at + 5) + "\tNampo\n");
		}
		return folder;
	}

	/** The annotation counts of the corpus's files (one value when all are alike). */
	private Set<Integer> counts(Path corpus) throws IOException {
		Set<Integer> counts = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(corpus)) {
			for (Path file : walk.filter(f -> f.toString().endsWith(".txt.gloss")).toList()) {
				counts.add(store.load(file).getAnnotations().size());
			}
		}
		return counts;
	}

	private static List<String> debris(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.map(p -> p.getFileName().toString()).filter(Debris::isDebris).toList();
		}
	}

	private static int journals(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return (int) walk.filter(p -> p.getFileName().toString().startsWith(".gloss-journal-")).count();
		}
	}
}
