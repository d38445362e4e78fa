/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

/**
 * What the annotation file held when this session last read or wrote it: the common ancestor of a
 * three-way merge when someone else changes the file, and the stamp a save compares with the file
 * before it replaces it. Kept in memory (the workbench must not depend on git to merge); the
 * stamp is computed when first needed, off the path that shows an article's highlights.
 */
final class DiskContent {

	static final DiskContent ABSENT = new DiskContent(null);

	/** Never changed after construction. */
	private final byte[] bytes;
	private volatile String stamp;

	private DiskContent(byte[] bytes) {
		this.bytes = bytes;
	}

	/** @param bytes the file's bytes, which nobody changes afterwards */
	static DiskContent of(byte[] bytes) {
		return new DiskContent(bytes);
	}

	boolean absent() {
		return bytes == null;
	}

	byte[] bytes() {
		return bytes;
	}

	/** {@link FileStamps} of the bytes, or {@link FileStamps#ABSENT} for no file. */
	String stamp() {
		String known = stamp;
		if (known == null) {
			known = bytes == null ? FileStamps.ABSENT : FileStamps.of(bytes);
			stamp = known;
		}
		return known;
	}
}
