/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Between workspace resources and the file system paths the formats work on. */
final class Workspace {

	private Workspace() {
	}

	/** The folders and projects of a selection (a file stands for its folder). */
	static List<Path> folders(IStructuredSelection selection) {
		Set<Path> folders = new LinkedHashSet<>();
		if (selection != null) {
			for (Object element : selection.toList()) {
				IResource resource = element instanceof IResource r ? r
						: element instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
				if (resource == null) {
					continue;
				}
				IContainer container = resource instanceof IContainer c ? c : resource.getParent();
				IPath location = container.getLocation();
				if (location != null) {
					folders.add(location.toPath());
				}
			}
		}
		return new ArrayList<>(folders);
	}

	/** Tells the workspace about files written below a folder, when it is part of it. */
	static void refresh(Path folder) {
		Path absolute = folder.toAbsolutePath();
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(absolute.toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
			} catch (CoreException e) {
				// the files are written; a stale view refreshes on the next F5
			}
		}
		Path parent = absolute.getParent();
		if (parent != null) {
			for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
					.findContainersForLocationURI(parent.toUri())) {
				try {
					container.refreshLocal(IResource.DEPTH_ONE, new NullProgressMonitor());
				} catch (CoreException e) {
					// as above
				}
			}
		}
	}
}
