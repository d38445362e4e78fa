/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder written whole or not at all: everything goes into a hidden staging folder beside the
 * destination, which replaces the destination by renames only once complete. A destination that
 * holds anything but an earlier export of Gloss (marked by {@link #MARKER}) is never replaced, so
 * a mistyped --out cannot wipe a user's folder.
 */
public final class StagedFolder implements AutoCloseable {

	/** The file that marks a folder as written by Gloss, and so safe to replace. */
	public static final String MARKER = ".gloss-export";

	private final Path destination;
	private final Path staging;
	private boolean committed;

	private StagedFolder(Path destination, Path staging) {
		this.destination = destination;
		this.staging = staging;
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
		return new StagedFolder(target, createStaging(parent, "." + target.getFileName() + ".partial-"));
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

	/** Puts the staged folder in place of the destination (the old export, if any, is removed). */
	public void commit() throws IOException {
		checkReplaceable(destination);
		Path old = null;
		if (Files.exists(destination)) {
			old = destination.resolveSibling("." + destination.getFileName() + ".old-" + System.nanoTime());
			move(destination, old);
		}
		try {
			move(staging, destination);
		} catch (IOException e) {
			if (old != null) {
				move(old, destination);
			}
			throw e;
		}
		committed = true;
		if (old != null) {
			deleteTree(old);
		}
	}

	/** Throws the staging folder away unless committed. */
	@Override
	public void close() throws IOException {
		if (!committed) {
			deleteTree(staging);
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
