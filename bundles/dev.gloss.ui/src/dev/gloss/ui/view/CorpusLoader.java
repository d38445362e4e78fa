/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.store.GlossStore;
import dev.gloss.ui.files.AnnotationFileService;
import dev.gloss.ui.internal.Messages;

/**
 * Reads the annotation files under a folder into the Corpus view's compact rows (background
 * thread); unreadable files are reported. The rows of each file are kept (softly: the memory is
 * given back when the heap runs short) with the file's modification stamp, so that opening the
 * view again, another folder of the same corpus, or the corpus after one file changed reads only
 * the files that changed.
 */
final class CorpusLoader {

	/**
	 * @param filesRead annotation files read from disk (the others came from the cache)
	 */
	record Result(CorpusRows rows, List<String> problems, int filesRead) {
	}

	/** Told how far the reading got (from any thread). */
	@FunctionalInterface
	interface Progress {
		void read(int done, int total);
	}

	private static final Map<IFile, SoftReference<FileRows>> CACHE = new ConcurrentHashMap<>();
	private static final AtomicInteger FILES_READ = new AtomicInteger();

	private CorpusLoader() {
	}

	/** Annotation files read from disk by the Corpus view since start (for tests and the benchmark). */
	static int filesRead() {
		return FILES_READ.get();
	}

	/** Forgets the kept rows (the benchmark's first load). */
	static void forget() {
		CACHE.clear();
	}

	static Result load(IContainer container, IProgressMonitor monitor, Progress progress) throws CoreException {
		List<IFile> files = new ArrayList<>();
		container.accept((IResourceVisitor) resource -> {
			if (resource instanceof IFile file && AnnotationFileService.isAnnotationFile(file)
					&& file.getLocation() != null) {
				files.add(file);
			}
			return !monitor.isCanceled();
		}, IResource.DEPTH_INFINITE, IResource.NONE);
		// the order of the view's Where column: article path, then place
		files.sort(Comparator.comparing((IFile f) -> AnnotationFileService.articleOf(f).getFullPath().toString()));
		SubMonitor progressMonitor = SubMonitor.convert(monitor,
				NLS.bind(Messages.View_loading, container.getFullPath()), files.size());
		FileRows[] loaded = new FileRows[files.size()];
		ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
		AtomicInteger done = new AtomicInteger();
		AtomicInteger read = new AtomicInteger();
		// the files are independent: read on the common pool's threads as well as this one
		IntStream.range(0, files.size()).parallel().forEach(i -> {
			if (monitor.isCanceled()) {
				return;
			}
			IFile file = files.get(i);
			long stamp = file.getModificationStamp();
			SoftReference<FileRows> kept = CACHE.get(file);
			FileRows rows = kept == null ? null : kept.get();
			if (rows == null || rows.stamp != stamp) {
				try {
					rows = FileRows.of(AnnotationFileService.articleOf(file), stamp,
							new GlossStore().load(file.getLocation().toPath()));
					CACHE.put(file, new SoftReference<>(rows));
					read.incrementAndGet();
					FILES_READ.incrementAndGet();
				} catch (IOException e) {
					problems.add(e.getMessage());
					CACHE.remove(file);
					ILog.of(CorpusLoader.class).warn(e.getMessage());
					rows = null;
				}
			}
			loaded[i] = rows;
			int finished = done.incrementAndGet();
			synchronized (progressMonitor) { // a SubMonitor is not thread-safe
				progressMonitor.worked(1);
			}
			progress.read(finished, files.size());
		});
		// files deleted since they were kept are forgotten when their folder is read again
		CACHE.keySet().removeIf(file -> container.getFullPath().isPrefixOf(file.getFullPath()) && !file.exists());
		List<FileRows> present = new ArrayList<>(loaded.length);
		for (FileRows rows : loaded) {
			if (rows != null) {
				present.add(rows);
			}
		}
		return new Result(new CorpusRows(present.toArray(FileRows[]::new)), List.copyOf(problems), read.get());
	}
}
