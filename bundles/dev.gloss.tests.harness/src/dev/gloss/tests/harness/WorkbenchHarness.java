/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.tests.harness;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit 5 extension behind {@link WorkbenchTest}. Before each test it starts listening to the
 * platform log and notes the windows that are open; after the test (and after the test's own
 * {@code @AfterEach}, which closes the popups it opened) it fails the test when any bundle logged a
 * warning or an error, when an error or warning dialog appeared (even one the test closed again), or
 * when a window the test opened is still open (a popup the test forgot). Such windows are closed so
 * that the next test starts clean.
 */
public final class WorkbenchHarness implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkbenchHarness.class);

	/** What one test saw. */
	private static final class Watch implements ILogListener, Listener {
		final List<IStatus> entries = new ArrayList<>();
		final Set<Shell> shellsBefore = new HashSet<>();
		/** Error and warning dialogs shown during the test, even if the test closed them again. */
		final List<String> alerts = new ArrayList<>();

		@Override
		public void handleEvent(Event event) {
			if (event.widget instanceof Shell shell && !shell.isDisposed() && showsAlertIcon(shell)) {
				alerts.add("an error or warning dialog appeared: \"" + shell.getText() + "\"" + describe(shell));
			}
		}

		@Override
		public void logging(IStatus status, String plugin) {
			if (status.matches(IStatus.WARNING | IStatus.ERROR) && !KnownPlatformNoise.matches(status)) {
				synchronized (entries) {
					entries.add(status);
				}
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		UI.processEvents();
		Watch watch = new Watch();
		for (Shell shell : UI.display().getShells()) {
			watch.shellsBefore.add(shell);
		}
		Platform.addLogListener(watch);
		UI.display().addFilter(SWT.Show, watch);
		context.getStore(NAMESPACE).put(Watch.class, watch);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Watch watch = context.getStore(NAMESPACE).remove(Watch.class, Watch.class);
		if (watch == null) {
			return;
		}
		List<String> problems = new ArrayList<>();
		try {
			// what the test started may still be on its way to the log or the screen
			UI.processEvents();
			for (Shell shell : openedShells(watch)) {
				problems.add("a window is still open: \"" + shell.getText() + "\"" + describe(shell));
				shell.close();
			}
			UI.processEvents();
		} finally {
			Platform.removeLogListener(watch);
			UI.display().removeFilter(SWT.Show, watch);
		}
		problems.addAll(0, watch.alerts);
		synchronized (watch.entries) {
			for (IStatus status : watch.entries) {
				problems.add("logged: " + format(status));
			}
		}
		if (!problems.isEmpty()) {
			Assertions.fail(context.getDisplayName() + ": the user would have seen "
					+ problems.size() + " problem(s):\n" + String.join("\n", problems));
		}
	}

	private static List<Shell> openedShells(Watch watch) {
		Set<Shell> windows = new HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		List<Shell> opened = new ArrayList<>();
		for (Shell shell : UI.display().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && !windows.contains(shell) && !watch.shellsBefore.contains(shell)) {
				opened.add(shell);
			}
		}
		return opened;
	}

	/** A JFace message or error dialog shows the platform's error or warning icon beside its message. */
	private static boolean showsAlertIcon(org.eclipse.swt.widgets.Control control) {
		if (control instanceof org.eclipse.swt.widgets.Label label && label.getImage() != null) {
			var display = control.getDisplay();
			return label.getImage() == display.getSystemImage(SWT.ICON_ERROR)
					|| label.getImage() == display.getSystemImage(SWT.ICON_WARNING);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				if (showsAlertIcon(child)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The texts in a window (an error dialog's message), so the failure says what it showed. */
	private static String describe(Shell shell) {
		StringBuilder text = new StringBuilder();
		collectTexts(shell, text);
		return text.isEmpty() ? "" : " showing" + text;
	}

	private static void collectTexts(org.eclipse.swt.widgets.Control control, StringBuilder text) {
		if (control instanceof org.eclipse.swt.widgets.Label label && !label.getText().isBlank()) {
			text.append(" [").append(label.getText()).append(']');
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				collectTexts(child, text);
			}
		}
	}

	private static String format(IStatus status) {
		StringBuilder text = new StringBuilder();
		text.append(status.getSeverity() == IStatus.ERROR ? "ERROR " : "WARNING ").append(status.getPlugin())
				.append(": ").append(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("\n    ").append(child.getPlugin()).append(": ").append(child.getMessage());
		}
		if (status.getException() != null) {
			StringWriter trace = new StringWriter();
			status.getException().printStackTrace(new PrintWriter(trace));
			String[] lines = trace.toString().split("\n");
			for (int i = 0; i < Math.min(lines.length, 12); i++) {
				text.append("\n    ").append(lines[i]);
			}
		}
		return text.toString();
	}
}
