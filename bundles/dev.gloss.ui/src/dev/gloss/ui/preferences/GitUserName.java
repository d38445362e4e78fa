/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The user name git records commits under ({@code git config user.name}), when git is there. */
public final class GitUserName {

	private static final long TIMEOUT_SECONDS = 3;

	private GitUserName() {
	}

	public static Optional<String> read() {
		try {
			Process process = new ProcessBuilder("git", "config", "--get", "user.name")
					.redirectErrorStream(false).redirectInput(ProcessBuilder.Redirect.PIPE).start();
			process.getOutputStream().close();
			byte[] out;
			try (InputStream in = process.getInputStream()) {
				out = in.readNBytes(4096);
			}
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			String name = new String(out, StandardCharsets.UTF_8).strip();
			return process.exitValue() == 0 && !name.isEmpty() ? Optional.of(name) : Optional.empty();
		} catch (IOException e) {
			// no git on the path
			return Optional.empty();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}
