/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.hover.AnnotationDescriptions;
import dev.gloss.ui.internal.EditorMessages;
import dev.gloss.ui.view.TypeImages;

/**
 * Gloss > Re-attach Orphan to Selection: an annotation whose passage was deleted or rewritten
 * (orphaned: it keeps its quote, attributes and links) moves to the passage the analyst selected.
 * Which orphan: the one whose quote is the selected text, else the only one, else the analyst
 * picks it from a list (type and quote).
 */
public final class ReattachHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext context = EditorContext.of(event, false);
		if (context == null) {
			return null;
		}
		ITextSelection selection = context.selection();
		List<Annotation> orphans = new ArrayList<>();
		context.session.model().getAnnotations().forEach(a -> {
			if (a.isOrphaned()) {
				orphans.add(a);
			}
		});
		if (orphans.isEmpty()) {
			context.error(EditorMessages.Reattach_noOrphan);
			return null;
		}
		if (selection == null || selection.getLength() == 0) {
			context.error(EditorMessages.Reattach_noSelection);
			return null;
		}
		Annotation orphan = choose(context, orphans, selection.getText());
		if (orphan == null) {
			return null;
		}
		try {
			AnnotationEdits.reattach(context.session, orphan, selection.getOffset(),
					selection.getOffset() + selection.getLength());
			context.message(NLS.bind(EditorMessages.Reattach_done, AnnotationType.of(orphan).label(),
					AnnotationDescriptions.shortQuote(orphan)));
		} catch (BadLocationException e) {
			context.error(e.getMessage());
		}
		return null;
	}

	private static Annotation choose(EditorContext context, List<Annotation> orphans, String selected) {
		for (Annotation orphan : orphans) {
			if (selected != null && selected.equals(orphan.getQuote())) {
				return orphan;
			}
		}
		if (orphans.size() == 1) {
			return orphans.get(0);
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(context.editor.getSite().getShell(),
				new LabelProvider() {
					@Override
					public String getText(Object element) {
						Annotation a = (Annotation) element;
						return AnnotationType.of(a).label() + ": \u201c" + AnnotationDescriptions.shortQuote(a) + "\u201d";
					}

					@Override
					public org.eclipse.swt.graphics.Image getImage(Object element) {
						return TypeImages.get(AnnotationType.of((Annotation) element));
					}
				});
		dialog.setTitle(EditorMessages.Reattach_choose);
		dialog.setMessage(EditorMessages.Reattach_chooseInfo);
		dialog.setElements(orphans.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK ? (Annotation) dialog.getFirstResult() : null;
	}
}
