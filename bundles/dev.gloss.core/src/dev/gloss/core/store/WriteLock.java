/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock every writer of annotation files takes, across threads and processes (the command
 * line, the workbench, the merge driver): while a writer holds it, no other Gloss writer changes
 * an annotation file in the same folder, and no other run removes debris there.
 *
 * <p>The unit is the folder of an annotation file: a run that writes 10,000 files in a handful of
 * folders then holds a handful of locks (and open files), not 10,000. Each folder's lock is an OS
 * file lock ({@link FileChannel#lock}) on the empty file {@value #LOCK_FILE} in it, so the operating
 * system releases it when a process dies, even on SIGKILL; the file itself stays (deleting it while
 * another process waits on it would let two writers in) and is git-ignored by {@code gloss
 * git-setup}. Within one JVM the lock is a {@link ReentrantLock} per folder: reentrant for the
 * thread that holds it, so code that holds a lock may call code that takes it again; it must be
 * closed by the thread that acquired it.
 *
 * <p>Folders are locked in one global order (sorted paths), so two runs that lock overlapping sets
 * cannot deadlock. A writer that needs to know whether a file changed since it read it compares
 * {@link FileStamp}s under the lock (see {@link GlossStore#saveIfUnchanged}).
 */
public final class WriteLock implements AutoCloseable {

	/** The lock file in each folder that holds annotation files written by Gloss. */
	public static final String LOCK_FILE = ".gloss.lock";

	/** How long a command waits for another run to finish before it gives up. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

	private static final long POLL_MILLIS = 20;

	/** Per folder in this JVM: who holds it, and the OS lock while anyone does. */
	private static final Map<Path, Folder> FOLDERS = new ConcurrentHashMap<>();

	private static final class Folder {
		final ReentrantLock local = new ReentrantLock(true);
		FileChannel channel;
		FileLock lock;
	}

	private final List<Path> folders;
	private boolean closed;

	private WriteLock(List<Path> folders) {
		this.folders = folders;
	}

	/** Locks the folder of one annotation (or article) file, waiting up to {@link #DEFAULT_TIMEOUT}. */
	public static WriteLock acquire(Path file) throws IOException {
		return acquire(List.of(file), DEFAULT_TIMEOUT);
	}

	/**
	 * Locks the folders of all the files, in a fixed order, waiting up to {@code timeout} in all.
	 *
	 * @throws LockTimeoutException when another run still holds one of them after the timeout
	 * @throws IOException          when a lock file cannot be created (a read-only folder, say);
	 *                              the message names the folder
	 */
	public static WriteLock acquire(Collection<Path> files, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		TreeSet<Path> sorted = new TreeSet<>();
		for (Path file : files) {
			sorted.add(folderOf(file));
		}
		List<Path> held = new ArrayList<>();
		try {
			for (Path folder : sorted) {
				lockFolder(folder, deadline, timeout);
				held.add(folder);
			}
		} catch (IOException | RuntimeException | Error e) {
			release(held);
			throw e;
		}
		return new WriteLock(List.copyOf(held));
	}

	/**
	 * Locks the folder of a file only if no one else holds it now (for work that can be skipped,
	 * like removing debris).
	 *
	 * @return the lock, or null when another thread or process holds it
	 */
	public static WriteLock tryAcquire(Path file) throws IOException {
		try {
			return acquire(List.of(file), Duration.ZERO);
		} catch (LockTimeoutException e) {
			return null;
		}
	}

	/** The folder a file's lock lives in: the file's parent, absolute and normalized. */
	public static Path folderOf(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		return parent == null ? absolute : parent;
	}

	/** Whether this lock covers writes to the file. */
	public boolean covers(Path file) {
		return !closed && folders.contains(folderOf(file));
	}

	/** Whether the current thread holds the lock for the file's folder (through any WriteLock). */
	public static boolean isHeldByCurrentThread(Path file) {
		Folder folder = FOLDERS.get(folderOf(file));
		return folder != null && folder.local.isHeldByCurrentThread();
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			release(folders);
		}
	}

	private static void lockFolder(Path path, long deadline, Duration timeout) throws IOException {
		Folder folder = FOLDERS.computeIfAbsent(path, p -> new Folder());
		try {
			long wait = Math.max(0, deadline - System.nanoTime());
			if (!folder.local.tryLock(wait, TimeUnit.NANOSECONDS)) {
				throw new LockTimeoutException(path, timeout);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LockTimeoutException(path, timeout);
		}
		if (folder.local.getHoldCount() > 1) {
			return; // this thread holds the OS lock already
		}
		try {
			Files.createDirectories(path);
			Path lockFile = path.resolve(LOCK_FILE);
			FileChannel channel;
			try {
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			} catch (AccessDeniedException e) {
				throw new AccessDeniedException(path.toString(), null,
						"Gloss cannot write in this folder (permission denied)");
			}
			FileLock lock = null;
			try {
				while (true) {
					try {
						lock = channel.tryLock();
					} catch (OverlappingFileLockException e) {
						lock = null; // cannot happen with the local lock held; treat as busy
					}
					if (lock != null) {
						break;
					}
					if (System.nanoTime() >= deadline) {
						throw new LockTimeoutException(path, timeout);
					}
					Thread.sleep(POLL_MILLIS);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				channel.close();
				throw new LockTimeoutException(path, timeout);
			} catch (IOException | RuntimeException e) {
				channel.close();
				throw e;
			}
			folder.channel = channel;
			folder.lock = lock;
		} catch (IOException | RuntimeException | Error e) {
			folder.local.unlock();
			throw e;
		}
	}

	private static void release(List<Path> held) {
		for (int i = held.size() - 1; i >= 0; i--) {
			Folder folder = FOLDERS.get(held.get(i));
			if (folder == null || !folder.local.isHeldByCurrentThread()) {
				continue;
			}
			if (folder.local.getHoldCount() == 1 && folder.channel != null) {
				try {
					folder.channel.close(); // releases the OS lock
				} catch (IOException e) {
					// the OS drops the lock with the descriptor in any case
				}
				folder.channel = null;
				folder.lock = null;
			}
			folder.local.unlock();
		}
	}

	/** Another run held a lock for longer than the caller wanted to wait. */
	public static final class LockTimeoutException extends IOException {

		private static final long serialVersionUID = 1L;

		private final transient Path folder;

		LockTimeoutException(Path folder, Duration timeout) {
			super(folder + ": another Gloss run (a command or the workbench) is writing annotation files here"
					+ (timeout.isZero() ? "" : "; waited " + timeout.toSeconds() + " s")
					+ ". Try again when it has finished.");
			this.folder = folder;
		}

		public Path getFolder() {
			return folder;
		}
	}
}
