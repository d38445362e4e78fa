/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The passage selected in an open editor of an article: where an orphaned annotation can be
 * re-attached from the Problems view. The active editor's selection wins over another editor's.
 *
 * @param offset where the selection begins, in the editor's text (UTF-16 code units)
 * @param text   the selected text, to check at run time that the selection still holds it
 */
record SelectedPassage(int offset, String text) {

	private static final int SHOWN = 40;

	int end() {
		return offset + text.length();
	}

	/** The selected text for a label: one line, shortened in the middle of a long passage. */
	String shortText() {
		String line = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 15) + "\u2026" //$NON-NLS-1$
				+ line.substring(line.length() - 14);
	}

	/** The passage selected in an editor of the article, if one is open with a selection. */
	static Optional<SelectedPassage> in(IFile article) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return Optional.empty();
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.getThread() == Thread.currentThread()) {
			return find(article);
		}
		// the Problems view may ask for the quick fixes from a progress thread
		AtomicReference<Optional<SelectedPassage>> found = new AtomicReference<>(Optional.empty());
		display.syncExec(() -> found.set(find(article)));
		return found.get();
	}

	private static Optional<SelectedPassage> find(IFile article) {
		for (ITextEditor editor : editorsOf(article)) {
			ISelection selection = editor.getSelectionProvider() == null ? null
					: editor.getSelectionProvider().getSelection();
			if (selection instanceof ITextSelection text && text.getLength() > 0 && text.getText() != null
					&& !text.getText().isBlank()) {
				return Optional.of(new SelectedPassage(text.getOffset(), text.getText()));
			}
		}
		return Optional.empty();
	}

	/** The open text editors on the article, the active one first. */
	private static List<ITextEditor> editorsOf(IFile article) {
		List<ITextEditor> editors = new ArrayList<>();
		IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage activePage = active == null ? null : active.getActivePage();
		if (activePage != null && activePage.getActiveEditor() instanceof ITextEditor editor && isOn(editor, article)) {
			editors.add(editor);
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false); // never restores an editor just to look
					ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
					if (editor != null && !editors.contains(editor) && isOn(editor, article)) {
						editors.add(editor);
					}
				}
			}
		}
		return editors;
	}

	private static boolean isOn(ITextEditor editor, IFile article) {
		return article.equals(editor.getEditorInput().getAdapter(IFile.class));
	}
}
