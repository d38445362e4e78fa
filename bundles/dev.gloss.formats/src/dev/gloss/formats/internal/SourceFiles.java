/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where imports may read from: a symbolic link inside the folder being imported (or inside the
 * corpus) may lead anywhere on the machine, to {@code /etc/passwd} or another user's files. Imports
 * follow links only while they stay inside that folder.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	/** Whether {@code file}, with every link resolved, is inside {@code folder} (links resolved too). */
	public static boolean isInside(Path file, Path folder) {
		try {
			if (!Files.isSymbolicLink(file) && !hasLinkBelow(file, folder)) {
				return true;
			}
			return file.toRealPath().startsWith(folder.toRealPath());
		} catch (IOException e) {
			return false;
		}
	}

	/** Whether a folder between {@code folder} and {@code file} is a link (cheap: no real path needed). */
	private static boolean hasLinkBelow(Path file, Path folder) {
		Path absolute = file.toAbsolutePath().normalize();
		Path top = folder.toAbsolutePath().normalize();
		for (Path parent = absolute.getParent(); parent != null && parent.startsWith(top) && !parent.equals(top);
				parent = parent.getParent()) {
			if (Files.isSymbolicLink(parent)) {
				return true;
			}
		}
		return !Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
	}
}
