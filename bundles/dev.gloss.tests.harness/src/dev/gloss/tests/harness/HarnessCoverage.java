/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.tests.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.junit.platform.commons.support.AnnotationSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Checks that every test class of a test bundle runs under the harness (so a new test cannot forget it). */
public final class HarnessCoverage {

	private HarnessCoverage() {
	}

	/** Fails naming the test classes of the bundle of {@code anyTestClass} that lack {@link WorkbenchTest}. */
	public static void assertEveryTestClassUsesTheHarness(Class<?> anyTestClass) throws ClassNotFoundException {
		Bundle bundle = FrameworkUtil.getBundle(anyTestClass);
		Enumeration<URL> entries = bundle.findEntries("/", "*Test.class", true);
		List<String> classes = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		while (entries != null && entries.hasMoreElements()) {
			String path = entries.nextElement().getPath();
			int root = path.indexOf("/dev/");
			if (root < 0 || path.contains("$")) {
				continue;
			}
			String name = path.substring(root + 1, path.length() - ".class".length()).replace('/', '.');
			classes.add(name);
			if (!AnnotationSupport.isAnnotated(bundle.loadClass(name), WorkbenchTest.class)) {
				missing.add(name);
			}
		}
		assertFalse(classes.isEmpty(), "no test classes found in " + bundle.getSymbolicName());
		assertEquals(List.of(), missing, "test classes without @WorkbenchTest");
	}
}
