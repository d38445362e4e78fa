/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.tests.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The one way Gloss's workbench tests wait: run the event loop until a condition holds, failing
 * after a timeout. A fixed sleep is either too short on a loaded machine or wastes time on an idle one.
 */
public final class UI {

	/**
	 * How long a condition may take: generous, because a wait ends as soon as the condition holds and CI
	 * machines are shared; {@code -Dgloss.test.timeout=<ms>} changes it.
	 */
	public static final long TIMEOUT_MS = Long.getLong("gloss.test.timeout", 30_000);

	private UI() {
	}

	public static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs the event loop until the condition holds; fails naming what it waited for after the timeout. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, TIMEOUT_MS, condition);
	}

	public static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		Display display = display();
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out after " + timeoutMs + " ms waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				// wake up to poll again even when no event comes
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Waits until the supplier gives a value (not null) and returns it. */
	public static <T> T eventually(String what, Supplier<T> supplier) {
		Object[] value = new Object[1];
		waitUntil(what, () -> (value[0] = supplier.get()) != null);
		@SuppressWarnings("unchecked")
		T result = (T) value[0];
		return result;
	}

	/** Dispatches every event already queued (async runnables, repaints), without waiting for more. */
	public static void processEvents() {
		Display display = display();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Waits until no job of the family is waiting, sleeping or running (the event loop keeps running). */
	public static void waitForJobs(Object family) {
		waitUntil("jobs of " + family + " done", () -> Job.getJobManager().find(family).length == 0);
		processEvents();
	}
}
