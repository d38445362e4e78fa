/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.gloss.formats.ProgressMonitor;

/** Lets an export or import report to the wizard's progress monitor and see its Cancel button. */
final class MonitorAdapter implements ProgressMonitor {

	private final IProgressMonitor monitor;
	private SubMonitor progress;
	private boolean unknown;

	MonitorAdapter(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void begin(int documents) {
		// an import learns its documents as it reads them: then each one takes a share of what is left
		progress = SubMonitor.convert(monitor, documents < 0 ? 1000 : documents);
		unknown = documents < 0;
	}

	@Override
	public void worked(int done, String document) {
		if (progress != null) {
			progress.subTask(document);
			if (unknown) {
				progress.setWorkRemaining(1000);
			}
			progress.worked(1);
		}
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}
}
