/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.swt.SWT;

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
}
