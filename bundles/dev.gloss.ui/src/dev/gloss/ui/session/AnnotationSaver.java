/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;

/**
 * Writes an article's annotation file in the background, atomically, as soon as it is asked to:
 * serialising 50,000 annotations takes longer than a frame, so the UI thread never does it. The
 * job reads the model while the UI thread may change it; a {@link ModelGuard} tells it whether
 * what it read is consistent, and it reads again when not.
 */
final class AnnotationSaver extends Job {

	/** Coalesces a burst of changes (a sticky-mode run, say) into one write. */
	private static final long DELAY_MS = 100;
	private static final long RETRY_MS = 50;

	private final GlossStore store;
	private final AnnotatedDocument model;
	private final ModelGuard guard;
	private final Path target;
	private final IFile targetResource;
	private final Runnable onSaved;
	private volatile boolean requested;
	private volatile IOException lastFailure;
	private volatile String lastWritten;

	AnnotationSaver(GlossStore store, AnnotatedDocument model, ModelGuard guard, Path target, IFile targetResource,
			Runnable onSaved) {
		super("Saving " + target.getFileName());
		this.store = store;
		this.model = model;
		this.guard = guard;
		this.target = target;
		this.targetResource = targetResource;
		this.onSaved = onSaved;
		setSystem(true);
		setPriority(Job.SHORT);
	}

	/** Asks for a save; the job writes once for any number of requests made before it starts. */
	void request() {
		requested = true;
		schedule(DELAY_MS);
	}

	boolean isPending() {
		return requested || getState() != Job.NONE;
	}

	IOException lastFailure() {
		return lastFailure;
	}

	/** Whether the file on disk is the one this saver wrote last (not changed by git, say). */
	boolean isOwnWrite() {
		return lastWritten != null && lastWritten.equals(stampOf(target));
	}

	/** Size and modification time: enough to tell our write from someone else's. */
	static String stampOf(Path file) {
		try {
			return java.nio.file.Files.size(file) + "@" + java.nio.file.Files.getLastModifiedTime(file).toMillis();
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		requested = false;
		long start = guard.version();
		byte[] bytes;
		try {
			bytes = guard.unchangedSince(start) ? store.toBytes(model) : null;
		} catch (IOException | RuntimeException e) {
			// a change in the middle of reading can break the walk over the model; read again
			bytes = null;
		}
		if (bytes == null || !guard.unchangedSince(start)) {
			requested = true;
			schedule(RETRY_MS);
			return Status.OK_STATUS;
		}
		try {
			byte[] content = bytes;
			AtomicFiles.write(target, out -> out.write(content));
			lastWritten = stampOf(target);
			lastFailure = null;
		} catch (IOException e) {
			lastFailure = e;
			return Status.error("Gloss could not save " + target + ": " + e.getMessage(), e);
		}
		try {
			targetResource.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (CoreException e) {
			// the file is on disk; the workspace notices it at the next refresh
		}
		onSaved.run();
		return Status.OK_STATUS;
	}
}
