/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

/** Hears what happens to the annotations of an open article; called on the UI thread. */
@FunctionalInterface
public interface SessionListener {

	/** What changed. */
	enum Change {
		/** The annotations were (re)loaded. */
		LOADED,
		/** Annotations were added, removed or changed (a command, its undo or redo). */
		ANNOTATIONS,
		/** The article text changed: offsets moved. */
		TEXT,
		/** The annotation file was written. */
		SAVED
	}

	void sessionChanged(GlossSession session, Change change);
}
