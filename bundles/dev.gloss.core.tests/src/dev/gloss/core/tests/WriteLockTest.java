/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.ConcurrentChangeException;
import dev.gloss.core.store.FileStamp;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.WriteLock;
import dev.gloss.model.AnnotatedDocument;

/** Writers of one folder exclude each other; compare-and-swap refuses to overwrite a change. */
class WriteLockTest {

	@TempDir
	Path folder;

	private final GlossStore store = new GlossStore();

	@Test
	void readModifyWriteUnderTheLockLosesNoUpdate() throws Exception {
		Path counter = folder.resolve("counter.txt");
		Files.writeString(counter, "0");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Void>> runs = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				runs.add(pool.submit((Callable<Void>) () -> {
					for (int i = 0; i < 50; i++) {
						try (WriteLock lock = WriteLock.acquire(counter)) {
							int value = Integer.parseInt(Files.readString(counter));
							Thread.yield();
							Files.writeString(counter, Integer.toString(value + 1));
						}
					}
					return null;
				}));
			}
			for (Future<Void> run : runs) {
				run.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals("200", Files.readString(counter));
	}

	@Test
	void theLockIsReentrantForItsThreadAndExcludesOthers() throws Exception {
		Path file = folder.resolve("a.txt.gloss");
		try (WriteLock outer = WriteLock.acquire(file); WriteLock inner = WriteLock.acquire(file)) {
			assertTrue(outer.covers(file));
			assertTrue(WriteLock.isHeldByCurrentThread(file));
			ExecutorService other = Executors.newSingleThreadExecutor();
			try {
				assertNull(other.submit(() -> WriteLock.tryAcquire(file)).get(), "another thread must wait");
				IOException timeout = assertThrows(IOException.class, () -> {
					try {
						other.submit(() -> WriteLock.acquire(List.of(file), Duration.ofMillis(100))).get();
					} catch (java.util.concurrent.ExecutionException e) {
						throw e.getCause();
					}
				});
				assertTrue(timeout.getMessage().contains("another Gloss run"), timeout.getMessage());
				assertTrue(timeout.getMessage().startsWith(folder.toAbsolutePath().normalize().toString()));
			} finally {
				other.shutdownNow();
			}
		}
		assertTrue(!WriteLock.isHeldByCurrentThread(file));
		try (WriteLock again = WriteLock.tryAcquire(file)) {
			assertNotNull(again, "free once both are closed");
		}
	}

	@Test
	void compareAndSwapRefusesAFileChangedSinceItWasRead() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.annotateAll(document);
		document.save();
		Path file = document.article().annotationFile();

		GlossStore.Stamped mine = store.loadStamped(file);
		GlossStore.Stamped theirs = store.loadStamped(file);
		assertEquals(mine.stamp(), theirs.stamp());
		theirs.document().getAnnotations().remove(0);
		String written = store.saveIfUnchanged(theirs.document(), file, theirs.stamp());
		assertEquals(FileStamp.of(file), written);

		byte[] before = Files.readAllBytes(file);
		mine.document().getAnnotations().remove(1);
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> store.saveIfUnchanged(mine.document(), file, mine.stamp()));
		assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
		assertEquals(new String(before), Files.readString(file), "the other writer's update is kept");
	}

	@Test
	void aNewFileIsCreatedOnlyIfStillAbsent() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.add(document, AnnotationType.LOCATION, "Hyesan");
		Path file = document.article().annotationFile();
		GlossStore.Stamped none = store.loadStamped(file);
		assertNull(none.document());
		assertEquals(FileStamp.ABSENT, none.stamp());
		AnnotatedDocument model = document.model();
		store.saveIfUnchanged(model, file, FileStamp.ABSENT);
		assertThrows(ConcurrentChangeException.class, () -> store.saveIfUnchanged(model, file, FileStamp.ABSENT));
	}
}
