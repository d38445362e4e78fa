/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.git;

import java.io.IOException;

/** A git command failed; the message holds the command and what git printed on stderr. */
public class GitException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public GitException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	/** git's exit code, or -1 when git could not be started. */
	public int exitCode() {
		return exitCode;
	}
}
