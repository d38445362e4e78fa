/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.team.git.GitSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gloss git-setup [FOLDER]}: installs the merge driver into a repository. */
@Command(name = "git-setup", header = "install the annotation merge driver into a git repository (config and "
		+ ".gitattributes)", description = { "Makes git merge annotation files (*.gloss) with 'gloss merge' in the "
				+ "repository that holds FOLDER: sets merge.gloss.driver in the repository's git config, adds "
				+ "'*.gloss merge=gloss' to the work tree's .gitattributes (commit it, so that everyone's git uses "
				+ "the driver), and copies the Gloss jars into .git/gloss/lib so the driver runs without rebuilding "
				+ "anything. Run it again after updating Gloss. Each clone runs it once: git never takes drivers "
				+ "from a repository by itself." }, exitCodeList = { "0:installed",
						"1:not a git repository, or git failed", "2:bad command line" })
final class GitSetupCommand extends GlossCommand {

	@Parameters(paramLabel = "FOLDER", arity = "0..1", description = "a folder of the repository (default: the "
			+ "current folder)")
	Path folder = Path.of(".");

	@Override
	int run() throws Exception {
		Path java = ProcessHandle.current().info().command().map(Path::of)
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
		List<Path> classPath = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				classPath.add(Path.of(entry).toAbsolutePath());
			}
		}
		GitSetup.Result result = new GitSetup().install(folder, java, classPath, Main.class.getName());
		out.println("Merge driver installed in " + result.workTree());
		out.println("  git config merge.gloss.driver: " + result.driver());
		out.println("  " + result.attributes() + (result.attributesChanged() ? ": added '" + GitSetup.ATTRIBUTES_LINE
				+ "' (commit it)" : ": already routes *.gloss to the driver"));
		out.println("  Gloss jars copied to " + result.libraries());
		return OK;
	}
}
