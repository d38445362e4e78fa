/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.workbench.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.osgi.service.prefs.BackingStoreException;

import dev.gloss.ui.examples.SampleCorpusWizard;

/**
 * The product's life cycle handler (product property {@code lifeCycleURI}): on the first start of
 * the Gloss workbench on a workspace without projects, creates the sample corpus project, as
 * File > New > Example... > Gloss sample corpus would. Once per workspace: a user who deletes the
 * samples does not get them back on the next start. It also opens the window of a new workspace
 * across the whole screen.
 */
public final class FirstStart {

	static final String OFFERED = "samplesOffered";

	/** On a window Gloss has sized once: from then on the window keeps the size the user gives it. */
	static final String SIZED = "dev.gloss.workbench.sized";

	/**
	 * The IDE opens a new workspace's window at 1024 x 768 whatever the screen; an analyst reads an
	 * article beside its annotations and problems, so Gloss opens it maximized, once per window
	 * model (a workspace whose layout was never saved, as after a crash, gets it again).
	 */
	@ProcessAdditions
	public void windowSize(MApplication application) {
		for (MWindow window : application.getChildren()) {
			if (!window.getTags().contains(SIZED)) {
				window.getTags().add(SIZED);
				window.getTags().add(IPresentationEngine.WINDOW_MAXIMIZED_TAG);
			}
		}
	}

	@PostContextCreate
	public void workspaceReady() {
		var preferences = InstanceScope.INSTANCE.getNode("dev.gloss.workbench");
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (preferences.getBoolean(OFFERED, false) || root.getProjects().length > 0) {
			return;
		}
		preferences.putBoolean(OFFERED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(FirstStart.class).warn(Messages.FirstStart_notRemembered, e);
		}
		IProject project = root.getProject(SampleCorpusWizard.DEFAULT_PROJECT);
		WorkspaceJob job = new WorkspaceJob(Messages.FirstStart_creating) {
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
