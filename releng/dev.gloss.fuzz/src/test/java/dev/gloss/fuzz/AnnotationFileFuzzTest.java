/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.gloss.core.store.GlossStore;

/** Annotation files: any bytes load, or fail with an I/O error that names the file; nothing else. */
class AnnotationFileFuzzTest {

	private static final GlossStore STORE = new GlossStore();

	@FuzzTest
	void load(byte[] content) {
		try {
			STORE.load(new ByteArrayInputStream(content), Path.of("fuzzed.txt.gloss"));
		} catch (IOException e) {
			Checks.namesTheFile(e, "fuzzed.txt.gloss");
		}
	}
}
