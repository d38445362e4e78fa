/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.merge;

import java.util.List;
import java.util.Map;

import dev.gloss.model.AnnotatedDocument;

/**
 * The outcome of a three-way merge of two annotation files.
 *
 * @param document     the merged document (always valid: disputes are recorded in it)
 * @param fromOurs     annotations of the result as ours had them
 * @param fromTheirs   annotations of the result added or changed by their side
 * @param removed      ids of annotations one side removed and the merge removed
 * @param disputed     ids of annotations both sides changed differently: status disputed, each
 *                     difference recorded as a {@link dev.gloss.model.Conflict}
 * @param staleAnchors annotations whose offsets refer to another article text than the merged
 *                     document's (the two sides had re-anchored to different versions of the
 *                     article): id to the hash of the text they are anchored on. They must be
 *                     re-anchored from that text (see {@code dev.gloss.team.anchor}).
 */
public record MergeResult(AnnotatedDocument document, int fromOurs, int fromTheirs, List<String> removed,
		List<String> disputed, Map<String, String> staleAnchors) {

	public boolean clean() {
		return disputed.isEmpty() && staleAnchors.isEmpty();
	}
}
