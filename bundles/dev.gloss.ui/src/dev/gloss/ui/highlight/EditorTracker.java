/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.ui.session.GlossSessions;

/**
 * Follows the text editors of every workbench window, so that any text editor on a workspace file
 * shows its article's annotations; no Gloss editor is needed. Started early (org.eclipse.ui.startup)
 * so that editors restored with the workbench are covered too.
 */
public final class EditorTracker implements IStartup, IWindowListener, IPartListener2 {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> install(workbench));
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
			GlossSessions.get().editorOpened(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		IWorkbenchPart part = reference.getPart(false);
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor != null) {
			GlossSessions.get().editorClosed(editor);
		}
	}

	@Override
	public void partInputChanged(IWorkbenchPartReference reference) {
		partClosed(reference);
		partOpened(reference);
	}
}
