/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.properties;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.gloss.model.Annotation;
import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.session.SessionListener;

/**
 * The Properties view's page for a text editor on an article: a text editor's selection is text,
 * which the stock page cannot show, so this page shows the annotation at the caret instead (its
 * EMF.Edit property descriptors, editable), follows the caret, refreshes when the annotation
 * changes elsewhere (quick edit, undo), and undoes in the editor's own undo order (Ctrl+Z while
 * the Properties view is active undoes the last change, text or annotation).
 */
public final class AnnotationPropertySheetPage extends PropertySheetPage implements SessionListener {

	private final ITextEditor editor;
	private GlossSession session;
	private Annotation shown;
	private IWorkbenchPart lastPart;
	private boolean refreshScheduled;

	public AnnotationPropertySheetPage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != null && (part == editor || part.getAdapter(ITextEditor.class) == editor)
				&& selection instanceof ITextSelection text) {
			lastPart = part;
			show(annotationAt(text));
			return;
		}
		super.selectionChanged(part, selection);
	}

	/** The annotation the page shows (null when the caret is on none). */
	public Annotation shown() {
		return shown;
	}

	private void show(Annotation annotation) {
		if (annotation == shown) {
			return;
		}
		shown = annotation;
		super.selectionChanged(lastPart, annotation == null ? StructuredSelection.EMPTY : new StructuredSelection(annotation));
	}

	/** The annotation that spans exactly the selection, else the innermost one at the caret. */
	private Annotation annotationAt(ITextSelection selection) {
		GlossSession current = GlossSessions.get().sessionOf(editor, false);
		follow(current);
		if (current == null || !current.isReady()) {
			return null;
		}
		AnnotationIndex index = current.index();
		int from = selection.getOffset();
		int to = from + selection.getLength();
		if (selection.getLength() > 0) {
			for (Annotation a : index.overlapping(from, to)) {
				int i = index.indexOf(a);
				if (i >= 0 && index.begin(i) == from && index.end(i) == to && !a.isOrphaned()) {
					return a;
				}
			}
		}
		int at = index.at(from);
		return at < 0 ? null : index.get(at);
	}

	private void follow(GlossSession next) {
		if (next != session) {
			if (session != null) {
				session.removeListener(this);
			}
			session = next;
			if (session != null) {
				session.addListener(this);
			}
		}
	}

	@Override
	public void sessionChanged(GlossSession changed, Change change) {
		if ((change == Change.ANNOTATIONS || change == Change.LOADED) && !refreshScheduled) {
			Control control = getControl();
			if (control == null || control.isDisposed()) {
				return;
			}
			// after the change that the page itself may be applying has finished
			refreshScheduled = true;
			control.getDisplay().asyncExec(this::refreshShown);
		}
	}

	private void refreshShown() {
		refreshScheduled = false;
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		if (shown != null && (session == null || !session.isReady() || !session.index().contains(shown))) {
			// removed or retyped (a retyped annotation is a new object): show what is at the caret now
			shown = null;
			if (editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
				show(annotationAt(text));
			}
			if (shown == null && lastPart != null) {
				super.selectionChanged(lastPart, StructuredSelection.EMPTY);
			}
			return;
		}
		refresh();
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		IDocument document = GlossSessions.documentOf(editor);
		IDocumentUndoManager manager = document == null ? null
				: DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (manager != null) {
			IUndoContext context = manager.getUndoContext();
			actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(editor.getSite(), context));
			actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(editor.getSite(), context));
		}
	}

	@Override
	public void dispose() {
		follow(null);
		super.dispose();
	}
}
