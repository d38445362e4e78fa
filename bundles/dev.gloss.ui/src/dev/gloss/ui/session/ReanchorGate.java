/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import dev.gloss.team.anchor.ReanchorReport;

/**
 * Whether a re-anchoring done while an article opens may be written without asking: one that
 * orphans most of the annotations that were anchored is far more often a wrong text (a file
 * emptied or replaced by mistake, a broken checkout) than a real rewrite, and writing it would
 * throw away every offset.
 */
final class ReanchorGate {

	private ReanchorGate() {
	}

	/**
	 * @param orphanedBefore annotations that were orphans already before re-anchoring
	 * @param total          all annotations of the document
	 */
	static boolean mustAsk(int orphanedBefore, int total, ReanchorReport report) {
		int anchoredBefore = total - orphanedBefore;
		int newlyOrphaned = report.orphaned() - orphanedBefore;
		return newlyOrphaned > 0 && 2 * newlyOrphaned > anchoredBefore;
	}
}
