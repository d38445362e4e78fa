/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.corpus;

import java.nio.file.Path;

/**
 * Something wrong in a corpus, with the place to look: the file, and a 1-based line and column
 * when known (0 when not).
 */
public record Problem(Severity severity, Path file, int line, int column, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public static Problem error(Path file, int line, int column, String message) {
		return new Problem(Severity.ERROR, file, line, column, message);
	}

	public static Problem warning(Path file, int line, int column, String message) {
		return new Problem(Severity.WARNING, file, line, column, message);
	}

	/** {@code file:line:column: severity: message}, the form editors and terminals link. */
	@Override
	public String toString() {
		StringBuilder place = new StringBuilder(file.toString());
		if (line > 0) {
			place.append(':').append(line);
			if (column > 0) {
				place.append(':').append(column);
			}
		}
		return place + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
	}
}
