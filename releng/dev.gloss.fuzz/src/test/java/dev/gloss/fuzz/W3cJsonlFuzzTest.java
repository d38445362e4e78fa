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

/** W3C Web Annotation as JSON Lines, against the sample corpus. */
class W3cJsonlFuzzTest {

	private static final Path FOLDER = Checks.folder("w3c-jsonl");
	/** The sample corpus (read only: reading writes nothing), so the seeds' sources find their articles. */
	private static final Path CORPUS = Path.of("../../bundles/dev.gloss.samples/corpus").toAbsolutePath().normalize();
	private static final Path SOURCE = FOLDER.resolve("annotations.jsonl");

	static {
		if (!Files.isDirectory(CORPUS)) {
			throw new ExceptionInInitializerError("the sample corpus is missing: " + CORPUS);
		}
	}

	@FuzzTest
	void read(byte[] content) throws IOException {
		Files.write(SOURCE, content);
		Checks.read(Formats.importer("w3c").orElseThrow(), List.of(SOURCE), CORPUS);
	}
}
