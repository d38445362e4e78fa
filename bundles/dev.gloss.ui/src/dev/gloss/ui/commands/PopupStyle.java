/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * The shell style of Gloss's popups (type chooser, link, quick edit): what JFace's own
 * focusable hovers use. {@code SWT.RESIZE} alone (PopupDialog's resizable style) is a normal
 * top-level window to the window manager on GTK/X11, so openbox, xfwm and others give it a
 * title bar with minimise/maximise buttons and move the window manager's focus away from the
 * workbench; {@code ON_TOP} makes it a popup the window manager leaves alone, {@code TOOL} gives
 * it the thin border of a hover.
 */
final class PopupStyle {

	/** A popup that takes the keyboard focus and can be resized where the platform allows. */
	static final int RESIZABLE = SWT.TOOL | SWT.ON_TOP | SWT.RESIZE;

	/** A popup of fixed size (the type chooser). */
	static final int FIXED = SWT.TOOL | SWT.ON_TOP;

	private PopupStyle() {
	}

	/**
	 * Closes the popup when the focus goes to a control outside it (a click in the text, a view, a
	 * toolbar). The window manager tells an {@code ON_TOP} popup nothing of being deactivated, so
	 * PopupDialog's own closing on deactivation never comes for these styles: without this, a
	 * popup stayed open over the workbench until Esc, which no longer reached it.
	 */
	static void closeWhenFocusLeaves(PopupDialog popup, Shell shell) {
		Display display = shell.getDisplay();
		Listener listener = event -> {
			if (!shell.isDisposed() && event.widget instanceof Control control && !control.isDisposed()
					&& !within(control.getShell(), shell)) {
				popup.close();
			}
		};
		display.addFilter(SWT.FocusIn, listener);
		shell.addDisposeListener(event -> display.removeFilter(SWT.FocusIn, listener));
	}

	/** Whether a shell is the popup or one of its own (a drop-down list, say). */
	private static boolean within(Shell candidate, Shell popup) {
		for (Shell shell = candidate; shell != null; shell = shell.getParent() instanceof Shell parent ? parent : null) {
			if (shell == popup) {
				return true;
			}
		}
		return false;
	}
}
