/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.Debris;
import dev.gloss.core.store.Recovery;
import dev.gloss.core.store.WriteBatch;
import dev.gloss.core.store.WriteLock;

/** A batch writes all files or none; a crash after its journal is completed by the next run. */
class WriteBatchTest {

	private static final String RUN = "0123456789abcdef";

	@TempDir
	Path root;

	@Test
	void nothingIsVisibleBeforeCommitAndEverythingAfter() throws IOException {
		Path a = Files.writeString(root.resolve("a.txt.gloss"), "old a");
		Path b = root.resolve("sub/b.txt.gloss");
		try (WriteLock lock = WriteLock.acquire(List.of(root.resolve(".gloss.lock"), a, b), Duration.ofSeconds(5));
				WriteBatch batch = WriteBatch.begin(root)) {
			batch.write(a, out -> out.write("new a".getBytes()));
			batch.write(b, out -> out.write("new b".getBytes()));
			assertEquals("old a", Files.readString(a));
			assertFalse(Files.exists(b));
			batch.commit();
		}
		assertEquals("new a", Files.readString(a));
		assertEquals("new b", Files.readString(b));
		assertEquals(List.of(), debris());
	}

	@Test
	void aBatchThatFailsBeforeCommitLeavesNoTrace() throws IOException {
		Path a = Files.writeString(root.resolve("a.txt.gloss"), "old a");
		Path b = root.resolve("b.txt.gloss");
		try (WriteLock lock = WriteLock.acquire(List.of(root.resolve(".gloss.lock"), a), Duration.ofSeconds(5));
				WriteBatch batch = WriteBatch.begin(root)) {
			batch.write(a, out -> out.write("new a".getBytes()));
			assertThrows(IOException.class, () -> batch.write(b, out -> {
				out.write("half".getBytes());
				throw new IOException("No space left on device");
			}));
		}
		assertEquals("old a", Files.readString(a));
		assertFalse(Files.exists(b));
		assertEquals(List.of(), debris());
	}

	@Test
	void writingWithoutTheLockIsAProgrammingError() {
		assertThrows(IllegalStateException.class, () -> WriteBatch.begin(root));
	}

	@Test
	void aCrashAfterTheJournalIsCompletedByTheNextRun() throws IOException {
		// the state a kill leaves half-way through the renames: a moved in, b still staged
		Path a = Files.writeString(root.resolve("a.txt.gloss"), "new a");
		Path b = Files.writeString(Files.createDirectories(root.resolve("sub")).resolve("b.txt.gloss"), "old b");
		Files.writeString(root.resolve("sub/.b.txt.gloss.gloss-staged-" + RUN), "new b");
		Path gone = Files.writeString(root.resolve("gone.txt.gloss"), "to delete");
		Files.writeString(root.resolve(".gloss-journal-" + RUN), "gloss-write-batch 1\n"
				+ "W a.txt.gloss .a.txt.gloss.gloss-staged-" + RUN + "\n"
				+ "W sub/b.txt.gloss sub/.b.txt.gloss.gloss-staged-" + RUN + "\n"
				+ "D gone.txt.gloss\n"
				+ "end\n");
		Recovery.Report report = Recovery.recover(root.resolve("sub")); // a run in a subfolder finds it too
		assertEquals(1, report.completed());
		assertEquals("new a", Files.readString(a));
		assertEquals("new b", Files.readString(b));
		assertFalse(Files.exists(gone));
		assertFalse(Files.exists(root.resolve(".gloss-journal-" + RUN)));
		assertEquals(List.of(), debris());
	}

	@Test
	void aCrashBeforeTheJournalIsUndoneByTheNextRun() throws IOException {
		Path a = Files.writeString(root.resolve("a.txt.gloss"), "old a");
		Files.writeString(root.resolve(".a.txt.gloss.gloss-staged-" + RUN), "new a");
		Files.writeString(root.resolve(".a.txt.gloss.gloss-tmp-42"), "half a save");
		Recovery.Report report = Recovery.recover(root);
		assertEquals(0, report.completed());
		assertEquals(2, report.removed());
		assertEquals("old a", Files.readString(a));
		assertEquals(List.of(), debris());
	}

	@Test
	void aJournalThatIsNotCompleteIsLeftAlone() throws IOException {
		Path a = Files.writeString(root.resolve("a.txt.gloss"), "old a");
		Files.writeString(root.resolve(".gloss-journal-" + RUN), "gloss-write-batch 1\nW a.txt.gloss ../../etc/x\n");
		assertEquals(0, Recovery.recover(root).completed());
		assertEquals("old a", Files.readString(a));
	}

	@Test
	void debrisInAFolderAnotherRunHoldsIsLeftToIt() throws Exception {
		Path temp = Files.writeString(root.resolve(".a.txt.gloss.gloss-tmp-7"), "being written");
		Thread other = new Thread(() -> {
			try {
				Recovery.recover(root);
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		try (WriteLock lock = WriteLock.acquire(root.resolve("a.txt.gloss"))) {
			other.start();
			other.join();
		}
		assertTrue(Files.exists(temp), "another run's file in progress is not touched");
		Recovery.recover(root);
		assertFalse(Files.exists(temp));
	}

	private List<String> debris() throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.map(p -> p.getFileName().toString())
					.filter(name -> Debris.isDebris(name) || name.startsWith(".gloss-journal-")).toList();
		}
	}
}
