/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.display;
import static dev.gloss.ui.tests.Workbench.settle;
import static dev.gloss.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Input as the user gives it: key strokes and mouse clicks posted to the display's event queue
 * (Display.post, XTest under X11), so that they go through the same key bindings, focus and
 * widget code as a person's; and screenshots of the whole display.
 */
final class RealInput {

	private RealInput() {
	}

	/** Makes the workbench window the one that gets the keys (Xvfb may run without a window manager). */
	static void focus(Shell shell) {
		shell.forceActive();
		shell.forceFocus();
		waitUntil("the workbench window is active", () -> display().getActiveShell() == shell);
	}

	/** A key stroke: modifiers (SWT.CTRL, SWT.ALT, SWT.SHIFT) held while the key goes down and up. */
	static void press(int modifiers, int key) {
		// without a window manager (plain Xvfb) nobody hands the X input focus to a popup that
		// took the focus: the keys go where the workbench believes the focus is
		focusWhereTheWorkbenchThinks();
		int[] order = { SWT.CTRL, SWT.ALT, SWT.SHIFT };
		for (int modifier : order) {
			if ((modifiers & modifier) != 0) {
				post(SWT.KeyDown, modifier, '\0');
			}
		}
		post(SWT.KeyDown, keyCode(key), character(key));
		post(SWT.KeyUp, keyCode(key), character(key));
		for (int i = order.length - 1; i >= 0; i--) {
			if ((modifiers & order[i]) != 0) {
				post(SWT.KeyUp, order[i], '\0');
			}
		}
		settle(60);
	}

	/**
	 * Without a window manager (plain Xvfb) nobody hands the X input focus to a popup that took
	 * the focus, nor back to the window when it closes: the keys go where the workbench believes
	 * the focus is.
	 */
	private static void focusWhereTheWorkbenchThinks() {
		Shell active = display().getActiveShell();
		if (active == null || active.isDisposed()) {
			active = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		}
		active.forceActive();
	}

	/** Posts a key stroke and returns at once (the benchmark times what follows). */
	static void stroke(int modifiers, int key) {
		focusWhereTheWorkbenchThinks();
		int[] order = { SWT.CTRL, SWT.ALT, SWT.SHIFT };
		for (int modifier : order) {
			if ((modifiers & modifier) != 0) {
				post(SWT.KeyDown, modifier, '\0');
			}
		}
		post(SWT.KeyDown, keyCode(key), character(key));
		post(SWT.KeyUp, keyCode(key), character(key));
		for (int i = order.length - 1; i >= 0; i--) {
			if ((modifiers & order[i]) != 0) {
				post(SWT.KeyUp, order[i], '\0');
			}
		}
	}

	/** The Gloss prefix Alt+Shift+G, then a letter. */
	static void gloss(char letter) {
		press(SWT.ALT | SWT.SHIFT, 'g');
		press(0, letter);
	}

	static void type(String text) {
		for (char c : text.toCharArray()) {
			if (c == '\n' || c == '\r') {
				press(0, SWT.CR);
			} else {
				press(0, c);
			}
		}
	}

	/** Keys without a printable character (F2, arrows) and control keys (Enter, Esc) go by key code. */
	private static int keyCode(int key) {
		boolean control = key == SWT.CR || key == SWT.ESC || key == SWT.TAB || key == SWT.BS || key == SWT.DEL;
		return (key & SWT.KEYCODE_BIT) != 0 || control ? key : 0;
	}

	private static char character(int key) {
		return (key & SWT.KEYCODE_BIT) != 0 ? '\0' : (char) key;
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display().post(event)) {
			throw new IllegalStateException("the display takes no posted events");
		}
	}

	/** A point just inside the left edge of the character at a widget offset: a click there puts the caret before it. */
	static Point pointAt(StyledText text, int widgetOffset) {
		Rectangle bounds = text.getTextBounds(widgetOffset, widgetOffset);
		return text.toDisplay(bounds.x + Math.min(2, Math.max(1, bounds.width / 4)), bounds.y + bounds.height / 2);
	}

	/** Moves the mouse there (without a click: a resting mouse, for hovers). */
	static void move(Point where) {
		Event event = new Event();
		event.type = SWT.MouseMove;
		event.x = where.x;
		event.y = where.y;
		display().post(event);
		settle(30);
	}

	/**
	 * A left click at a widget offset of the text: the pointer really moves there; the button goes
	 * to the widget as the SWT mouse events a click makes (down, up), through StyledText's own
	 * mouse handling (caret, then selection, as for a person's click). Posted button events are not
	 * used: under Xvfb, SWT/GTK 3 gives them coordinates off by the pointer's screen position.
	 */
	static void click(StyledText text, int widgetOffset) {
		click(text, widgetOffset, SWT.NONE);
	}

	private static void click(StyledText text, int widgetOffset, int stateMask) {
		Point where = pointAt(text, widgetOffset);
		move(where);
		Point local = text.toControl(where);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.count = 1;
			event.x = local.x;
			event.y = local.y;
			event.stateMask = stateMask | (type == SWT.MouseUp ? SWT.BUTTON1 : 0);
			text.notifyListeners(type, event);
			settle(20);
		}
		settle(40);
	}

	/**
	 * Moves the mouse out of the way (the status line's left end), so that no hover opens while
	 * the test types: a person's hand leaves the mouse anywhere, a test must not depend on where.
	 */
	static void park() {
		Shell window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle area = window.getClientArea();
		move(window.toDisplay(area.x + 5, area.y + area.height - 5));
	}

	/** Selects [from, to) with the mouse: a click at the start, a Shift+click at the end. */
	static void selectWithMouse(StyledText text, int from, int to) {
		click(text, from, SWT.NONE);
		click(text, to, SWT.SHIFT);
	}

	/** Saves the whole display as target/&lt;folder&gt;/&lt;name&gt;.png and returns the file. */
	static Path screenshot(String folder, String name) {
		settle(150);
		Path out = Path.of(System.getProperty("gloss.out", "target"), folder, name + ".png");
		try {
			Files.createDirectories(out.getParent());
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		Rectangle bounds = display().getBounds();
		Image image = new Image(display(), bounds.width, bounds.height);
		GC gc = new GC(display());
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		return out;
	}
}
