// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;

/**
 * What the suggestions' corpus memory of a project knows so far: whether its first pass over the
 * annotation files is over, how many files it read, and whether it remembers a passage.
 */
public final class CorpusMemories {

	private CorpusMemories() {
	}

	/** Whether every annotation file of the project has been read once (false before first use). */
	public static boolean isComplete(IProject project) {
		CorpusContexts.Context context = CorpusContexts.existing(project);
		return context != null && context.keeper().isComplete();
	}

	/** How many annotation files the project's memory read so far. */
	public static int reads(IProject project) {
		CorpusContexts.Context context = CorpusContexts.existing(project);
		return context == null ? 0 : context.keeper().reads();
	}

	/** Whether the project's memory has a passage starting with this word (lower case, as its keys are). */
	public static boolean remembers(IProject project, String firstWord) {
		CorpusContexts.Context context = CorpusContexts.existing(project);
		if (context == null) {
			return false;
		}
		synchronized (context.memory()) {
			return !context.memory().startingWith(firstWord).isEmpty();
		}
	}

	/** Test hook: runs before each annotation file the memories read, on the reading thread. */
	public static void beforeRead(Consumer<Path> hook) {
		MemoryKeeper.beforeRead = hook == null ? path -> {
		} : hook;
	}
}
