/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Starts a plain Java process (no OSGi) with the class path of this test bundle and everything it is
 * wired to: the real command line and store, in a process the test can kill.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	static ProcessBuilder of(Class<?> main, String... args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(
				Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.add("-Xmx256m");
		command.add("-XX:TieredStopAtLevel=1"); // starts faster; these children live for a second
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath().stream().map(Path::toString).toList()));
		command.add(main.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

	private static List<Path> classPath() {
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(self));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (bundle.getBundleId() == 0 || !seen.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(null)) {
					todo.push(wire.getProvider().getBundle());
				}
			}
		}
		List<Path> entries = new ArrayList<>();
		for (Bundle bundle : seen) {
			Path file = fileOf(bundle.getLocation());
			if (file == null || !Files.exists(file) || bundle.getSymbolicName().startsWith("org.junit")
					|| bundle.getSymbolicName().startsWith("junit")) {
				continue;
			}
			entries.add(file);
			for (String classes : List.of("target/classes", "bin")) {
				if (Files.isDirectory(file) && Files.isDirectory(file.resolve(classes))) {
					entries.add(file.resolve(classes));
				}
			}
		}
		return entries;
	}

	/** Locations look like {@code reference:file:../../x.jar}, relative to the install area. */
	private static Path fileOf(String location) {
		int at = location.indexOf("file:");
		if (at < 0) {
			return null;
		}
		Path path = Path.of(URLDecoder.decode(location.substring(at + "file:".length()), StandardCharsets.UTF_8));
		if (!path.isAbsolute()) {
			String area = System.getProperty("osgi.install.area");
			Path base = area == null ? Path.of("").toAbsolutePath() : Path.of(URI.create(area.replace(" ", "%20")));
			path = base.resolve(path);
		}
		return path.normalize();
	}

	static String output(Process process) throws IOException {
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}
}
