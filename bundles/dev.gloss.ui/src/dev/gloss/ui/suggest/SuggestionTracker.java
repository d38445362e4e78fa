// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Follows the text editors so that each article gets its suggestions. Installed with the editor
 * tracker when the first text document is set up, never at workbench start; an editor is joined when
 * it opens, and nothing is computed before it is.
 */
public final class SuggestionTracker implements IWindowListener, IPartListener2 {

	/** Hooks the windows that are open and those to come; call once, on the UI thread. */
	public void install(IWorkbench workbench) {
		workbench.addWindowListener(this);
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			windowOpened(window);
		}
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getPartService().removePartListener(this);
		window.getPartService().addPartListener(this);
		for (IWorkbenchPage page : window.getPages()) {
			for (var reference : page.getEditorReferences()) {
				partOpened(reference);
			}
		}
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		window.getPartService().removePartListener(this);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		ITextEditor editor = editor(reference);
		if (editor != null) {
			EditorSuggestions.attach(editor);
			CountReader.follow(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		ITextEditor editor = editor(reference);
		if (editor != null) {
			EditorSuggestions.detach(editor);
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		partClosed(reference);
		partOpened(reference);
	}

	private static ITextEditor editor(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		return part == null ? null : part.getAdapter(ITextEditor.class);
	}
}
