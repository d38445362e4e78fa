/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.PrintStream;

import dev.gloss.formats.ProgressMonitor;

/**
 * Progress of a long run on the terminal (standard error, so output files and pipes stay clean):
 * nothing for runs under two seconds, then a line at most every two seconds.
 */
final class ConsoleProgress implements ProgressMonitor {

	private static final long QUIET_NANOS = 2_000_000_000L;

	private final PrintStream err;
	private final String verb;
	private final long started = System.nanoTime();
	private long lastShown = started;
	private int total;

	ConsoleProgress(PrintStream err, String verb) {
		this.err = err;
		this.verb = verb;
	}

	@Override
	public void begin(int documents) {
		total = documents;
	}

	@Override
	public void worked(int done, String document) {
		long now = System.nanoTime();
		if (now - lastShown >= QUIET_NANOS) {
			lastShown = now;
			if (total < 0) { // an import learns its documents as it reads them
				err.printf("gloss: %s %d documents, %ds%n", verb, done, (now - started) / 1_000_000_000L);
				return;
			}
			int percent = total == 0 ? 100 : (int) (100L * done / total);
			err.printf("gloss: %s %d/%d documents (%d%%), %ds%n", verb, done, total, percent,
					(now - started) / 1_000_000_000L);
		}
	}
}
