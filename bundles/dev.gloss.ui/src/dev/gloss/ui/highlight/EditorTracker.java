/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.suggest.SuggestionTracker;

/**
 * Follows the text editors of every workbench window, so that any text editor on a workspace file
 * shows its article's annotations; no Gloss editor is needed. Installed lazily, when the first text
 * document is set up ({@link TextDocumentSetup}), never at workbench start: a workbench that opens
 * no text file never loads Gloss. Installing hooks the editors already open, so the editor whose
 * document triggered it is covered too.
 */
public final class EditorTracker implements IWindowListener, IPartListener2 {

	private static volatile boolean installed;

	private static boolean listening;

	/**
	 * Installs the tracker once, on the UI thread, after the event that set up a document. Listens to
	 * the file buffers at once (any thread), so that the buffer being created now is seen too and its
	 * annotation file is read while the editor builds its widget.
	 */
	public static void ensureInstalled() {
		synchronized (EditorTracker.class) {
			if (!listening) {
				listening = true;
				GlossSessions.get().listen();
			}
		}
		if (installed || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			if (!installed && !workbench.isClosing()) {
				installed = true;
				new EditorTracker().install(workbench);
			}
		});
	}

	/** Hooks the windows that are open and those to come; idempotent per window. */
	public void install(IWorkbench workbench) {
		GlossSessions.get().listen();
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
		IWorkbenchPart part = reference.getPart(false);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			ArticleWrap.editorOpened(editor);
			GlossSessions.get().editorOpened(editor);
			SuggestionTracker.editorOpened(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			GlossSessions.get().editorClosed(editor);
			SuggestionTracker.editorClosed(editor);
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		partClosed(reference);
		partOpened(reference);
	}
}
