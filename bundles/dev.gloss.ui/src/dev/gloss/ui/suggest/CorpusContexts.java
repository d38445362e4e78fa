// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.gloss.core.store.GlossStore;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;

/**
 * What a corpus (a workspace project) remembers: the passages annotated in it and the suggestions
 * rejected in it. Made at once, empty; a {@link MemoryKeeper} fills the memory in the background
 * and keeps it in step with the annotation files changed in the workspace (resource deltas, one
 * file read again at a time). Accepting and rejecting update it too; the memory is only touched
 * while holding its lock.
 */
final class CorpusContexts {

	/** One corpus's memory and rejections. */
	record Context(Path folder, CorpusMemory memory, Rejections rejections, MemoryKeeper keeper) {
	}

	private static final Map<IProject, Context> CONTEXTS = new ConcurrentHashMap<>();
	private static final AtomicBoolean LISTENING = new AtomicBoolean();

	private CorpusContexts() {
	}

	/** The project's context, made on first use with the memory still filling (call from a background job). */
	static Context of(IProject project) throws IOException {
		Context context = CONTEXTS.get(project);
		if (context != null) {
			// a reading cancelled from the Progress view resumes where it stopped
			context.keeper().start();
			return context;
		}
		listen();
		Path folder = project.getLocation().toPath();
		Rejections rejections;
		try {
			rejections = Rejections.load(folder);
		} catch (IOException e) {
			// a broken rejections file must not stop the suggestions: start empty, say why in the log
			dev.gloss.ui.suggest.Log.error(e);
			rejections = Rejections.none();
		}
		CorpusMemory memory = new CorpusMemory();
		MemoryKeeper keeper = new MemoryKeeper(folder, memory, () -> EditorSuggestions.memoryChanged(project));
		Context created = new Context(folder, memory, rejections, keeper);
		Context raced = CONTEXTS.putIfAbsent(project, created);
		if (raced != null) {
			return raced;
		}
		keeper.start();
		return created;
	}

	/** The project's context if it was made, else null (tests). */
	static Context existing(IProject project) {
		return CONTEXTS.get(project);
	}

	/** Forgets every project's context (tests). */
	static void reset() {
		CONTEXTS.values().forEach(c -> c.keeper().job().cancel());
		CONTEXTS.clear();
	}

	/** Follows annotation files changed in the workspace into the memories already made. */
	private static void listen() {
		if (!LISTENING.compareAndSet(false, true)) {
			return;
		}
		IResourceChangeListener listener = new IResourceChangeListener() {
			@Override
			public void resourceChanged(IResourceChangeEvent event) {
				if (event.getDelta() == null || CONTEXTS.isEmpty()) {
					return;
				}
				try {
					event.getDelta().accept(CorpusContexts::visit);
				} catch (CoreException e) {
					Log.error(e);
				}
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
	}

	private static boolean visit(IResourceDelta delta) {
		IResource resource = delta.getResource();
		if (resource.getType() == IResource.PROJECT) {
			if (delta.getKind() == IResourceDelta.REMOVED) {
				Context gone = CONTEXTS.remove(resource);
				if (gone != null) {
					gone.keeper().job().cancel();
				}
				return false;
			}
			// only the corpora whose memory is kept
			return CONTEXTS.containsKey(resource);
		}
		if (resource.getType() == IResource.FOLDER && resource.getName().startsWith(".")) { //$NON-NLS-1$
			// hidden folders (.git) are not part of the corpus
			return false;
		}
		if (resource.getType() == IResource.FILE) {
			if (GlossStore.FILE_EXTENSION.equals(resource.getFileExtension())
					&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0
							|| (delta.getFlags() & IResourceDelta.REPLACED) != 0)
					&& resource.getLocation() != null) {
				Context context = CONTEXTS.get(resource.getProject());
				if (context != null) {
					context.keeper().changed(resource.getLocation().toPath());
				}
			}
			return false;
		}
		return true;
	}
}
