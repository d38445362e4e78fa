/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import dev.gloss.core.text.ArticleText;
import dev.gloss.core.text.TextSnapshots;
import dev.gloss.team.git.Git;

/**
 * Finds the text an annotation file was anchored on, by the hash the file records: first in the
 * local snapshots Gloss keeps when it saves annotations ({@link TextSnapshots}), then in the git
 * history of the article (every version of it on any branch, the index included).
 */
public final class OldTexts {

	/** Versions of an article looked at in git, newest first. */
	private static final int MAX_VERSIONS = 500;

	/** @param from where the text was found, for messages: "snapshot" or "git blob 1a2b3c4" */
	public record Found(String text, String from) {
	}

	private final TextSnapshots snapshots;
	private final boolean useGit;

	public OldTexts(TextSnapshots snapshots, boolean useGit) {
		this.snapshots = snapshots;
		this.useGit = useGit;
	}

	public static OldTexts defaults() {
		return new OldTexts(TextSnapshots.shared(), true);
	}

	public Optional<Found> find(Path article, String hash, String charset) {
		if (hash == null) {
			return Optional.empty();
		}
		Optional<String> kept = snapshots.find(hash);
		if (kept.isPresent()) {
			return Optional.of(new Found(kept.get(), "snapshot"));
		}
		if (!useGit) {
			return Optional.empty();
		}
		try {
			Optional<Found> found = inGit(article, hash, charset);
			found.ifPresent(text -> snapshots.remember(text.text(), hash));
			return found;
		} catch (IOException e) {
			return Optional.empty(); // no git, not a repository, unreadable history: the quote search remains
		}
	}

	private static Optional<Found> inGit(Path article, String hash, String charset) throws IOException {
		Path folder = article.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return Optional.empty();
		}
		Optional<Path> top = Git.in(folder).workTree();
		if (top.isEmpty()) {
			return Optional.empty();
		}
		// at the top of the work tree, so that the repository path is also the pathspec
		Git git = Git.in(top.get());
		String path = git.repoPath(article);
		Set<String> blobs = new LinkedHashSet<>();
		// the staged version first, then every version in the history of any ref
		for (String line : git.text("ls-files", "-s", "--", path).split("\n")) {
			String[] fields = line.split("\\s+");
			if (fields.length >= 2) {
				blobs.add(fields[1]);
			}
		}
		String log = git.text("log", "--all", "--no-renames", "--format=", "--raw", "--no-abbrev", "-n",
				String.valueOf(MAX_VERSIONS), "--", path);
		for (String line : log.split("\n")) {
			if (!line.startsWith(":")) {
				continue;
			}
			String[] fields = line.split("\\s+");
			if (fields.length >= 4) {
				for (String blob : new String[] { fields[3], fields[2] }) {
					if (!blob.matches("0+")) {
						blobs.add(blob);
					}
				}
			}
		}
		Path temp = Files.createTempFile("gloss-version-", ".txt");
		try {
			for (String blob : blobs) {
				Files.write(temp, git.blob(blob));
				String text;
				try {
					text = ArticleText.read(temp, charset).text();
				} catch (IOException e) {
					continue; // a version in another encoding: not the one
				}
				if (hash.equals(dev.gloss.core.text.TextHash.of(text))) {
					return Optional.of(new Found(text, "git blob " + blob.substring(0, 7)));
				}
			}
		} finally {
			Files.deleteIfExists(temp);
		}
		return Optional.empty();
	}
}
