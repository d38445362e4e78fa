/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs the {@code git} binary in a folder. Gloss talks to git through its command line rather than
 * a Java reimplementation: it is what the user has, with their configuration, hooks, credentials
 * and merge drivers, and it is what CI installs.
 *
 * <p>The binary is {@code git} on the PATH, or the one named by the {@code gloss.git} system
 * property or the {@code GLOSS_GIT} environment variable.
 */
public final class Git {

	private final Path folder;
	private final String executable;

	private Git(Path folder, String executable) {
		this.folder = folder;
		this.executable = executable;
	}

	/** Git for the repository that holds {@code folder} (any folder inside the work tree). */
	public static Git in(Path folder) {
		String configured = System.getProperty("gloss.git", System.getenv("GLOSS_GIT"));
		return new Git(folder.toAbsolutePath().normalize(),
				configured == null || configured.isBlank() ? "git" : configured);
	}

	public Path folder() {
		return folder;
	}

	/** Runs git and returns its standard output as UTF-8 text. */
	public String text(String... args) throws IOException {
		return new String(run(null, args), StandardCharsets.UTF_8);
	}

	/** Runs git and returns its standard output, trimmed of the final line end. */
	public String line(String... args) throws IOException {
		return text(args).strip();
	}

	/** Runs git, feeding {@code input} (may be null) on its standard input; returns standard output. */
	public byte[] run(byte[] input, String... args) throws IOException {
		List<String> command = new ArrayList<>(args.length + 1);
		command.add(executable);
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		// never wait for a pager, an editor or a credential prompt
		builder.environment().put("GIT_PAGER", "cat");
		builder.environment().put("GIT_TERMINAL_PROMPT", "0");
		builder.environment().put("GIT_EDITOR", ":");
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new GitException("cannot run '" + executable + "' (is git installed and on the PATH?): "
					+ e.getMessage(), -1);
		}
		CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
		try (OutputStream stdin = process.getOutputStream()) {
			if (input != null) {
				stdin.write(input);
			}
		} catch (IOException e) {
			// git may exit before reading its input (an error); its exit code tells
		}
		byte[] output;
		try (InputStream stdout = process.getInputStream()) {
			output = stdout.readAllBytes();
		}
		try {
			int exit = process.waitFor();
			if (exit != 0) {
				String message = new String(errors.get(), StandardCharsets.UTF_8).strip();
				throw new GitException("git " + String.join(" ", args) + " failed (exit " + exit + ")"
						+ (message.isEmpty() ? "" : ": " + message), exit);
			}
			errors.get();
		} catch (InterruptedException e) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for git", e);
		} catch (ExecutionException e) {
			throw new IOException("cannot read git's messages", e.getCause());
		}
		return output;
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			in.transferTo(buffer);
			return buffer.toByteArray();
		} catch (IOException e) {
			return new byte[0];
		}
	}

	/** The top folder of the work tree, or empty when {@link #folder()} is not inside one. */
	public Optional<Path> workTree() {
		try {
			return Optional.of(Path.of(line("rev-parse", "--show-toplevel")));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** The folder shared by all work trees of the repository ({@code .git} of the main one). */
	public Path commonDir() throws IOException {
		Path dir = Path.of(line("rev-parse", "--git-common-dir"));
		return (dir.isAbsolute() ? dir : folder.resolve(dir)).normalize();
	}

	/** A path relative to the work tree top, with '/' separators, as git names files. */
	public String repoPath(Path file) throws IOException {
		Path top = workTree().orElseThrow(() -> new GitException(folder + " is not inside a git work tree", -1));
		Path absolute = file.toAbsolutePath().normalize();
		Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
		Path realTop = top.toRealPath();
		Path relative = real.startsWith(realTop) ? realTop.relativize(real) : top.relativize(absolute);
		return relative.toString().replace('\\', '/');
	}

	/** The content of a file at a revision, or empty when the file does not exist there. */
	public Optional<byte[]> show(String revision, String repoPath) throws IOException {
		String object = revision + ":" + repoPath;
		try {
			line("cat-file", "-e", object);
		} catch (GitException e) {
			return Optional.empty();
		}
		return Optional.of(run(null, "cat-file", "blob", object));
	}

	/** A blob's content by its object id. */
	public byte[] blob(String objectId) throws IOException {
		return run(null, "cat-file", "blob", objectId);
	}

	/** Splits NUL-separated output ({@code -z}) into its entries. */
	public static List<String> splitNul(String output) {
		List<String> entries = new ArrayList<>();
		for (String entry : output.split("\0")) {
			if (!entry.isEmpty()) {
				entries.add(entry);
			}
		}
		return entries;
	}
}
