/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that readers, and the file after a crash, see either the old content or the
 * whole new content, never a part: write a temporary file beside it, force it to disk, then
 * rename it over the target.
 */
public final class AtomicFiles {

	/** Writes the content to the stream it is given; may fail at any point. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(absolute, temp);
			move(temp, absolute);
			moved = true;
			syncFolder(folder);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// some file systems (network shares) cannot rename atomically: a plain replace is the best left
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A temporary file is created private (rw-------): give the new file the old one's permissions. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
						PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
		view.setPermissions(permissions);
	}

	/** Makes the rename itself durable; not every platform can open a folder, which is fine. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the content itself is already on disk
		}
	}
}
