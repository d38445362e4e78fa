/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.gloss.core.store.AtomicFiles;

/**
 * A local, content-addressed store of the article texts annotations were anchored on, so that
 * when an article changes outside Gloss its annotations can be re-anchored through a diff of the
 * old and the new text even when the old text is in no git history.
 *
 * <p>Each text is kept once, gzip-compressed, under its {@link TextHash} in a cache folder of the
 * user (never in the repository: sharing goes through git, whose history already holds every
 * committed version). The folder is the {@code gloss.snapshots} system property, else the
 * {@code GLOSS_SNAPSHOTS} environment variable, else {@code $XDG_CACHE_HOME/gloss/snapshots} or
 * {@code ~/.cache/gloss/snapshots}. Failing to keep a snapshot never fails a save.
 */
public final class TextSnapshots {

	private final Path folder;

	public TextSnapshots(Path folder) {
		this.folder = folder;
	}

	/** The store in the configured folder (see the class comment). */
	public static TextSnapshots shared() {
		String configured = System.getProperty("gloss.snapshots", System.getenv("GLOSS_SNAPSHOTS"));
		if (configured != null && !configured.isBlank()) {
			return new TextSnapshots(Path.of(configured));
		}
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = cache != null && !cache.isBlank() ? Path.of(cache)
				: Path.of(System.getProperty("user.home"), ".cache");
		return new TextSnapshots(base.resolve("gloss").resolve("snapshots"));
	}

	public Path folder() {
		return folder;
	}

	/** Keeps a text (once per hash); returns false when it could not be written. */
	public boolean remember(String text) {
		return remember(text, TextHash.of(text));
	}

	/** @param hash the text's {@link TextHash}, when the caller has it already */
	public boolean remember(String text, String hash) {
		Path file = fileOf(hash);
		if (file == null) {
			return false;
		}
		if (Files.isRegularFile(file)) {
			return true;
		}
		try {
			AtomicFiles.write(file, out -> {
				try (OutputStream zip = new GZIPOutputStream(nonClosing(out), 1 << 16)) {
					zip.write(text.getBytes(StandardCharsets.UTF_8));
				}
			});
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** The text with this hash, if it was kept and is intact. */
	public Optional<String> find(String hash) {
		Path file = fileOf(hash);
		if (file == null || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return TextHash.of(text).equals(hash) ? Optional.of(text) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private Path fileOf(String hash) {
		if (hash == null || !hash.startsWith(TextHash.PREFIX)) {
			return null;
		}
		String hex = hash.substring(TextHash.PREFIX.length());
		if (!hex.matches("[0-9a-f]{64}")) {
			return null;
		}
		return folder.resolve(hex.substring(0, 2)).resolve(hex.substring(2) + ".txt.gz");
	}

	/** The gzip stream's close finishes the gzip trailer; AtomicFiles closes the file itself. */
	private static OutputStream nonClosing(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}
}
