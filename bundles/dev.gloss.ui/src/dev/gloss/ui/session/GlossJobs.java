// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.session;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * The family of Gloss's background jobs that may be stopped at any time (suggestions, the corpus
 * memory, views' loading, markers): cancelled and joined when the workbench shuts down, so that
 * none is still running when the platform stops (which the platform logs as a warning). Jobs that
 * write the analyst's files are not in it: they are waited for by their owners.
 */
public final class GlossJobs {

	/** The family; a job belongs to it by {@code belongsTo(family) == GlossJobs.FAMILY}. */
	public static final Object FAMILY = GlossJobs.class.getName();

	/** How long shutdown waits for the cancelled jobs to finish. */
	static final long SHUTDOWN_WAIT_MS = 10_000;

	private static final AtomicBoolean WATCHING = new AtomicBoolean();
	private static volatile boolean stopping;

	private GlossJobs() {
	}

	/** A job of the family that runs the function (as {@link Job#create}); watches shutdown too. */
	public static Job create(String name, IJobFunction function) {
		watchShutdown();
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return function.run(monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return is(family);
			}

			@Override
			public boolean shouldSchedule() {
				return mayRun();
			}
		};
	}

	/**
	 * False once the workbench is shutting down: a job of the family scheduled then (by a job that
	 * was running when the family was cancelled, say) is dropped. For {@link Job#shouldSchedule()}.
	 */
	public static boolean mayRun() {
		return !stopping;
	}

	/** Whether a family asked of a job is Gloss's family. */
	public static boolean is(Object family) {
		return FAMILY.equals(family);
	}

	/**
	 * Cancels and joins the family when the workbench shuts down; registered once, by the first job
	 * scheduled (a workbench listener, not an activator, so that nothing runs at start-up).
	 */
	public static void watchShutdown() {
		if (!PlatformUI.isWorkbenchRunning() || !WATCHING.compareAndSet(false, true)) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				// stop early, while the editors close: a job that finishes now shows nothing
				stopping = true;
				Job.getJobManager().cancel(FAMILY);
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				cancelAndJoin(SHUTDOWN_WAIT_MS);
			}
		});
	}

	/**
	 * Cancels every job of the family and waits up to the timeout for them to end. On the UI thread
	 * it keeps dispatching events meanwhile, as the jobs may wait for the UI thread to finish.
	 *
	 * @return whether none is left running
	 */
	public static boolean cancelAndJoin(long timeoutMs) {
		IJobManager manager = Job.getJobManager();
		manager.cancel(FAMILY);
		long deadline = System.nanoTime() + timeoutMs * 1_000_000;
		Display display = Display.getCurrent();
		for (Job job : manager.find(FAMILY)) {
			while (job.getState() != Job.NONE && System.nanoTime() < deadline) {
				job.cancel();
				if (display != null && !display.isDisposed()) {
					while (display.readAndDispatch()) {
						// run what the job waits for
					}
				}
				try {
					job.join(20, null);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return manager.find(FAMILY).length == 0;
	}
}
