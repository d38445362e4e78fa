/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.gloss.formats.Formats;

/** brat: a text and its .ann file, both fuzzed. */
class BratFuzzTest {

	private static final Path FOLDER = Checks.folder("brat");
	private static final Path SOURCE = FOLDER.resolve("source");
	private static final Path CORPUS = FOLDER.resolve("corpus");

	static {
		try {
			Files.createDirectories(SOURCE);
			Files.createDirectories(CORPUS);
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	@FuzzTest
	void read(FuzzedDataProvider data) throws IOException {
		Files.write(SOURCE.resolve("doc.txt"), data.consumeBytes(data.consumeInt(0, 400)));
		Files.writeString(SOURCE.resolve("doc.ann"), data.consumeRemainingAsString(), StandardCharsets.UTF_8);
		Checks.read(Formats.importer("brat").orElseThrow(), List.of(SOURCE), CORPUS);
	}
}
