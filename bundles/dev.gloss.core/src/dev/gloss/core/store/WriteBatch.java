/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes several files as one: all of them, or (after any failure, a full disk, a read-only file, a
 * crash) none. The files are first staged beside their targets ({@code .NAME.gloss-staged-RUN}) and
 * forced to disk; nothing the user sees changes until {@link #commit()}, which writes a journal
 * ({@code .gloss-journal-RUN} in the root folder, atomically: this is the moment the run commits),
 * renames every staged file over its target, then deletes the journal. A run that dies before the
 * journal exists leaves only staged files, which {@link Recovery} removes; one that dies after
 * leaves a journal, which {@link Recovery} completes (roll forward), so every target ends old or
 * new, all together.
 *
 * <p>The thread that uses a batch must hold the {@link WriteLock} of the root folder and of every
 * target's folder, from staging to commit, so no other writer interleaves and no other run
 * mistakes the staged files for debris.
 */
public final class WriteBatch implements AutoCloseable {

	static final String JOURNAL_HEADER = "gloss-write-batch 1";
	/** Marks a journal whose root lock covers every target (see {@link #beginUnder}). */
	static final String UNDER = " under";

	/** A journal read back: its entries (target -> staged, null for a deletion) and its kind. */
	record Journal(Map<Path, Path> entries, boolean under) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path root;
	private final boolean rootLockCovers;
	private final String run;
	/** target -> staged file, or null for a deletion; in the order they were added */
	private final Map<Path, Path> entries = new LinkedHashMap<>();
	private boolean committed;

	private WriteBatch(Path root, boolean rootLockCovers) {
		this.root = root;
		this.rootLockCovers = rootLockCovers;
		byte[] id = new byte[8];
		RANDOM.nextBytes(id);
		this.run = HexFormat.of().formatHex(id);
	}

	/**
	 * @param root the folder every target is below (the corpus), where the journal goes
	 */
	public static WriteBatch begin(Path root) {
		Path folder = root.toAbsolutePath().normalize();
		requireLockOf(folder.resolve(WriteLock.LOCK_FILE));
		return new WriteBatch(folder, false);
	}

	/**
	 * A batch whose targets are all in a tree only Gloss writes (an export folder): the lock of the
	 * root alone covers them, so no lock file goes into the tree.
	 */
	public static WriteBatch beginUnder(Path root) {
		Path folder = root.toAbsolutePath().normalize();
		requireLockOf(folder.resolve(WriteLock.LOCK_FILE));
		return new WriteBatch(folder, true);
	}

	/**
	 * Adds a file already written in full and forced to disk ({@code staged}, below the root, on
	 * the same file system) as the new content of {@code target}.
	 */
	public void put(Path target, Path staged) throws IOException {
		Path absolute = checkTarget(target);
		FileErrors.checkWritable(absolute);
		entries.put(absolute, staged.toAbsolutePath().normalize());
	}

	/** Stages the new content of {@code target}; nothing visible changes yet. */
	public void write(Path target, AtomicFiles.ContentWriter content) throws IOException {
		Path absolute = checkTarget(target);
		FileErrors.checkWritable(absolute);
		Path staged = Debris.stagedFile(absolute, run);
		try {
			Files.createDirectories(absolute.getParent());
			Files.deleteIfExists(staged);
			Files.createFile(staged);
			entries.put(absolute, staged);
			AtomicFiles.writeAndForce(absolute, staged, content);
			AtomicFiles.keepPermissions(absolute, staged);
		} catch (IOException e) {
			throw FileErrors.writing(absolute, e);
		}
	}

	/** Stages the removal of {@code target} (done at commit). */
	public void delete(Path target) throws IOException {
		Path absolute = checkTarget(target);
		if (Files.exists(absolute)) {
			FileErrors.checkWritable(absolute);
		}
		entries.put(absolute, null);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** Puts every staged file in place, as one step for a crash; see the class comment. */
	public void commit() throws IOException {
		if (committed) {
			throw new IllegalStateException("committed already");
		}
		if (entries.isEmpty()) {
			committed = true;
			return;
		}
		Set<Path> folders = new LinkedHashSet<>();
		for (Map.Entry<Path, Path> entry : entries.entrySet()) {
			requireLock(entry.getKey());
			folders.add(entry.getKey().getParent());
			if (entry.getValue() != null) {
				folders.add(entry.getValue().getParent());
			}
		}
		Path journal = Debris.journal(root, run);
		try {
			for (Path folder : folders) {
				AtomicFiles.syncFolder(folder); // the staged files' names are durable before the journal is
			}
			String text = journalText();
			AtomicFiles.write(journal, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw FileErrors.writing(root, e);
		}
		committed = true; // from here on the run is done: what fails now, the next run completes
		try {
			apply(entries);
			for (Path folder : folders) {
				AtomicFiles.syncFolder(folder);
			}
			Files.deleteIfExists(journal);
			AtomicFiles.syncFolder(root);
		} catch (IOException e) {
			throw new FileErrors.UserFacing(root + ": the run was interrupted while putting its files in place ("
					+ FileErrors.reason(e) + "); the next Gloss run in this folder completes it", e);
		}
	}

	/** Throws the staged files away unless committed. */
	@Override
	public void close() {
		if (committed) {
			return;
		}
		for (Path staged : entries.values()) {
			if (staged != null) {
				try {
					Files.deleteIfExists(staged);
				} catch (IOException e) {
					// the next run removes it as debris
				}
			}
		}
		entries.clear();
	}

	private Path checkTarget(Path target) {
		if (committed) {
			throw new IllegalStateException("committed already");
		}
		Path absolute = target.toAbsolutePath().normalize();
		if (!absolute.startsWith(root)) {
			throw new IllegalArgumentException(absolute + " is not below " + root);
		}
		if (!rootLockCovers) {
			requireLock(absolute);
		}
		return absolute;
	}

	private void requireLock(Path file) {
		if (!rootLockCovers) {
			requireLockOf(file);
		}
	}

	private static void requireLockOf(Path file) {
		if (!WriteLock.isHeldByCurrentThread(file)) {
			throw new IllegalStateException("the write lock of " + WriteLock.folderOf(file) + " is not held");
		}
	}

	private String journalText() {
		StringBuilder text = new StringBuilder(JOURNAL_HEADER).append(rootLockCovers ? UNDER : "").append('\n');
		for (Map.Entry<Path, Path> entry : entries.entrySet()) {
			String target = encode(root.relativize(entry.getKey()));
			if (entry.getValue() == null) {
				text.append("D ").append(target).append('\n');
			} else {
				text.append("W ").append(target).append(' ').append(encode(root.relativize(entry.getValue())))
						.append('\n');
			}
		}
		return text.append("end\n").toString();
	}

	/** Renames staged files over their targets and deletes; idempotent, so recovery can repeat it. */
	static void apply(Map<Path, Path> entries) throws IOException {
		for (Map.Entry<Path, Path> entry : entries.entrySet()) {
			Path staged = entry.getValue();
			if (staged == null) {
				Files.deleteIfExists(entry.getKey());
			} else if (Files.exists(staged)) {
				Files.createDirectories(entry.getKey().getParent());
				AtomicFiles.move(staged, entry.getKey());
			}
		}
	}

	/**
	 * Reads a journal: target -> staged (null for a deletion).
	 *
	 * @throws IOException when it is not a complete journal (it is written atomically, so that means
	 *                     it is not one of ours)
	 */
	static Journal readJournal(Path journal) throws IOException {
		Path folder = journal.getParent();
		Map<Path, Path> entries = new LinkedHashMap<>();
		String text = Files.readString(journal, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
			for (String line; (line = reader.readLine()) != null;) {
				lines.add(line);
			}
		}
		boolean under = lines.size() > 0 && lines.get(0).equals(JOURNAL_HEADER + UNDER);
		if (lines.size() < 2 || !(under || lines.get(0).equals(JOURNAL_HEADER))
				|| !lines.get(lines.size() - 1).equals("end")) {
			throw new IOException(journal + ": not a complete Gloss journal");
		}
		for (String line : lines.subList(1, lines.size() - 1)) {
			String[] parts = line.split(" ");
			Path target = resolveInside(folder, parts.length > 1 ? parts[1] : "", journal);
			if (parts[0].equals("D") && parts.length == 2) {
				entries.put(target, null);
			} else if (parts[0].equals("W") && parts.length == 3) {
				entries.put(target, resolveInside(folder, parts[2], journal));
			} else {
				throw new IOException(journal + ": not a complete Gloss journal");
			}
		}
		return new Journal(entries, under);
	}

	private static Path resolveInside(Path folder, String encoded, Path journal) throws IOException {
		Path path = folder.resolve(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).normalize();
		if (encoded.isEmpty() || !path.startsWith(folder)) {
			throw new IOException(journal + ": not a complete Gloss journal");
		}
		return path;
	}

	private static String encode(Path relative) {
		StringBuilder text = new StringBuilder();
		for (Path part : relative) {
			if (!text.isEmpty()) {
				text.append('/');
			}
			text.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8));
		}
		return text.toString();
	}

	static boolean exists(Path journal) {
		return Files.exists(journal);
	}

	static void deleteJournal(Path journal) throws IOException {
		try {
			Files.delete(journal);
		} catch (NoSuchFileException e) {
			// done by another run
		}
		AtomicFiles.syncFolder(journal.getParent());
	}

}
