/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.team.git.Git;
import dev.gloss.team.git.GitException;

/** A real git repository in a temporary folder, with a local identity. */
final class TestRepo implements AutoCloseable {

	final Path folder;
	final Git git;

	private TestRepo(Path folder) {
		this.folder = folder;
		this.git = Git.in(folder);
	}

	static TestRepo create(Path parent, String name) throws IOException {
		Path folder = Files.createDirectories(parent.resolve(name));
		TestRepo repo = new TestRepo(folder);
		repo.git("init", "-q", "-b", "main");
		repo.git("config", "user.name", "Test Lead");
		repo.git("config", "user.email", "lead@example.org");
		repo.git("config", "commit.gpgsign", "false");
		return repo;
	}

	String git(String... args) throws IOException {
		return git.text(args);
	}

	/** Runs git and returns its exit code instead of failing. */
	int gitStatus(String... args) throws IOException {
		try {
			git.text(args);
			return 0;
		} catch (GitException e) {
			System.err.println(e.getMessage()); // shows in the test report when an assertion fails
			return e.exitCode();
		}
	}

	void commitAll(String author, String message) throws IOException {
		git("add", "-A");
		git("-c", "user.name=" + author, "-c", "user.email=" + author.toLowerCase().replace(' ', '.') + "@example.org",
				"commit", "-q", "-m", message);
	}

	/** Opens an article of the work tree as {@code creator}. */
	CorpusDocument open(String article, String creator) throws IOException {
		Corpus corpus = Corpus.open(folder).withCreator(creator)
				.withClock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
		return corpus.open(corpus.article(article));
	}

	@Override
	public void close() throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
		}
		for (Path path : paths) {
			path.toFile().setWritable(true);
			Files.deleteIfExists(path);
		}
	}
}
