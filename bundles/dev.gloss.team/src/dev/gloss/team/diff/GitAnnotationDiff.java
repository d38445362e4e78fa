/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.diff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.git.Git;

/** {@link AnnotationDiff} of every annotation file that differs between two revisions. */
public final class GitAnnotationDiff {

	private final Git git;
	private final GlossStore store = new GlossStore();

	public GitAnnotationDiff(Git git) {
		this.git = git;
	}

	/**
	 * @param from  a revision (commit, branch, tag)
	 * @param to    another, or {@code null} for the work tree
	 * @param paths limit to these paths (files or folders), relative to the git folder; empty: all
	 */
	public List<FileDiff> between(String from, String to, List<String> paths) throws IOException {
		List<String> args = new ArrayList<>(List.of("diff", "--name-only", "-z", "--no-renames", "--no-ext-diff",
				"--relative", from));
		if (to != null) {
			args.add(to);
		}
		args.add("--");
		args.addAll(paths);
		List<FileDiff> diffs = new ArrayList<>();
		for (String path : Git.splitNul(git.text(args.toArray(String[]::new)))) {
			if (!GlossStore.isAnnotationFile(Path.of(path))) {
				continue;
			}
			AnnotatedDocument before = read(from, path);
			AnnotatedDocument after = to == null ? readWorkTree(path) : read(to, path);
			List<AnnotationChange> changes = AnnotationDiff.between(before, after);
			if (!changes.isEmpty()) {
				diffs.add(new FileDiff(path, changes));
			}
		}
		return diffs;
	}

	private AnnotatedDocument read(String revision, String path) throws IOException {
		// paths from --relative are relative to the folder git runs in: "./" makes cat-file agree
		Optional<byte[]> bytes = git.show(revision, "./" + path);
		if (bytes.isEmpty()) {
			return null;
		}
		return store.load(new ByteArrayInputStream(bytes.get()), Path.of(revision + ":" + path));
	}

	private AnnotatedDocument readWorkTree(String path) throws IOException {
		Path file = git.folder().resolve(path);
		return Files.isRegularFile(file) ? store.load(file) : null;
	}
}
