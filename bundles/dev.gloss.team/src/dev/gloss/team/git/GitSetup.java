/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.Debris;

/**
 * Installs the Gloss merge driver into a repository: the {@code merge.gloss} entry of its git
 * config and a {@code *.gloss merge=gloss} line in the work tree's {@code .gitattributes}.
 *
 * <p>Git runs the driver in the middle of a merge, possibly long after setup and from any
 * program (a terminal, an IDE, CI). So the driver command names an absolute Java and a private
 * copy of the Gloss jars in the repository's git folder ({@code .git/gloss/lib}): it keeps working
 * when the Gloss build that ran the setup is rebuilt, cleaned or moved, starts without building
 * anything, and cannot print build output into the merge. Running the setup again updates it.
 */
public final class GitSetup {

	public static final String DRIVER_NAME = "gloss";
	public static final String ATTRIBUTES_LINE = "*.gloss merge=gloss";

	/**
	 * @param driver            the command written to {@code merge.gloss.driver}
	 * @param attributesChanged whether {@code .gitattributes} was written (false: already there)
	 */
	public record Result(Path workTree, Path attributes, Path libraries, String driver, boolean attributesChanged) {
	}

	/**
	 * @param folder    a folder inside the repository's work tree
	 * @param java      the Java executable the driver runs with
	 * @param classPath the jars of Gloss (the command line's class path)
	 * @param mainClass the class whose {@code main} takes {@code merge BASE OURS THEIRS PATH}
	 */
	public Result install(Path folder, Path java, List<Path> classPath, String mainClass) throws IOException {
		Git git = Git.in(folder);
		Path top = git.workTree().orElseThrow(() -> new GitException(folder.toAbsolutePath()
				+ " is not inside a git work tree (run 'git init' first, or pass the repository's folder)", -1));
		Path libraries = git.commonDir().resolve("gloss").resolve("lib");
		copyJars(classPath, libraries);
		StringBuilder entries = new StringBuilder(libraries.toAbsolutePath() + "/*");
		for (Path entry : classPath) {
			if (Files.isDirectory(entry)) {
				// a development build's class folder: referenced in place
				entries.append(File.pathSeparator).append(entry.toAbsolutePath());
			}
		}
		String driver = quote(java.toAbsolutePath().toString()) + " -Xss4m -cp " + quote(entries.toString()) + " "
				+ mainClass + " merge %O %A %B %P";
		git.line("config", "merge." + DRIVER_NAME + ".name", "Gloss annotation files: three-way merge of annotations");
		git.line("config", "merge." + DRIVER_NAME + ".driver", driver);
		Path attributes = top.resolve(".gitattributes");
		boolean changed = addAttributes(attributes);
		addIgnores(top.resolve(".gitignore"));
		return new Result(top, attributes, libraries, driver, changed);
	}

	private static void copyJars(List<Path> classPath, Path libraries) throws IOException {
		Files.createDirectories(libraries);
		Set<String> names = new HashSet<>();
		for (Path jar : classPath) {
			if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
				continue;
			}
			String name = jar.getFileName().toString();
			if (!names.add(name)) {
				continue;
			}
			Path target = libraries.resolve(name);
			Path temp = Files.createTempFile(libraries, "." + name, ".tmp");
			try {
				Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temp);
			}
		}
		if (names.isEmpty() && classPath.stream().noneMatch(Files::isDirectory)) {
			throw new IOException("no Gloss jars on the class path to install as the merge driver");
		}
		// jars of an older setup would shadow or clash with the new ones
		List<Path> stale = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(libraries, "*.jar")) {
			for (Path entry : entries) {
				if (!names.contains(entry.getFileName().toString())) {
					stale.add(entry);
				}
			}
		}
		for (Path entry : stale) {
			Files.deleteIfExists(entry);
		}
	}

	/** Adds the driver line unless a line already routes *.gloss to it; keeps everything else. */
	static boolean addAttributes(Path attributes) throws IOException {
		String content = Files.isRegularFile(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
		for (String line : content.split("\\R")) {
			String[] fields = line.strip().split("\\s+");
			if (fields.length >= 2 && fields[0].equals("*.gloss")) {
				for (int i = 1; i < fields.length; i++) {
					if (fields[i].equals("merge=" + DRIVER_NAME)) {
						return false;
					}
				}
			}
		}
		StringBuilder updated = new StringBuilder(content);
		if (!content.isEmpty() && !content.endsWith("\n")) {
			updated.append('\n');
		}
		updated.append("# Gloss annotation files merge on annotations, not lines ('gloss git-setup')\n");
		updated.append(ATTRIBUTES_LINE).append('\n');
		byte[] bytes = updated.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(attributes, out -> out.write(bytes));
		return true;
	}

	/**
	 * Git-ignores what Gloss leaves only while it writes or after a crash ({@link Debris}), its lock
	 * files and re-anchoring backups; adds only the patterns missing, keeps everything else.
	 */
	static boolean addIgnores(Path ignore) throws IOException {
		String content = Files.isRegularFile(ignore) ? Files.readString(ignore, StandardCharsets.UTF_8) : "";
		Set<String> present = new HashSet<>();
		for (String line : content.split("\\R")) {
			present.add(line.strip());
		}
		List<String> missing = new ArrayList<>();
		for (String pattern : IGNORED) {
			if (!present.contains(pattern)) {
				missing.add(pattern);
			}
		}
		if (missing.isEmpty()) {
			return false;
		}
		StringBuilder updated = new StringBuilder(content);
		if (!content.isEmpty() && !content.endsWith("\n")) {
			updated.append('\n');
		}
		updated.append("# Gloss: files that exist only while Gloss writes, or after a crash, and backups ('gloss git-setup')\n");
		missing.forEach(pattern -> updated.append(pattern).append('\n'));
		byte[] bytes = updated.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(ignore, out -> out.write(bytes));
		return true;
	}

	/** The patterns {@link #addIgnores} adds. */
	public static final List<String> IGNORED = java.util.stream.Stream
			.concat(Debris.GIT_IGNORE.stream(), java.util.stream.Stream.of(".*.gloss.before-reanchor")).toList();

	/** Quotes for the POSIX shell git runs the driver with. */
	static String quote(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}
}
