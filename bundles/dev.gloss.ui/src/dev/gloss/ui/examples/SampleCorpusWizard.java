/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.examples;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.eclipse.jface.wizard.Wizard;

import dev.gloss.samples.SampleCorpus;
import dev.gloss.ui.internal.Messages;

/** File > New > Example... > Gloss sample corpus: a project holding the sample articles and annotations. */
public final class SampleCorpusWizard extends Wizard implements INewWizard {

	public static final String DEFAULT_PROJECT = "gloss-samples";

	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;

	public SampleCorpusWizard() {
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle(Messages.Wizard_pageTitle);
		page.setDescription(Messages.Wizard_pageDescription);
		page.setInitialProjectName(DEFAULT_PROJECT);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					create(project, location, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.Wizard_title, e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
		}
		return true;
	}

	/** Creates and opens the project and copies the sample corpus into it. */
	public static void create(IProject project, java.net.URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Wizard_creating, 3);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		var description = workspace.newProjectDescription(project.getName());
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		try {
			SampleCorpus.copyTo(project.getLocation().toPath());
		} catch (java.io.IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
	}
}
