/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.startprobe;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Measures a workbench start from the JVM's start, the same way with and without Gloss: when the
 * workbench has started (its early-start-up extensions are run), and when it is idle: no job
 * running or waiting and the UI thread answering within 50 ms, for a whole second. Writes the
 * figures to the file named by {@code -Dgloss.probe.out} and closes the workbench (saving the
 * workspace as a user's exit does), unless {@code -Dgloss.probe.stay=true}.
 */
public final class Probe implements IStartup {

	private static final long QUIET_MS = 1_000;
	private static final long POLL_MS = 50;

	@Override
	public void earlyStartup() {
		// early start-up itself runs in a job: watch from a thread of our own, so the job can end
		Thread watcher = new Thread(this::watch, "Start-up probe"); //$NON-NLS-1$
		watcher.setDaemon(true);
		watcher.start();
	}

	private void watch() {
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		long started = System.currentTimeMillis() - jvmStart;
		Display display = PlatformUI.getWorkbench().getDisplay();
		long quietSince = -1;
		long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(20);
		while (System.currentTimeMillis() < deadline) {
			long now = System.currentTimeMillis();
			long[] answered = { -1 };
			display.syncExec(() -> answered[0] = System.currentTimeMillis());
			boolean quiet = Job.getJobManager().isIdle() && answered[0] - now < POLL_MS;
			if (!quiet) {
				quietSince = -1;
			} else if (quietSince < 0) {
				quietSince = now;
			} else if (now - quietSince >= QUIET_MS) {
				break;
			}
			sleep(POLL_MS);
		}
		long idle = quietSince - jvmStart;
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long heap = runtime.totalMemory() - runtime.freeMemory();
		List<String> lines = new ArrayList<>();
		lines.add("jvm_start_epoch_ms=" + jvmStart);
		lines.add("started_ms=" + started);
		lines.add("idle_ms=" + idle);
		lines.add("heap_after_gc_mb=" + heap / (1024 * 1024));
		lines.add("bundles=" + org.eclipse.core.runtime.Platform.getBundle("org.eclipse.ui").getBundleContext()
				.getBundles().length);
		String out = System.getProperty("gloss.probe.out");
		try {
			if (out != null) {
				Files.write(Path.of(out), lines);
			}
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		if (!Boolean.getBoolean("gloss.probe.stay")) {
			display.asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
