/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every run that writes does first: finishes the runs that crashed after they committed
 * (journals, rolled forward) and removes the debris of those that crashed before (temporary and
 * staged files: only Gloss's own, by name, see {@link Debris}). A folder that another live run holds
 * the {@link WriteLock} of is left alone: its files are that run's work in progress.
 */
public final class Recovery {

	/**
	 * @param completed runs finished from their journal
	 * @param removed   debris files removed
	 * @param skipped   folders left alone because another run holds them
	 */
	public record Report(int completed, int removed, int skipped) {
	}

	private Recovery() {
	}

	/**
	 * Recovers a folder and everything below it, and the journals of runs rooted in its parents
	 * (a run over a whole corpus that wrote into this subfolder).
	 */
	public static Report recover(Path folder) throws IOException {
		Path start = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(start)) {
			return new Report(0, 0, 0);
		}
		Set<Path> journals = new LinkedHashSet<>();
		for (Path parent = start.getParent(); parent != null; parent = parent.getParent()) {
			journalsIn(parent, journals);
		}
		Map<Path, List<Path>> debrisByFolder = new TreeMap<>();
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				String name = file.getFileName().toString();
				if (Debris.journalRun(name) != null) {
					journals.add(file);
				} else if (attributes.isRegularFile() && Debris.isDebris(name)) {
					debrisByFolder.computeIfAbsent(file.getParent(), f -> new ArrayList<>()).add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				// .git holds no Gloss files; walking it would only cost time
				return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
						? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE; // an unreadable folder holds nothing we wrote
			}
		});
		int completed = 0;
		for (Path journal : journals) {
			if (rollForward(journal)) {
				completed++;
			}
		}
		int removed = 0;
		int skipped = 0;
		for (Map.Entry<Path, List<Path>> entry : debrisByFolder.entrySet()) {
			if (!Files.isWritable(entry.getKey())) {
				continue;
			}
			WriteLock lock = WriteLock.tryAcquire(entry.getKey().resolve(WriteLock.LOCK_FILE));
			if (lock == null) {
				skipped++;
				continue;
			}
			try (lock) {
				for (Path file : entry.getValue()) {
					String run = Debris.stagedRun(file.getFileName().toString());
					if (run != null && hasJournal(file.getParent(), run)) {
						continue; // belongs to a journal we could not complete: keep it for the next try
					}
					if (Files.deleteIfExists(file)) {
						removed++;
					}
				}
			}
		}
		return new Report(completed, removed, skipped);
	}

	/**
	 * Completes only the journals directly in {@code folder} (for a run that writes below it, such
	 * as an export, without walking everything else there).
	 *
	 * @return the number of runs completed
	 */
	public static int completeJournalsIn(Path folder) throws IOException {
		Set<Path> journals = new LinkedHashSet<>();
		journalsIn(folder.toAbsolutePath().normalize(), journals);
		int completed = 0;
		for (Path journal : journals) {
			if (rollForward(journal)) {
				completed++;
			}
		}
		return completed;
	}

	private static void journalsIn(Path folder, Set<Path> journals) {
		try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, Debris.JOURNAL_PREFIX + "*")) {
			for (Path journal : found) {
				if (Debris.journalRun(journal.getFileName().toString()) != null) {
					journals.add(journal);
				}
			}
		} catch (IOException e) {
			// a folder we cannot list holds no journal of ours
		}
	}

	/** Completes a committed run: every staged file it names goes in place. */
	private static boolean rollForward(Path journal) throws IOException {
		WriteBatch.Journal read;
		try {
			read = WriteBatch.readJournal(journal);
		} catch (IOException e) {
			return false; // not ours, or gone: leave it
		}
		Map<Path, Path> entries = read.entries();
		List<Path> locked = new ArrayList<>();
		if (!read.under()) {
			locked.addAll(entries.keySet());
		}
		locked.add(journal);
		try (WriteLock lock = WriteLock.acquire(locked, WriteLock.DEFAULT_TIMEOUT)) {
			if (!WriteBatch.exists(journal)) {
				return false; // the run that wrote it was still alive, and has finished
			}
			try {
				WriteBatch.apply(entries);
			} catch (IOException e) {
				throw FileErrors.writing(entries.keySet().iterator().next(), e);
			}
			for (Path target : entries.keySet()) {
				AtomicFiles.syncFolder(target.getParent());
			}
			WriteBatch.deleteJournal(journal);
			return true;
		}
	}

	private static boolean hasJournal(Path folder, String run) {
		for (Path parent = folder; parent != null; parent = parent.getParent()) {
			if (Files.exists(Debris.journal(parent, run))) {
				return true;
			}
		}
		return false;
	}
}
