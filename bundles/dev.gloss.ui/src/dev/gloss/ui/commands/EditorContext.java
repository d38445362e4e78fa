/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/** The article editor a command runs in, its session, its selection; failures go to the status line. */
final class EditorContext {

	final ITextEditor editor;
	final GlossSession session;

	private EditorContext(ITextEditor editor, GlossSession session) {
		this.editor = editor;
		this.session = session;
	}

	/** The context, or null after telling the user (in the status line) why there is none. */
	static EditorContext of(ExecutionEvent event, boolean create) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null) {
			return null;
		}
		// an error of an earlier command must not stand next to what this one does (the type
		// chooser open under "Select the passage to annotate first", in red)
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		GlossSession session = GlossSessions.get().sessionOf(editor, create);
		EditorContext context = new EditorContext(editor, session);
		if (session == null) {
			if (create) {
				context.error(Messages.Context_notAFile);
			} else {
				context.error(Messages.Context_noAnnotations);
			}
			return null;
		}
		if (session.isReady()) {
			// commands read and change offsets: bring the model up to date with the text first
			session.syncOffsets();
		} else {
			context.error(session.state() == GlossSession.State.LOADING
					? NLS.bind(Messages.Context_loading, session.article().getName())
					: NLS.bind(Messages.Context_failed, session.problem()));
			return null;
		}
		return context;
	}

	ITextSelection selection() {
		ISelection selection = editor.getSelectionProvider().getSelection();
		return selection instanceof ITextSelection text ? text : null;
	}

	/**
	 * The annotation the command is about: the one that spans exactly the selection, else the
	 * innermost one at the caret.
	 */
	Annotation target() {
		ITextSelection selection = selection();
		if (selection == null) {
			return null;
		}
		if (selection.getLength() > 0) {
			for (Annotation a : session.index().overlapping(selection.getOffset(),
					selection.getOffset() + selection.getLength())) {
				if (a.getBegin() == selection.getOffset() && a.getEnd() == selection.getOffset() + selection.getLength()
						&& !a.isOrphaned()) {
					return a;
				}
			}
		}
		int at = session.index().at(selection.getOffset());
		return at < 0 ? null : session.index().get(at);
	}

	void error(String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		editor.getEditorSite().getShell().getDisplay().beep();
	}

	void message(String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}
}
