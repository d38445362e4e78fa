/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Files;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Keeps the current content of an annotation file in Eclipse's local history before Gloss replaces
 * content it did not write itself (a re-anchoring, a merge, a file from git): the analyst can get
 * it back with Compare With / Replace With > Local History. Gloss writes atomically with a rename,
 * which the workspace's own {@code setContents(KEEP_HISTORY)} cannot do, so the state is added to
 * the history store directly.
 */
final class LocalHistory {

	private LocalHistory() {
	}

	/** Any thread. Best effort: a history that cannot be kept never stops a save. */
	@SuppressWarnings("restriction")
	static void keep(IFile file) {
		if (file.getLocation() == null || !Files.isRegularFile(file.getLocation().toPath())) {
			return;
		}
		try {
			IFileStore store = EFS.getStore(file.getLocationURI());
			var workspace = (org.eclipse.core.internal.resources.Workspace) ResourcesPlugin.getWorkspace();
			workspace.getFileSystemManager().getHistoryStore().addState(file.getFullPath(), store, store.fetchInfo(),
					false);
		} catch (CoreException | RuntimeException | LinkageError e) {
			ILog.of(LocalHistory.class).info("Gloss could not keep the previous version of " + file.getFullPath()
					+ " in the local history: " + e.getMessage());
		}
	}
}
