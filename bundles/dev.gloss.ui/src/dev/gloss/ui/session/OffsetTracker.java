/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;

import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.model.Annotation;

/**
 * Moves the annotations with every edit of the article in the editor, and flags those whose text is
 * deleted. Undoing a deletion (the same text put back at the same place) puts the passages it took
 * back where they were, so that Ctrl+Z after deleting a sentence also restores its annotations.
 */
final class OffsetTracker implements IDocumentListener {

	/** A deletion that hit annotations, kept to recognise its undo. */
	private record Cut(int offset, String deleted, int insertedLength, List<Saved> saved) {
	}

	private record Saved(Annotation annotation, int begin, int end, boolean orphaned) {
	}

	/** How many recent deletions can be undone with their annotations. */
	private static final int REMEMBERED_CUTS = 64;
	/** Longest deleted text remembered for that (a bigger one restores nothing). */
	private static final int MAX_REMEMBERED_TEXT = 1 << 20;

	private final GlossSession session;
	private final Deque<Cut> cuts = new ArrayDeque<>();
	private List<Saved> aboutToCut;
	private String aboutToDelete;
	private boolean suspended;
	/** Between documentAboutToBeChanged and documentChanged: the index does not have this edit yet. */
	private boolean editing;

	OffsetTracker(GlossSession session) {
		this.session = session;
	}

	/** While the whole buffer is replaced (revert, reload from disk): the session reloads instead. */
	void setSuspended(boolean suspended) {
		this.suspended = suspended;
		cuts.clear();
	}

	/**
	 * Whether an edit of the document is under way that the index has not taken yet: the file
	 * buffer hears it first, and may call the buffer clean (an undo back to the saved text)
	 * before the annotations moved back.
	 */
	boolean isEditing() {
		return editing;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		editing = !suspended;
		aboutToCut = null;
		aboutToDelete = null;
		AnnotationIndex index = session.index();
		if (suspended || index == null || event.getLength() == 0 || event.getLength() > MAX_REMEMBERED_TEXT) {
			return;
		}
		int offset = event.getOffset();
		List<Saved> saved = new ArrayList<>();
		index.overlapping(offset, offset + event.getLength(),
				i -> saved.add(new Saved(index.get(i), index.begin(i), index.end(i), index.get(i).isOrphaned())));
		if (saved.isEmpty()) {
			return;
		}
		try {
			aboutToDelete = event.getDocument().get(offset, event.getLength());
			aboutToCut = saved;
		} catch (BadLocationException e) {
			// the event is about to fail in the document as well
		}
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		try {
			track(event);
		} finally {
			editing = false;
		}
		session.editTaken();
	}

	private void track(DocumentEvent event) {
		if (suspended) {
			return;
		}
		if (session.index() == null) {
			session.deferEdit(event.getOffset(), event.getLength(), textLength(event));
			return;
		}
		Cut undone = findUndoneCut(event);
		session.applyEdit(event.getOffset(), event.getLength(), textLength(event));
		if (undone != null) {
			cuts.remove(undone);
			session.restore(undone.saved().stream().filter(s -> session.index().contains(s.annotation()))
					.map(s -> new GlossSession.Placement(s.annotation(), s.begin(), s.end(), s.orphaned()))
					.toList());
		} else if (aboutToCut != null) {
			cuts.push(new Cut(event.getOffset(), aboutToDelete, textLength(event), aboutToCut));
			while (cuts.size() > REMEMBERED_CUTS) {
				cuts.removeLast();
			}
		}
		aboutToCut = null;
		aboutToDelete = null;
	}

	private Cut findUndoneCut(DocumentEvent event) {
		String text = event.getText() == null ? "" : event.getText();
		for (Cut cut : cuts) {
			if (cut.offset() == event.getOffset() && cut.insertedLength() == event.getLength()
					&& cut.deleted().equals(text)) {
				return cut;
			}
		}
		return null;
	}

	private static int textLength(DocumentEvent event) {
		return event.getText() == null ? 0 : event.getText().length();
	}
}
