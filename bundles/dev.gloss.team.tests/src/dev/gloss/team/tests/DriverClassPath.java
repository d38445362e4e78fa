/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class path the merge driver runs with in tests: the files of the bundles the command line
 * needs, as the OSGi test runtime has them (jars, or class folders of reactor projects).
 */
final class DriverClassPath {

	private DriverClassPath() {
	}

	/**
	 * dev.gloss.cli and every bundle it is wired to, transitively (all the command line can load),
	 * without the OSGi framework itself: the same set the update site ships for {@code ./gloss}.
	 */
	static List<Path> entries() {
		Bundle cli = Arrays.stream(FrameworkUtil.getBundle(DriverClassPath.class).getBundleContext().getBundles())
				.filter(bundle -> "dev.gloss.cli".equals(bundle.getSymbolicName())).findFirst()
				.orElseThrow(() -> new IllegalStateException("dev.gloss.cli is not in the test runtime"));
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(cli));
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
			if (file != null && Files.exists(file)) {
				entries.add(file);
				if (Files.isDirectory(file) && Files.isDirectory(file.resolve("target/classes"))) {
					entries.add(file.resolve("target/classes"));
				}
			}
		}
		return entries;
	}

	static Path java() {
		return ProcessHandle.current().info().command().map(Path::of)
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
	}

	/** Locations look like {@code initial@reference:file:../../x.jar}, relative to the install area. */
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
}
