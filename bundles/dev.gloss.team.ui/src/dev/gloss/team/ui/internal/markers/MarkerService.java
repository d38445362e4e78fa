/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.markers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ISaveContext;
import org.eclipse.core.resources.ISaveParticipant;
import org.eclipse.core.resources.ISavedState;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.debug.DebugOptions;
import org.eclipse.osgi.service.debug.DebugOptionsListener;
import org.eclipse.osgi.service.debug.DebugTrace;
import org.osgi.service.prefs.BackingStoreException;

import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/**
 * Keeps the Gloss markers in step with the workspace: whenever an annotation file, or an article
 * that has one, is added, changed or removed (an edit, a git pull or checkout followed by a
 * refresh), its markers are recomputed in a background job, many files to one workspace
 * operation.
 *
 * <p>A declarative service, started with the workspace, that does nothing on the thread that
 * starts it: a workspace of 10,000 annotated articles must open as fast as one without Gloss. In
 * the background it then catches up with what changed while the workbench was closed. As a save
 * participant it asks the workspace to remember its tree at every save, so that at the next start
 * the workspace hands it the delta since then: only the files in that delta are checked, without a
 * walk over the workspace. Only when there is no such delta (the first start, markers of the last
 * session left incomplete, new rules) does it walk the workspace, and even then it reads only the
 * files whose persistent stamps say they changed since their markers were computed.
 */
public final class MarkerService implements IResourceChangeListener, ISaveParticipant, DebugOptionsListener {

	/** The job family, for tests and for waiting on the markers. */
	public static final Object FAMILY = MarkerService.class;
	/** How long deactivation waits for a check under way (it stops at the next file once cancelled). */
	private static final long SHUTDOWN_WAIT_MS = 10_000;

	/** How the last start caught up: from the workspace's saved delta, or by a walk over every file. */
	public enum StartMode {
		DELTA, WALK
	}

	/**
	 * What the last start did (for tests and the trace).
	 *
	 * @param walked annotation files looked at (their stamps compared); 0 when the delta sufficed
	 * @param stale  annotation files scheduled for a new check
	 */
	public record StartCheck(StartMode mode, int walked, int stale, long millis) {
	}

	/** Trace option: one line per start and per batch ({@code -debug} with an .options file). */
	static final String TRACE_OPTION = AnnotationFiles.PLUGIN_ID + "/debug/markers"; //$NON-NLS-1$
	/**
	 * Preference: the rules version the markers of every file were computed for when the workspace
	 * was last saved, or empty when some files were still waiting (the next start walks then).
	 */
	static final String COMPLETE_KEY = "markersComplete"; //$NON-NLS-1$
	/** Files per workspace operation: the Problems view fills in steps, not once at the very end. */
	private static final int BATCH = 200;

	private static final AtomicLong FILES_CHECKED = new AtomicLong();
	private static volatile StartCheck lastStart;

	private IWorkspace workspace;
	private volatile DebugTrace trace;
	private final Set<IFile> pending = new LinkedHashSet<>();
	/** A batch is being checked (its files are no longer in {@link #pending}). */
	private volatile boolean working;
	private final Job job = new Job(Messages.Markers_job) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return updatePending(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};
	private final Job startJob = new Job(Messages.Markers_job) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			start(monitor);
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	/** Annotation files whose markers were computed since this runtime started (for tests and benchmarks). */
	public static long filesChecked() {
		return FILES_CHECKED.get();
	}

	/** What the last start did, or null before it is done. */
	public static StartCheck lastStart() {
		return lastStart;
	}

	public void setWorkspace(IWorkspace service) {
		this.workspace = service;
	}

	{
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		startJob.setSystem(true);
		startJob.setPriority(Job.DECORATE);
	}

	public void activate() {
		workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		startJob.schedule();
	}

	public void deactivate() {
		workspace.removeResourceChangeListener(this);
		workspace.removeSaveParticipant(AnnotationFiles.PLUGIN_ID);
		startJob.cancel();
		job.cancel();
		// a check under way must end before the platform stops, or the platform logs it as still running
		for (Job running : new Job[] { startJob, job }) {
			try {
				running.join(SHUTDOWN_WAIT_MS, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void optionsChanged(DebugOptions options) {
		trace = options.getBooleanOption(TRACE_OPTION, false) ? options.newDebugTrace(AnnotationFiles.PLUGIN_ID) : null;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		schedule(affectedBy(event.getDelta()));
	}

	private static Set<IFile> affectedBy(IResourceDelta delta) {
		Set<IFile> affected = new LinkedHashSet<>();
		if (delta == null) {
			return affected;
		}
		try {
			delta.accept(child -> {
				if (child.getResource() instanceof IFile file && (child.getKind() != IResourceDelta.CHANGED
						|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					if (AnnotationFiles.isAnnotationFile(file)) {
						affected.add(file);
					} else if (AnnotationFiles.annotationFileOf(file).exists()) {
						affected.add(AnnotationFiles.annotationFileOf(file));
					}
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(MarkerService.class).log(e.getStatus());
		}
		return affected;
	}

	/** In the background at start: what changed while the workbench was closed. */
	private void start(IProgressMonitor monitor) {
		ISavedState saved;
		try {
			saved = workspace.addSaveParticipant(AnnotationFiles.PLUGIN_ID, this);
		} catch (CoreException e) {
			ILog.of(MarkerService.class).log(e.getStatus());
			saved = null;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AnnotationFiles.PLUGIN_ID);
		boolean complete = ProblemMarkers.RULES_VERSION.equals(preferences.get(COMPLETE_KEY, "")); //$NON-NLS-1$
		if (complete) {
			// from now on the markers are complete only if this session's work is done at its save
			preferences.put(COMPLETE_KEY, ""); //$NON-NLS-1$
			flush(preferences);
		}
		lastStart = catchUp(saved, complete, monitor);
		trace("start: " + lastStart); //$NON-NLS-1$
	}

	/**
	 * Schedules the check of the annotation files that changed since the markers were last complete:
	 * those in the workspace's saved delta when there is one and the markers were complete at that
	 * save, else those whose stamps say so (a walk over the workspace).
	 *
	 * @param saved    the workspace's saved state for Gloss, or null when it has none
	 * @param complete whether every file's markers were computed, with today's rules, when it was saved
	 */
	public StartCheck catchUp(ISavedState saved, boolean complete, IProgressMonitor monitor) {
		long start = System.nanoTime();
		StartCheck check;
		if (saved != null && complete) {
			Set<IFile> changed = new LinkedHashSet<>();
			saved.processResourceChangeEvents(event -> changed.addAll(affectedBy(event.getDelta())));
			schedule(changed);
			check = new StartCheck(StartMode.DELTA, 0, changed.size(), millis(start));
		} else {
			Set<IFile> stale = new LinkedHashSet<>();
			int[] walked = { 0 };
			try {
				workspace.getRoot().accept(resource -> {
					if (AnnotationFiles.isAnnotationFile(resource)) {
						walked[0]++;
						if (!ProblemMarkers.upToDate((IFile) resource)) {
							stale.add((IFile) resource);
						}
					}
					return !monitor.isCanceled()
							&& (!resource.getName().startsWith(".") || resource.getType() == IResource.ROOT); //$NON-NLS-1$
				});
			} catch (CoreException e) {
				ILog.of(MarkerService.class).log(e.getStatus());
			}
			schedule(stale);
			check = new StartCheck(StartMode.WALK, walked[0], stale.size(), millis(start));
		}
		return check;
	}

	private void schedule(Set<IFile> files) {
		if (files.isEmpty()) {
			return;
		}
		synchronized (pending) {
			pending.addAll(files);
		}
		job.schedule(100); // a checkout changes many files at once: one pass for all
	}

	private IStatus updatePending(IProgressMonitor monitor) {
		List<IFile> files;
		synchronized (pending) {
			files = new ArrayList<>(pending);
		}
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		long start = System.nanoTime();
		working = true;
		try {
			for (int from = 0; from < files.size() && !progress.isCanceled(); from += BATCH) {
				List<IFile> batch = files.subList(from, Math.min(files.size(), from + BATCH));
				// one workspace operation per batch: one resource delta for many markers
				workspace.run(inner -> {
					for (IFile file : batch) {
						if (progress.isCanceled()) {
							return; // shutting down: the stamps of the files left say they are still to check
						}
						synchronized (pending) {
							pending.remove(file);
						}
						update(file);
						progress.worked(1);
					}
				}, null, IWorkspace.AVOID_UPDATE, null);
			}
		} catch (CoreException e) {
			return e.getStatus();
		} finally {
			working = false;
		}
		trace("checked " + files.size() + " files in " + millis(start) + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return Status.OK_STATUS;
	}

	private static void update(IFile file) {
		try {
			ProblemMarkers.update(file);
			FILES_CHECKED.incrementAndGet();
		} catch (CoreException e) {
			if (file.exists() && AnnotationFiles.articleOf(file).exists()) {
				ILog.of(MarkerService.class).log(e.getStatus());
			} // else deleted meanwhile: the delta of the deletion clears what is left
		}
	}

	@Override
	public void saving(ISaveContext context) {
		if (context.getKind() == ISaveContext.PROJECT_SAVE) {
			return;
		}
		// keep this tree: the next start gets the delta from it instead of walking the workspace
		context.needDelta();
		boolean done;
		synchronized (pending) {
			done = pending.isEmpty() && !working && startJob.getState() == Job.NONE;
		}
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AnnotationFiles.PLUGIN_ID);
		preferences.put(COMPLETE_KEY, done ? ProblemMarkers.RULES_VERSION : ""); //$NON-NLS-1$
		flush(preferences);
	}

	@Override
	public void prepareToSave(ISaveContext context) {
		// nothing to prepare: the markers themselves are saved by the workspace
	}

	@Override
	public void doneSaving(ISaveContext context) {
		// no files of our own to clean up
	}

	@Override
	public void rollback(ISaveContext context) {
		// the preference written in saving() stays on the safe side: at worst the next start walks
	}

	private static void flush(IEclipsePreferences preferences) {
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// at worst the next start walks the workspace once more
			ILog.of(MarkerService.class).info(e.getMessage());
		}
	}

	private void trace(String message) {
		DebugTrace current = trace;
		if (current != null) {
			current.trace("/debug/markers", message); //$NON-NLS-1$
		}
	}

	private static long millis(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
