/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file Gloss cannot read: malformed XML, a foreign file, a hostile construct, undecodable bytes.
 * The message names the file and the place ({@code file:line:column: what}).
 */
public class GlossFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String problem;

	/**
	 * @param line   1-based line, or 0 when unknown
	 * @param column 1-based column, or 0 when unknown
	 */
	public GlossFormatException(Path file, int line, int column, String problem) {
		this(file, line, column, problem, null);
	}

	public GlossFormatException(Path file, int line, int column, String problem, Throwable cause) {
		super(format(file, line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	public Path getFile() {
		return file;
	}

	public int getLine() {
		return line;
	}

	public int getColumn() {
		return column;
	}

	/** The message without the place. */
	public String getProblem() {
		return problem;
	}

	private static String format(Path file, int line, int column, String problem) {
		StringBuilder message = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			message.append(':').append(line);
			if (column > 0) {
				message.append(':').append(column);
			}
		}
		return message.append(": ").append(problem).toString();
	}
}
