/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import dev.gloss.model.Annotation;

/**
 * What re-anchoring did to one annotation.
 *
 * @param kind         anchored, moved or orphaned
 * @param method       how the passage was found
 * @param oldBegin     offsets before re-anchoring
 * @param quoteChanged the passage was found with edits in it (a corrected typo): the quote now
 *                     holds the new text
 * @param score        confidence 0..1 (1 for a passage the diff carried over unchanged)
 */
public record Outcome(Annotation annotation, Kind kind, Method method, int oldBegin, int oldEnd,
		boolean quoteChanged, double score) {

	public enum Kind {
		/** Same offsets, same text. */
		ANCHORED,
		/** Found at new offsets, or with edits inside the passage. */
		MOVED,
		/** Not found: kept with its quote, flagged {@code orphaned}. */
		ORPHANED
	}

	public enum Method {
		/** The text did not change. */
		UNCHANGED,
		/** Offsets mapped through a diff of the old and new text. */
		DIFF,
		/** Found by searching the quote and its context. */
		QUOTE,
		/** Not found. */
		NONE
	}
}
