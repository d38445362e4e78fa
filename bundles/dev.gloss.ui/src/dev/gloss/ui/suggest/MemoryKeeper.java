// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.ui.session.GlossJobs;

/**
 * Fills one corpus's memory in the background and keeps it in step with the annotation files:
 * the first pass reads the files one at a time (suggestions use what is known so far meanwhile),
 * later a changed file is read again alone. What each file brought is kept as the ids of its
 * memory entries only, with a count per entry, so that a passage is forgotten when the last file
 * that annotated it no longer does. The memory is only touched while holding its lock, one file
 * at a time, so that a suggestion never waits for more than one file's read.
 */
final class MemoryKeeper {

	/** Test hook: called before each annotation file is read (by the keeper's job thread). */
	static volatile Consumer<Path> beforeRead = path -> {
	};

	private final Path folder;
	private final CorpusMemory memory;
	private final Runnable changed;
	private final GlossStore store = new GlossStore();
	/** article path relative to the corpus -> ids of the entries its annotation file brought */
	private final Map<String, String[]> brought = new HashMap<>();
	/** entry id -> how many files bring it (and the one string of the id that the files share) */
	private final Map<String, Counted> counts = new HashMap<>();
	/** annotation files changed since they were read, to be read again (guarded by itself) */
	private final Set<Path> dirty = new LinkedHashSet<>();
	private final AtomicInteger reads = new AtomicInteger();
	private volatile boolean complete;
	private final Job job;

	/**
	 * @param changed called (from the job) when the first pass is over and after files read again
	 */
	MemoryKeeper(Path folder, CorpusMemory memory, Runnable changed) {
		this.folder = folder;
		this.memory = memory;
		this.changed = changed;
		this.job = new Job(NLS.bind(Messages.Memory_job, folder.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return MemoryKeeper.this.run(monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return GlossJobs.is(family) || family == MemoryKeeper.this;
			}

			@Override
			public boolean shouldSchedule() {
				return GlossJobs.mayRun();
			}
		};
		job.setPriority(Job.DECORATE);
	}

	/** Starts the first pass (again, if it was cancelled); nothing if it is over or running. */
	void start() {
		GlossJobs.watchShutdown();
		if (!complete && job.getState() == Job.NONE) {
			job.schedule();
		}
	}

	/** Reads an annotation file again (changed, added or removed) once the job gets to it. */
	void changed(Path annotationFile) {
		synchronized (dirty) {
			dirty.add(annotationFile);
		}
		GlossJobs.watchShutdown();
		job.schedule();
	}

	/** Whether every annotation file of the corpus has been read once. */
	boolean isComplete() {
		return complete;
	}

	/** How many annotation files were read so far (tests: a change reads one file, not all). */
	int reads() {
		return reads.get();
	}

	Job job() {
		return job;
	}

	private IStatus run(IProgressMonitor monitor) {
		if (!complete) {
			IStatus status = firstPass(monitor);
			if (!status.isOK()) {
				return status;
			}
		}
		boolean any = false;
		while (!monitor.isCanceled()) {
			Path next;
			synchronized (dirty) {
				if (dirty.isEmpty()) {
					break;
				}
				next = dirty.iterator().next();
				dirty.remove(next);
			}
			readAgain(next);
			any = true;
		}
		if (any) {
			changed.run();
		}
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	private IStatus firstPass(IProgressMonitor monitor) {
		List<Article> articles;
		try {
			articles = Corpus.open(folder).articles();
		} catch (IOException e) {
			Log.error(e);
			return Status.CANCEL_STATUS;
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Memory_job, folder.getFileName()),
				articles.size());
		for (Article article : articles) {
			if (progress.isCanceled()) {
				// a later start resumes where this one stopped: the files read are remembered
				return Status.CANCEL_STATUS;
			}
			Path annotationFile = GlossStore.annotationFileOf(article.file());
			boolean known;
			synchronized (memory) {
				known = brought.containsKey(article.relativePath());
			}
			if (!known && Files.isRegularFile(annotationFile)) {
				read(annotationFile, article.relativePath());
			}
			progress.worked(1);
		}
		complete = true;
		changed.run();
		return Status.OK_STATUS;
	}

	private void readAgain(Path annotationFile) {
		Path article = GlossStore.articleOf(annotationFile);
		String where = folder.relativize(article).toString().replace('\\', '/');
		if (Files.isRegularFile(annotationFile)) {
			read(annotationFile, where);
		} else {
			synchronized (memory) {
				replace(where, List.of());
			}
		}
	}

	/** Reads one annotation file and replaces what it brought before; a file that cannot be read brings nothing. */
	private void read(Path annotationFile, String where) {
		beforeRead.accept(annotationFile);
		reads.incrementAndGet();
		List<Annotation> annotations;
		try {
			AnnotatedDocument document = store.load(annotationFile);
			annotations = document.getAnnotations();
		} catch (NoSuchFileException e) {
			annotations = List.of();
		} catch (IOException | RuntimeException e) {
			// the Problems view reports bad files; the memory only does without them
			annotations = List.of();
		}
		synchronized (memory) {
			replace(where, annotations);
		}
	}

	/** Called holding the memory's lock. */
	private void replace(String where, List<Annotation> annotations) {
		String[] before = brought.remove(where);
		List<String> ids = new ArrayList<>();
		for (Annotation annotation : annotations) {
			String id = memory.learn(annotation, where);
			if (id != null) {
				ids.add(id);
			}
		}
		// count the new ones before the old ones go, so that a passage still annotated stays
		String[] now = ids.stream().distinct().map(id -> {
			Counted counted = counts.computeIfAbsent(id, Counted::new);
			counted.files++;
			return counted.id;
		}).toArray(String[]::new);
		if (before != null) {
			for (String id : before) {
				Counted counted = counts.get(id);
				if (counted != null && --counted.files <= 0) {
					counts.remove(id);
					memory.forgetEntry(id);
				}
			}
		}
		brought.put(where, now);
	}

	/** How many files bring an entry. */
	private static final class Counted {
		final String id;
		int files;

		Counted(String id) {
			this.id = id;
		}
	}
}
