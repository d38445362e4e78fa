/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.gloss.core.text.TextSnapshots;

/**
 * Keeps the text an article's annotations are anchored on ({@link TextSnapshots}), once per text,
 * so that re-anchoring after an edit outside Eclipse can diff old and new text even without git.
 */
final class SnapshotKeeper {

	/** The text hash last kept in this session. */
	private String keptHash;

	/**
	 * UI thread, after the annotation file was written, only while the buffer is the file on disk:
	 * its text is then the one the file's hash names.
	 */
	void keep(String hash, String text, String articleName) {
		if (hash == null || hash.equals(keptHash)) {
			return;
		}
		keptHash = hash;
		Job job = GlossJobs.create("Keeping the text of " + articleName, monitor -> { //$NON-NLS-1$
			TextSnapshots.shared().remember(text);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}
}
