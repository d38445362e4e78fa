// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.core.store.AtomicFiles;

/**
 * Writes many files as one change: all of them or none. Every new content is first written beside
 * its file and forced to disk; only then are they renamed over the files, one by one. Should a
 * rename fail, the files already replaced get their old content back and the rest are left alone.
 */
public final class FileBatch implements AutoCloseable {

	private record Staged(Path target, Path temp, byte[] old) {
	}

	private final List<Staged> staged = new ArrayList<>();
	private boolean committed;

	/** Writes the content beside the target, on disk, without touching the target yet. */
	public void stage(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		byte[] old = Files.isRegularFile(absolute) ? Files.readAllBytes(absolute) : null;
		Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
		staged.add(new Staged(absolute, temp, old));
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
				OutputStream out = Channels.newOutputStream(channel)) {
			out.write(content);
			out.flush();
			channel.force(true);
		}
	}

	public int size() {
		return staged.size();
	}

	/** Puts every staged content in place, or, failing that, leaves every file as it was. */
	public void commit() throws IOException {
		List<Staged> replaced = new ArrayList<>();
		try {
			for (Staged s : staged) {
				if (s.old != null) {
					Files.setPosixFilePermissions(s.temp, Files.getPosixFilePermissions(s.target));
				}
				try {
					Files.move(s.temp, s.target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(s.temp, s.target, StandardCopyOption.REPLACE_EXISTING);
				}
				replaced.add(s);
			}
			committed = true;
		} catch (IOException | RuntimeException e) {
			for (Staged s : replaced) {
				try {
					if (s.old == null) {
						Files.deleteIfExists(s.target);
					} else {
						AtomicFiles.write(s.target, out -> out.write(s.old));
					}
				} catch (IOException restore) {
					e.addSuppressed(restore);
				}
			}
			throw e;
		}
	}

	/** Deletes what was staged and not committed. */
	@Override
	public void close() throws IOException {
		if (committed) {
			return;
		}
		for (Staged s : staged) {
			Files.deleteIfExists(s.temp);
		}
	}
}
