/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.util.function.Function;

import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.anchor.Reanchorer;
import dev.gloss.team.merge.AnnotationMerger;
import dev.gloss.team.merge.MergeResult;

/**
 * Merges a change made on disk (git pull, a command, another tool) into the annotations a session
 * holds, by the merge driver's rules ({@link AnnotationMerger}): what the session last read or
 * wrote is the common ancestor, the session's annotations are ours, the file is theirs. Nothing
 * of either side is lost; a difference both sides made is kept as a dispute.
 *
 * <p>Offsets must refer to one text before they can be compared: the session's refer to the
 * editor's text (which may have unsaved edits), the file's to the text whose hash it records. The
 * ancestor and the file are first re-anchored onto the editor's text. Plain Java: no workbench.
 */
final class DiskMerge {

	private DiskMerge() {
	}

	/**
	 * Changes {@code ours} in place.
	 *
	 * @param text       the text {@code ours}'s offsets refer to (the editor's)
	 * @param textOfHash the article text with a given hash (on disk, a snapshot, git), or null
	 */
	static MergeResult merge(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs, String text,
			Function<String, String> textOfHash) {
		String hash = TextHash.of(text);
		onto(base, text, hash, ours.getTextHash(), textOfHash);
		onto(theirs, text, hash, ours.getTextHash(), textOfHash);
		return new AnnotationMerger().merge(base, ours, theirs);
	}

	/** Moves a side's annotations onto the editor's text and gives it ours's hash, so that only annotation changes differ. */
	private static void onto(AnnotatedDocument side, String text, String hash, String ourHash,
			Function<String, String> textOfHash) {
		if (side == null) {
			return;
		}
		if (!hash.equals(side.getTextHash())) {
			String oldText = side.getTextHash() == null ? null : textOfHash.apply(side.getTextHash());
			new Reanchorer().reanchor(side.getAnnotations(), oldText, text);
		}
		side.setTextHash(ourHash);
	}
}
