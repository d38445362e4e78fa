/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.team.git.GitSetup;

/** {@code gloss git-setup} git-ignores what Gloss leaves only while it writes or after a crash. */
class GitIgnoreSetupTest {

	@TempDir
	Path temp;

	private TestRepo repo;

	@BeforeEach
	void setUp() throws IOException {
		repo = TestRepo.create(temp, "repo");
	}

	@AfterEach
	void tearDown() throws IOException {
		repo.close();
	}

	@Test
	void debrisLocksAndBackupsAreIgnoredAndTheUsersLinesKept() throws Exception {
		Files.writeString(repo.folder.resolve(".gitignore"), "build/\n");
		new GitSetup().install(repo.folder, Path.of(System.getProperty("java.home"), "bin", "java"),
				DriverClassPath.entries(), "dev.gloss.cli.Main");
		String ignore = Files.readString(repo.folder.resolve(".gitignore"));
		assertTrue(ignore.startsWith("build/\n"), ignore);
		for (String name : List.of("desk/.a.txt.gloss.gloss-tmp-123", "desk/.a.txt.gloss.gloss-staged-0123456789abcdef",
				".gloss-journal-0123456789abcdef", "desk/.a.txt.gloss.123.tmp", "desk/.gloss.lock",
				"desk/.a.txt.gloss.before-reanchor", ".out.gloss-export-abc")) {
			Path file = repo.folder.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "x");
		}
		Files.writeString(repo.folder.resolve("desk/a.txt"), "an article\n");
		String status = repo.git("status", "--porcelain", "--untracked-files=all");
		assertEquals(List.of("?? .gitignore", "?? desk/a.txt"),
				status.lines().filter(l -> !l.contains(".gitattributes")).sorted().toList(), status);
		// running it again adds nothing
		new GitSetup().install(repo.folder, Path.of(System.getProperty("java.home"), "bin", "java"),
				DriverClassPath.entries(), "dev.gloss.cli.Main");
		assertEquals(ignore, Files.readString(repo.folder.resolve(".gitignore")));
	}
}
