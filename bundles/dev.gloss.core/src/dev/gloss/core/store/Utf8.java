/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds where a file stops being UTF-8, for messages the XML parser gives without a place. */
final class Utf8 {

	private Utf8() {
	}

	/** {line, column} (1-based, column in bytes) of the first malformed sequence, or null. */
	static int[] firstMalformed(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			int line = 1;
			int column = 0;
			int b;
			while ((b = in.read()) >= 0) {
				column++;
				if (b == '\n') {
					line++;
					column = 0;
					continue;
				}
				int more = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
						: b >= 0xF0 && b <= 0xF4 ? 3 : -1;
				if (more < 0) {
					return new int[] { line, column };
				}
				for (int i = 0; i < more; i++) {
					int next = in.read();
					if (next < 0 || (next & 0xC0) != 0x80) {
						return new int[] { line, column };
					}
				}
			}
			return null;
		}
	}
}
