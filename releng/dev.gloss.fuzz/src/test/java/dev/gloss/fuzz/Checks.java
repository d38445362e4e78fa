/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportPlan;

/** What every reader must do with any input: succeed, or report in plain words naming the file. */
final class Checks {

	private Checks() {
	}

	static void namesTheFile(IOException e, String name) {
		String message = String.valueOf(e.getMessage());
		if (!message.contains(name)) {
			throw new AssertionError("the message names no file: " + message, e);
		}
	}

	/** Problems must name a file; a reader may fail only with an I/O error. */
	static void read(ImportFormat format, List<Path> sources, Path corpus) {
		ImportPlan plan = new ImportPlan();
		try {
			format.read(sources, corpus, ImportOptions.defaults(), plan);
		} catch (IOException e) {
			if (e.getMessage() == null || e.getMessage().isBlank()) {
				throw new AssertionError("an I/O error without a message", e);
			}
			return;
		}
		for (Problem problem : plan.problems()) {
			if (problem.file() == null) {
				throw new AssertionError("a problem without a file: " + problem);
			}
		}
	}

	/** A folder of its own for each fuzz test class, created once. */
	static Path folder(String name) {
		try {
			return Files.createTempDirectory("gloss-fuzz-" + name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
