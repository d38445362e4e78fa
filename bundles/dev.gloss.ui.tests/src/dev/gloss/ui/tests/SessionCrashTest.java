/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import dev.gloss.core.store.Debris;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.WriteLock;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * Issue 9, crash test of the workbench's save step: a child JVM running it ({@link CrashChild}) is
 * killed with SIGKILL at random moments. After each kill the annotation file loads and holds the
 * old or the new content, never a part; the next run leaves no debris. 20 kills here;
 * {@code -Dgloss.test.jvm=-Dgloss.crash.kills=200} for more.
 */
@WorkbenchTest
class SessionCrashTest {

	private static final String[] BUNDLES = { "dev.gloss.ui.tests", "dev.gloss.ui", "dev.gloss.core",
			"dev.gloss.model", "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi",
			// the StAX parser GlossStore reads with
			"com.fasterxml.aalto-xml", "stax2-api" };

	@TempDir
	Path folder;

	private static String classpath() {
		List<String> entries = new ArrayList<>();
		for (String id : BUNDLES) {
			Bundle bundle = Platform.getBundle(id);
			File location = FileLocator.getBundleFileLocation(bundle).orElseThrow();
			entries.add(location.getAbsolutePath());
			// a bundle run from its project folder keeps its classes in target/classes or bin
			for (String output : new String[] { "target/classes", "bin" }) {
				if (new File(location, output).isDirectory()) {
					entries.add(new File(location, output).getAbsolutePath());
				}
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Process child(String classpath, Path article, String... extra) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", classpath, CrashChild.class.getName(), article.toString()));
		command.addAll(List.of(extra));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	@Test
	void killedWhileSavingLeavesTheOldOrTheNewFileAndTheNextRunLeavesNoDebris() throws Exception {
		int kills = Integer.getInteger("gloss.crash.kills", 20);
		long seed = Long.getLong("gloss.crash.seed", System.nanoTime());
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 4000; i++) {
			text.append("Line ").append(i).append(": the ferry schedule was posted at the harbour office.\n");
		}
		Path article = folder.resolve("crash.txt");
		Files.writeString(article, text, StandardCharsets.UTF_8);
		Path target = GlossStore.annotationFileOf(article);
		String classpath = classpath();
		GlossStore store = new GlossStore();
		int killedWithDebris = 0;
		int killedMidWrite = 0;
		for (int kill = 0; kill < kills; kill++) {
			Process process = child(classpath, article);
			AtomicInteger acknowledged = new AtomicInteger(-1);
			StringBuilder output = new StringBuilder();
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						if (line.startsWith("WROTE ")) {
							acknowledged.set(Integer.parseInt(line.substring(6)));
						} else {
							output.append(line).append('\n');
						}
					}
				} catch (Exception e) {
					// the process died
				}
			});
			reader.start();
			long deadline = System.currentTimeMillis() + 60_000;
			while (acknowledged.get() < 0) {
				if (!process.isAlive()) {
					fail("the child stopped: " + output);
				}
				if (System.currentTimeMillis() > deadline) {
					process.destroyForcibly();
					fail("the child wrote nothing in 60 s: " + output);
				}
				Thread.sleep(5);
			}
			// a random moment in the steady write loop (each write of ~1 MB takes some tens of ms)
			Thread.sleep(random.nextInt(250));
			process.destroyForcibly(); // SIGKILL on Linux
			assertTrue(process.waitFor(30, TimeUnit.SECONDS));
			reader.join(10_000);
			int acked = acknowledged.get();
			AnnotatedDocument loaded = store.load(target); // never torn: always loads
			int count = loaded.getAnnotations().size();
			assertTrue(count >= acked, "kill " + kill + " (seed " + seed + "): the file holds " + count
					+ " annotations, a write that returned had " + acked + ": an acknowledged write was lost");
			// the content of one whole write: annotation i on line i (cyclically), none missing, none extra
			for (int i = 0; i < count; i++) {
				int expected = text.indexOf("Line " + (i % 4000) + ":");
				int index = i;
				assertTrue(loaded.getAnnotations().stream().filter(a -> a.getBegin() == expected).count() >= 1,
						() -> "kill " + " (seed " + seed + "): annotation " + index + " missing");
			}
			if (count > acked) {
				killedMidWrite++; // the new content was in place, the child had not reported it yet
			}
			if (!debris().isEmpty()) {
				killedWithDebris++;
			}
		}
		// the next run cleans up before it writes, and leaves nothing behind
		Process next = child(classpath, article, "once");
		assertTrue(next.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, next.exitValue(), new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertEquals(List.of(), debris(), "no debris after the next run");
		store.load(target);
		System.out.println("SessionCrashTest: " + kills + " kills (seed " + seed + "), " + killedWithDebris
				+ " left debris that the next run removed, " + killedMidWrite + " between the rename and the report");
	}

	/** Everything in the folder but the article, its annotation file and the writers' lock file. */
	private List<String> debris() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString())
					.filter(name -> !name.equals("crash.txt") && !name.equals("crash.txt.gloss")
							&& !name.equals(WriteLock.LOCK_FILE))
					.peek(name -> assertTrue(Debris.isDebris(name) || name.startsWith(".gloss-journal-"),
							"only Gloss's own temporary files: " + name))
					.toList();
		}
	}
}
