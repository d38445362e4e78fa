/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Turns I/O failures into messages a user can act on: the file the user knows (never a temporary
 * or staged file), and what went wrong in plain words (never an exception's class name).
 */
public final class FileErrors {

	private FileErrors() {
	}

	/** An I/O error while writing {@code target}, reworded to name it. */
	public static IOException writing(Path target, IOException e) {
		if (e instanceof UserFacing) {
			return e;
		}
		return new UserFacing(target + ": cannot write it: " + reason(e) + "; the file is unchanged", e);
	}

	/** An I/O error while reading {@code file}, reworded to name it. */
	public static IOException reading(Path file, IOException e) {
		if (e instanceof UserFacing || e instanceof GlossFormatException) {
			return e;
		}
		return new UserFacing(file + ": cannot read it: " + reason(e), e);
	}

	/** The cause in plain words, without paths or class names. */
	public static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		if (e instanceof NotDirectoryException) {
			return "a file is where a folder should be";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "a folder is in the way";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return lower(fs.getReason());
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? "input/output error" : lower(message);
	}

	private static String lower(String text) {
		return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
				? Character.toLowerCase(text.charAt(0)) + text.substring(1)
				: text;
	}

	/**
	 * Refuses to replace a file or to write into a folder the user made read-only. A permission
	 * check of the file's mode, not only of access: Gloss often runs as root in containers, where
	 * the operating system would let it write anyway.
	 */
	public static void checkWritable(Path target) throws IOException {
		if (Files.exists(target) && isReadOnly(target)) {
			throw new UserFacing(target + ": the file is read-only; Gloss does not replace read-only files "
					+ "(make it writable to let Gloss change it)", null);
		}
		Path folder = target.toAbsolutePath().getParent();
		if (folder != null && Files.isDirectory(folder) && isReadOnly(folder)) {
			throw new UserFacing(folder + ": the folder is read-only; Gloss does not write into read-only folders "
					+ "(make it writable to let Gloss change " + target.getFileName() + ")", null);
		}
	}

	private static boolean isReadOnly(Path path) {
		if (!Files.isWritable(path)) {
			return true;
		}
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (view == null) {
			return false;
		}
		try {
			Set<PosixFilePermission> permissions = view.readAttributes().permissions();
			return !permissions.contains(PosixFilePermission.OWNER_WRITE)
					&& !permissions.contains(PosixFilePermission.GROUP_WRITE)
					&& !permissions.contains(PosixFilePermission.OTHERS_WRITE);
		} catch (IOException e) {
			return false;
		}
	}

	/** An I/O error whose message is already written for the user. */
	public static final class UserFacing extends IOException {

		private static final long serialVersionUID = 1L;

		public UserFacing(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
