package dev.gloss.team.tests;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The class path the merge driver runs with in tests: the files of the bundles the command line
 * needs, as the OSGi test runtime has them (jars, or class folders of reactor projects).
 */
final class DriverClassPath {

	private static final Set<String> NEEDED = Set.of("dev.gloss.cli", "dev.gloss.team", "dev.gloss.core",
			"dev.gloss.model", "dev.gloss.samples", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
			"org.eclipse.emf.ecore.xmi", "io.github.java-diff-utils", "com.fasterxml.jackson.core.jackson-core",
			"org.apache.commons.commons-csv", "org.apache.commons.commons-io", "org.apache.commons.commons-codec");

	private DriverClassPath() {
	}

	static List<Path> entries() {
		List<Path> entries = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(DriverClassPath.class).getBundleContext().getBundles()) {
			if (NEEDED.contains(bundle.getSymbolicName())) {
				Path file = fileOf(bundle.getLocation());
				if (file != null && Files.exists(file)) {
					entries.add(file);
					if (Files.isDirectory(file) && Files.isDirectory(file.resolve("target/classes"))) {
						entries.add(file.resolve("target/classes"));
					}
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
