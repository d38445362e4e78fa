/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Files;

import dev.gloss.core.text.QuoteRefresh;

/**
 * When a session's annotations reach the disk. While the article in the editor is saved (not
 * dirty), a change is written at once (in the background, within about 100 ms). While it has
 * unsaved edits, offsets refer to text only the editor has: the annotations wait and are written
 * when the article is saved, with its new text hash; closing without saving drops both, as the
 * editor's dirty mark says. UI thread.
 */
final class SavePolicy {

	private final GlossSession session;
	private boolean unsavedWithArticle;
	private boolean textEditedSinceSave;

	SavePolicy(GlossSession session) {
		this.session = session;
	}

	/** The annotation file on disk belongs to the text now in the buffer (a load, a revert). */
	void reset() {
		unsavedWithArticle = false;
		textEditedSinceSave = false;
	}

	void textEdited() {
		textEditedSinceSave = true;
	}

	boolean isWaitingForArticleSave() {
		return unsavedWithArticle;
	}

	/** The annotations changed: write them now, or with the article when it has unsaved edits. */
	void changed() {
		if (session.isBufferDirty()) {
			unsavedWithArticle = true;
		} else {
			session.saver().request();
		}
	}

	/** The article was saved: quotes follow the saved text, the file records its hash, and is written. */
	void articleSaved() {
		var model = session.model();
		if (!textEditedSinceSave && !unsavedWithArticle && model.getAnnotations().isEmpty()
				&& !Files.exists(session.annotationPath())) {
			return;
		}
		if (textEditedSinceSave) {
			session.guard().begin();
			try {
				QuoteRefresh.refresh(model, session.document().get());
			} finally {
				session.guard().end();
			}
		}
		reset();
		if (!model.getAnnotations().isEmpty() || Files.exists(session.annotationPath())) {
			session.saver().request();
		}
	}
}
