/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.gloss.formats.Formats;

/** CoNLL-2003 (IOB1, IOB2): one fuzzed file, read into an empty corpus (reading writes nothing). */
class ConllFuzzTest {

	private static final Path FOLDER = Checks.folder("conll");
	private static final Path SOURCE = FOLDER.resolve("source/doc.conll");
	private static final Path CORPUS = FOLDER.resolve("corpus");

	static {
		try {
			Files.createDirectories(SOURCE.getParent());
			Files.createDirectories(CORPUS);
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	@FuzzTest
	void read(byte[] content) throws IOException {
		Files.write(SOURCE, content);
		Checks.read(Formats.importer("conll").orElseThrow(), List.of(SOURCE), CORPUS);
	}
}
