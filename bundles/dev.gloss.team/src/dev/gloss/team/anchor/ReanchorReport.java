/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.List;

import dev.gloss.team.anchor.Outcome.Kind;

/**
 * The outcome of re-anchoring one document.
 *
 * @param oldTextKnown whether the text the annotations were made on was found (then offsets were
 *                     mapped through a diff before any quote search)
 * @param oldTextFrom  where it was found ("git <commit>", "snapshot"), or null
 */
public record ReanchorReport(List<Outcome> outcomes, boolean oldTextKnown, String oldTextFrom) {

	public int count(Kind kind) {
		return (int) outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
	}

	public int anchored() {
		return count(Kind.ANCHORED);
	}

	public int moved() {
		return count(Kind.MOVED);
	}

	public int orphaned() {
		return count(Kind.ORPHANED);
	}

	public List<Outcome> orphans() {
		return outcomes.stream().filter(outcome -> outcome.kind() == Kind.ORPHANED).toList();
	}

	/** Share of the annotations that ended as {@code kind}, 0..1 (1 with no annotations). */
	public double share(Kind kind) {
		return outcomes.isEmpty() ? (kind == Kind.ANCHORED ? 1 : 0) : (double) count(kind) / outcomes.size();
	}
}
