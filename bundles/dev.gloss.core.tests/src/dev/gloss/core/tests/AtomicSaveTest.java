/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.Debris;
import dev.gloss.core.store.GlossStore;

/** A save that dies half-way leaves the previous file whole and no debris. */
class AtomicSaveTest {

	@TempDir
	Path folder;

	private final GlossStore store = new GlossStore();

	@Test
	void aFailureMidWriteKeepsTheOldFile() throws IOException {
		CorpusDocument document = Fixtures.openFresh(folder, "report.txt");
		Fixtures.annotateAll(document);
		document.save();
		Path file = document.article().annotationFile();
		byte[] old = Files.readAllBytes(file);

		Fixtures.add(document, AnnotationType.LOCATION, "丹东");
		int newSize = store.toBytes(document.model()).length;
		// the store's own serializer, cut off after half of the new content reached the disk
		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file,
				out -> store.write(document.model(), new FailingAfter(out, newSize / 2))));
		assertEquals(file + ": cannot write it: disk full (simulated); the file is unchanged", failure.getMessage());

		assertArrayEquals(old, Files.readAllBytes(file), "the old file is untouched");
		assertEquals(4, store.load(file).getAnnotations().size(), "and it still loads");
		assertNoTemporaryFiles();
	}

	@Test
	void aSuccessfulSaveReplacesTheFileAndKeepsItsPermissions() throws IOException {
		Path file = folder.resolve("notes.gloss");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		AtomicFiles.write(file, out -> out.write("new".getBytes()));
		assertEquals("new", Files.readString(file));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertNoTemporaryFiles();
	}

	@Test
	void aFirstSaveThatFailsLeavesNoFileAtAll() {
		Path file = folder.resolve("new.gloss");
		assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("<?xml".getBytes());
			throw new IOException("interrupted");
		}));
		assertTrue(Files.notExists(file));
		assertNoTemporaryFiles();
	}

	private void assertNoTemporaryFiles() {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.filter(f -> Debris.isDebris(f.getFileName().toString())).count());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Passes bytes through until a limit, then fails like a full disk. */
	private static final class FailingAfter extends FilterOutputStream {
		private long left;

		FailingAfter(OutputStream out, long limit) {
			super(out);
			this.left = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (left-- <= 0) {
				throw new IOException("disk full (simulated)");
			}
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}
