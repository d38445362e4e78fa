/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

/**
 * Where a long export or import reports progress, and how it learns it was cancelled. The
 * workbench adapts its IProgressMonitor, the command line prints to the terminal.
 */
public interface ProgressMonitor {

	ProgressMonitor NONE = new ProgressMonitor() {
	};

	/** Called once, before the first document, with their number or -1 when it is not known in advance. */
	default void begin(int documents) {
	}

	/** Called after each document; {@code done} counts from 1. */
	default void worked(int done, String document) {
	}

	default boolean isCanceled() {
		return false;
	}
}
