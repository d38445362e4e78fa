/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/**
 * Joins Gloss to the text editors lazily, as lsp4e does: the file buffers call this when they set up
 * the document of a text file (org.eclipse.core.filebuffers.documentSetup), which is the moment a
 * text editor opens one; only then is the {@link EditorTracker} installed.
 */
public final class TextDocumentSetup implements IDocumentSetupParticipant {

	@Override
	public void setup(IDocument document) {
		EditorTracker.ensureInstalled();
	}
}
