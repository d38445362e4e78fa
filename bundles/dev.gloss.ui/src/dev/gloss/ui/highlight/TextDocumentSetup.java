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
