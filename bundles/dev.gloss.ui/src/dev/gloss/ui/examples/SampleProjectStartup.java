/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.examples;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * With {@code -Dgloss.samples=true} (what {@code ./gloss workbench} passes), a workspace that has no
 * projects gets the sample corpus project, as File > New > Example... > Gloss sample corpus would
 * create it. Any other workspace is left alone.
 */
public final class SampleProjectStartup implements IStartup {

	public static final String PROPERTY = "gloss.samples";

	@Override
	public void earlyStartup() {
		if (!Boolean.getBoolean(PROPERTY)) {
			return;
		}
		var root = ResourcesPlugin.getWorkspace().getRoot();
		if (root.getProjects().length > 0) {
			return;
		}
		IProject project = root.getProject(SampleCorpusWizard.DEFAULT_PROJECT);
		WorkspaceJob job = new WorkspaceJob("Creating the Gloss sample corpus") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (!project.exists()) {
					SampleCorpusWizard.create(project, null, monitor);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(root);
		job.schedule();
	}
}
