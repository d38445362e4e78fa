/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.gloss.core.store.Recovery;
import dev.gloss.core.store.WriteBatch;
import dev.gloss.core.store.WriteLock;

/**
 * A folder written whole or not at all, and never missing: everything goes into a hidden staging
 * folder beside the destination ({@code .NAME.gloss-export-DIGITS}); only once it is complete does
 * it replace the destination.
 *
 * <p>How it replaces: a new destination is the staging folder renamed (one atomic rename). An
 * existing one is updated in place, file by file, as one {@link WriteBatch}: a journal beside the
 * destination lists every file to move in and every old file to remove, then each new file is
 * renamed over the old one (each rename atomic). So the destination exists at every moment (Java
 * has no portable atomic swap of two folders, and renaming the old one aside leaves a window without
 * it); a crash while the files move leaves the journal, and the next export to the same place, or
 * any Gloss run in the parent folder, completes it, so the destination ends all old or all new.
 * Readers during those renames may see old and new files together.
 *
 * <p>A destination that holds anything but an earlier export of Gloss (marked by {@link #MARKER})
 * is never replaced, so a mistyped --out cannot wipe a user's folder. One export at a time writes
 * into a parent folder (its {@link WriteLock}).
 */
public final class StagedFolder implements AutoCloseable {

	/** The file that marks a folder as written by Gloss, and so safe to replace. */
	public static final String MARKER = ".gloss-export";

	private static final String STAGING_INFIX = ".gloss-export-";

	private final Path destination;
	private final Path staging;
	private final WriteLock lock;
	private boolean committed;

	private StagedFolder(Path destination, Path staging, WriteLock lock) {
		this.destination = destination;
		this.staging = staging;
		this.lock = lock;
	}

	/**
	 * @throws IOException if the destination is a file, or a folder with content Gloss did not
	 *                     write
	 */
	public static StagedFolder create(Path destination) throws IOException {
		Path target = destination.toAbsolutePath().normalize();
		checkReplaceable(target);
		Path parent = target.getParent();
		Files.createDirectories(parent);
		WriteLock lock = WriteLock.acquire(List.of(parent.resolve(WriteLock.LOCK_FILE)), Duration.ofMinutes(2));
		try {
			recover(target);
			checkReplaceable(target);
			Path staging = createStaging(parent, "." + target.getFileName() + STAGING_INFIX);
			return new StagedFolder(target, staging, lock);
		} catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
	}

	/**
	 * Completes an export a crash interrupted while its files moved in, and removes what crashed
	 * exports left beside the destination (staging folders; an old export renamed aside by earlier
	 * versions of Gloss goes back in place if the destination is missing).
	 */
	private static void recover(Path target) throws IOException {
		Path parent = target.getParent();
		Recovery.completeJournalsIn(parent);
		String name = target.getFileName().toString();
		List<Path> debris = new ArrayList<>();
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
			for (Path sibling : siblings) {
				String rest = sibling.getFileName().toString().substring(name.length() + 1);
				if (Files.isDirectory(sibling) && (rest.startsWith(STAGING_INFIX) || rest.matches("\\.partial-[0-9a-z]+")
						|| rest.matches("\\.old-[0-9a-z]+"))) {
					debris.add(sibling);
				}
			}
		}
		debris.sort(Comparator.naturalOrder());
		for (Path folder : debris) {
			if (!Files.exists(target) && folder.getFileName().toString().matches(".*\\.old-[0-9a-z]+")
					&& Files.exists(folder.resolve(MARKER))) {
				move(folder, target);
			} else {
				deleteTree(folder);
			}
		}
	}

	/**
	 * A new folder with the permissions the user's folders get (umask), not the owner-only ones of
	 * a temporary directory: the staging folder becomes the export folder.
	 */
	private static Path createStaging(Path parent, String prefix) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path staging = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
			try {
				return Files.createDirectory(staging);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				if (attempt > 100) {
					throw e;
				}
			}
		}
	}

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	public static void checkReplaceable(Path target) throws IOException {
		if (Files.isRegularFile(target)) {
			throw new IOException(target + " is a file, not a folder");
		}
		if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
			throw new IOException(target + " is not empty and was not written by a Gloss export; "
					+ "choose a new or empty folder");
		}
	}

	public Path folder() {
		return staging;
	}

	public Path destination() {
		return destination;
	}

	/** Puts the staged folder's content in place of the destination's (see the class comment). */
	public void commit() throws IOException {
		checkReplaceable(destination);
		List<Path> files = files(staging);
		for (Path file : files) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.force(true); // on disk before the journal makes the run count
			}
		}
		if (!Files.exists(destination)) {
			move(staging, destination);
			committed = true;
			return;
		}
		Set<Path> fresh = new HashSet<>();
		try (WriteBatch batch = WriteBatch.beginUnder(destination.getParent())) {
			for (Path file : files) {
				Path relative = staging.relativize(file);
				fresh.add(relative);
				batch.put(destination.resolve(relative), file);
			}
			for (Path old : files(destination)) {
				if (!fresh.contains(destination.relativize(old))) {
					batch.delete(old);
				}
			}
			batch.commit();
		}
		committed = true;
		removeEmptyFolders(destination);
		deleteTree(staging);
	}

	/** Throws the staging folder away unless committed, and lets other exports in. */
	@Override
	public void close() throws IOException {
		try {
			if (!committed) {
				deleteTree(staging);
			}
		} finally {
			lock.close();
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void removeEmptyFolders(Path root) throws IOException {
		List<Path> folders;
		try (Stream<Path> walk = Files.walk(root)) {
			folders = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		for (Path folder : folders) {
			if (!folder.equals(root) && isEmpty(folder)) {
				Files.deleteIfExists(folder);
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			return !entries.iterator().hasNext();
		}
	}

	public static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}
}
