/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.team.ui.internal.markers.ProblemMarkers;
import dev.gloss.tests.harness.WorkbenchTest;

/** A problem in the Problems view names the annotation as the analyst knows it: its type and quote, no id. */
@WorkbenchTest
class ProblemDescriptionsTest {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workspace.project("descriptions");
	}

	@AfterEach
	void tearDown() throws Exception {
		project.delete(true, true, null);
	}

	@Test
	void problemDescriptionsShowTypeAndQuoteNotIds() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "news/sinuiju.txt", "40 lorries crossed the bridge");
		Workspace.waitForMarkers();
		IMarker[] markers = article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		String message = markers[0].getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.startsWith("Claim '40 lorries crossed the bridge'"), message);
		assertFalse(UUID.matcher(message).find(), "no id in: " + message);
	}
}
