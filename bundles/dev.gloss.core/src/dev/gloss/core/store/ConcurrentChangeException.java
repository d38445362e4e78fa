/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A compare-and-swap save found the file changed since the writer read it: another run (a command,
 * the workbench, git) wrote it in between. Nothing was written; merge with the file's new content
 * and try again.
 */
public final class ConcurrentChangeException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String expected;
	private final String actual;

	public ConcurrentChangeException(Path file, String expected, String actual) {
		super(file + ": changed on disk since it was read (by another Gloss run, an editor or git); "
				+ "nothing was written");
		this.file = file;
		this.expected = expected;
		this.actual = actual;
	}

	public Path getFile() {
		return file;
	}

	/** The stamp the writer read. */
	public String getExpected() {
		return expected;
	}

	/** The stamp the file has now. */
	public String getActual() {
		return actual;
	}
}
