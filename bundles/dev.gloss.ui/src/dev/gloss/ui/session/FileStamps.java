/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.IOException;
import java.nio.file.Path;

import dev.gloss.core.store.FileStamp;
import dev.gloss.core.store.WriteLock;

/**
 * How the workbench coordinates with every other writer of an annotation file (the commands, the
 * merge driver, another workbench): the folder lock every Gloss writer holds while it compares and
 * replaces a file ({@link WriteLock}, an OS lock across processes), and the content stamp it
 * compares ({@link FileStamp}). One place, so that the workbench takes part in exactly the
 * protocol the commands use.
 */
final class FileStamps {

	static final String ABSENT = FileStamp.ABSENT;

	private FileStamps() {
	}

	static String of(byte[] bytes) {
		return FileStamp.of(bytes);
	}

	static String of(Path file) throws IOException {
		return FileStamp.of(file);
	}

	/** Holds the lock of the file's folder against every other Gloss writer, in any process. */
	static WriteLock lock(Path file) throws IOException {
		return WriteLock.acquire(file);
	}
}
