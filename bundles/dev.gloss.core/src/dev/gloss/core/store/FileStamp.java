/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when a writer read it, for compare-and-swap: the SHA-256 of its bytes, or
 * {@link #ABSENT} for no file. A writer that read stamp S saves only if the file's stamp, taken
 * again under the {@link WriteLock}, is still S; otherwise someone else wrote it in between and the
 * writer must merge (or re-read) instead of overwriting.
 */
public final class FileStamp {

	/** The stamp of a file that does not exist. */
	public static final String ABSENT = "absent";

	private FileStamp() {
	}

	/** The stamp of the file as it is now. */
	public static String of(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = sha256();
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) >= 0;) {
				digest.update(buffer, 0, n);
			}
			return format(digest);
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}

	/** The stamp of content held in memory. */
	public static String of(byte[] content) {
		MessageDigest digest = sha256();
		digest.update(content);
		return format(digest);
	}

	static String format(MessageDigest digest) {
		return "sha256:" + HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
