/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/**
 * Sticky mode: while on, every selection made in an article editor (released mouse button, or
 * released Shift after selecting by keyboard) is marked at once with the type used last.
 */
public final class StickyMode implements Listener {

	private static final StickyMode INSTANCE = new StickyMode();

	private AnnotationType lastType = AnnotationType.CLAIM;
	private boolean enabled;
	private int lastOffset = -1;
	private int lastLength = -1;

	private StickyMode() {
	}

	public static StickyMode get() {
		return INSTANCE;
	}

	public AnnotationType lastType() {
		return lastType;
	}

	void setLastType(AnnotationType type) {
		lastType = type;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		if (this.enabled == enabled) {
			return;
		}
		this.enabled = enabled;
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (enabled) {
			display.addFilter(SWT.MouseUp, this);
			display.addFilter(SWT.KeyUp, this);
		} else {
			display.removeFilter(SWT.MouseUp, this);
			display.removeFilter(SWT.KeyUp, this);
		}
	}

	@Override
	public void handleEvent(Event event) {
		if (!(event.widget instanceof StyledText)
				|| (event.type == SWT.KeyUp && event.keyCode != SWT.SHIFT)) {
			return;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart part = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || GlossSessions.viewerOf(editor) == null
				|| GlossSessions.viewerOf(editor).getTextWidget() != event.widget) {
			return;
		}
		// let the editor finish its own selection handling first
		event.display.asyncExec(() -> markSelection(editor));
	}

	/** Marks the editor's selection with the last type, unless it is empty or was just marked. */
	public Annotation markSelection(ITextEditor editor) {
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)
				|| selection.getLength() == 0
				|| (selection.getOffset() == lastOffset && selection.getLength() == lastLength)) {
			return null;
		}
		GlossSession session = GlossSessions.get().sessionOf(editor, true);
		if (session == null || !session.isReady()) {
			return null;
		}
		session.syncOffsets();
		int end = selection.getOffset() + selection.getLength();
		for (Annotation a : session.index().overlapping(selection.getOffset(), end)) {
			if (a.getBegin() == selection.getOffset() && a.getEnd() == end && AnnotationType.of(a) == lastType) {
				return null;
			}
		}
		lastOffset = selection.getOffset();
		lastLength = selection.getLength();
		try {
			return AnnotationEdits.create(session, lastType, selection.getOffset(), end);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return null;
		}
	}
}
