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
 *
 * <p>The temporary file is named {@code .NAME.gloss-tmp-DIGITS} ({@link Debris}), so that a run after
 * a crash recognises it as Gloss's own and removes it. A read-only target or folder is refused
 * ({@link FileErrors#checkWritable}); errors name the target, never the temporary file.
 */
public final class AtomicFiles {

	/** Writes the content to the stream it is given; may fail at any point. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * A seam for tests that simulate a full disk or a failing device: wraps the stream every write
	 * of Gloss goes through. Never set in production.
	 */
	@FunctionalInterface
	public interface Faults {
		OutputStream wrap(Path target, OutputStream out) throws IOException;
	}

	private static volatile Faults faults;

	private AtomicFiles() {
	}

	/** Installs (or, with null, removes) a fault injector: for tests only. */
	public static void injectFaults(Faults injector) {
		faults = injector;
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		FileErrors.checkWritable(absolute);
		Path temp;
		try {
			Files.createDirectories(folder);
			temp = Files.createTempFile(folder, Debris.tempPrefix(absolute), "");
		} catch (IOException e) {
			throw FileErrors.writing(target, e);
		}
		boolean moved = false;
		try {
			writeAndForce(target, temp, content);
			keepPermissions(absolute, temp);
			move(temp, absolute);
			moved = true;
			syncFolder(folder);
		} catch (IOException e) {
			throw FileErrors.writing(target, e);
		} finally {
			if (!moved) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// the next run removes it as debris
				}
			}
		}
	}

	/** Writes content into {@code file} (an already created temporary or staged file) and forces it to disk. */
	static void writeAndForce(Path target, Path file, ContentWriter content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			OutputStream raw = Channels.newOutputStream(channel);
			Faults injector = faults;
			if (injector != null) {
				raw = injector.wrap(target, raw);
			}
			try (OutputStream out = new BufferedOutputStream(new Unclosable(raw), 1 << 16)) {
				content.writeTo(out);
				out.flush();
			}
			channel.force(true);
		}
	}

	static void move(Path from, Path target) throws IOException {
		try {
			Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// some file systems (network shares) cannot rename atomically: a plain replace is the best left
			Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A temporary file is created private (rw-------): give the new file the old one's permissions. */
	static void keepPermissions(Path target, Path temp) throws IOException {
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
	static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the content itself is already on disk
		}
	}

	/** Content writers may close the stream they get; the channel is closed here, after the force. */
	private static final class Unclosable extends java.io.FilterOutputStream {

		Unclosable(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
