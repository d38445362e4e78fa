/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.markers;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/**
 * Keeps the Gloss markers in step with the workspace: whenever an annotation file, or an article
 * that has one, is added, changed or removed (an edit, a git pull or checkout followed by a
 * refresh), its markers are recomputed in a background job. A declarative service, started with
 * the workspace; at start it checks the annotation files that changed since their markers were
 * computed (all of them the first time).
 */
public final class MarkerService implements IResourceChangeListener {

	/** The job family, for tests and for waiting on the markers. */
	public static final Object FAMILY = MarkerService.class;

	private IWorkspace workspace;
	private final Set<IFile> pending = new LinkedHashSet<>();
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

	public void setWorkspace(IWorkspace service) {
		this.workspace = service;
	}

	public void activate() {
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
		scanAll();
	}

	public void deactivate() {
		workspace.removeResourceChangeListener(this);
		job.cancel();
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IFile> affected = new LinkedHashSet<>();
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
			ILog.of(getClass()).log(e.getStatus());
		}
		schedule(affected);
	}

	private void scanAll() {
		Set<IFile> all = new LinkedHashSet<>();
		try {
			workspace.getRoot().accept(resource -> {
				if (AnnotationFiles.isAnnotationFile(resource) && !ProblemMarkers.upToDate((IFile) resource)) {
					all.add((IFile) resource);
				}
				return !resource.getName().startsWith(".") || resource.getType() == IResource.ROOT; //$NON-NLS-1$
			});
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		schedule(all);
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
		Set<IFile> files;
		synchronized (pending) {
			files = new LinkedHashSet<>(pending);
			pending.clear();
		}
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		try {
			workspace.run(inner -> {
				for (IFile file : files) {
					if (progress.isCanceled()) {
						return;
					}
					try {
						ProblemMarkers.update(file);
					} catch (CoreException e) {
						if (file.exists() && AnnotationFiles.articleOf(file).exists()) {
							ILog.of(MarkerService.class).log(e.getStatus());
						} // else deleted meanwhile: the delta of the deletion clears what is left
					}
					progress.worked(1);
				}
			}, null, IWorkspace.AVOID_UPDATE, progress);
		} catch (CoreException e) {
			return e.getStatus();
		}
		return Status.OK_STATUS;
	}
}
