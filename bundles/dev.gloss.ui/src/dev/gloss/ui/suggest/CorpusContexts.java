// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;

/**
 * What a corpus (a workspace project) remembers: the passages annotated in it and the suggestions
 * rejected in it. Read once per project, in the background, then kept up to date by accepting and
 * rejecting; the memory is only touched while holding its lock.
 */
final class CorpusContexts {

	/** One corpus's memory and rejections. */
	record Context(Path folder, CorpusMemory memory, Rejections rejections) {
	}

	private static final Map<IProject, Context> CONTEXTS = new ConcurrentHashMap<>();

	private CorpusContexts() {
	}

	/** The project's context, read on first use (call from a background job). */
	static Context of(IProject project) throws IOException {
		Context context = CONTEXTS.get(project);
		if (context != null) {
			return context;
		}
		Path folder = project.getLocation().toPath();
		Rejections rejections;
		try {
			rejections = Rejections.load(folder);
		} catch (IOException e) {
			// a broken rejections file must not stop the suggestions: start empty, say why in the log
			dev.gloss.ui.suggest.Log.error(e);
			rejections = Rejections.none();
		}
		CorpusMemory memory = CorpusMemory.of(Corpus.open(folder));
		Context created = new Context(folder, memory, rejections);
		Context raced = CONTEXTS.putIfAbsent(project, created);
		return raced != null ? raced : created;
	}

	/** Forgets every project's context (tests). */
	static void reset() {
		CONTEXTS.clear();
	}
}
