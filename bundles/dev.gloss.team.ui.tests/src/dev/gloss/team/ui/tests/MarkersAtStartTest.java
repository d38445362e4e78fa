/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ISavedState;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.markers.MarkerService;
import dev.gloss.team.ui.internal.markers.ProblemMarkers;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * A start of the workbench does not check every annotation file again: with the workspace's saved
 * delta it checks only the files in it, without a walk; without one (first start, markers left
 * incomplete) it walks but reads only the files whose stamps changed. Nothing of this runs on the
 * thread that starts the workbench.
 */
@WorkbenchTest
class MarkersAtStartTest {

	private static final int FILES = 20;

	private IProject project;
	private final List<IFile> articles = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		project = Workspace.project("markers-at-start");
		for (int i = 0; i < FILES; i++) {
			articles.add(Workspace.annotatedArticle(project, "desk/report-" + i + ".txt", "40 lorries crossed the bridge"));
		}
		Workspace.waitForMarkers();
		for (IFile article : articles) {
			assertTrue(ProblemMarkers.upToDate(AnnotationFiles.annotationFileOf(article)));
		}
	}

	@AfterEach
	void tearDown() throws CoreException {
		project.delete(true, true, null);
	}

	private void changeOutsideGloss(IFile article) throws CoreException {
		article.setContents(new ByteArrayInputStream(("Updated on Tuesday.\n\n" + Workspace.ARTICLE)
				.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
	}

	private static List<IMarker> changedMarkers(IFile article) throws CoreException {
		return List.of(article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)).stream()
				.filter(m -> m.getAttribute(ProblemMarkers.CODE, -1) == ProblemMarkers.CHANGED).toList();
	}

	@Test
	void withoutASavedDeltaOnlyFilesWithChangedStampsAreChecked() throws Exception {
		IFile changed = articles.get(7);
		changeOutsideGloss(changed);
		// a start with no saved delta (the first, or after an incomplete session): the walk
		MarkerService restarted = new MarkerService();
		restarted.setWorkspace(ResourcesPlugin.getWorkspace());
		MarkerService.StartCheck check = restarted.catchUp(null, false, new NullProgressMonitor());
		assertEquals(MarkerService.StartMode.WALK, check.mode());
		assertTrue(check.walked() >= FILES, "every annotation file's stamp compared: " + check);
		Workspace.waitForMarkers();
		// (the workbench's own service checks the changed file too, at the same time: count is not the point)
		assertTrue(!changedMarkers(changed).isEmpty(), "the changed article is marked");
		assertTrue(ProblemMarkers.upToDate(AnnotationFiles.annotationFileOf(changed)));
		// the stamps of the other 19 were current: only the changed file could be stale
		assertTrue(check.stale() <= 1, "only the changed file read again: " + check);
	}

	@Test
	void withASavedDeltaOnlyTheFilesInItAreCheckedWithoutAWalk() throws Exception {
		IFile changed = articles.get(3);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		// the workspace's saved delta: what changed between the last save and this start
		ISavedState saved = new ISavedState() {
			@Override
			public void processResourceChangeEvents(IResourceChangeListener listener) {
				IResourceChangeListener once = event -> listener.resourceChanged(event);
				workspace.addResourceChangeListener(once, IResourceChangeEvent.POST_CHANGE);
				try {
					changeOutsideGloss(changed);
				} catch (CoreException e) {
					throw new AssertionError(e);
				} finally {
					workspace.removeResourceChangeListener(once);
				}
			}

			@Override
			public int getSaveNumber() {
				return 1;
			}

			@Override
			public IPath lookup(IPath file) {
				return null;
			}

			@Override
			public IPath[] getFiles() {
				return new IPath[0];
			}
		};
		MarkerService restarted = new MarkerService();
		restarted.setWorkspace(workspace);
		MarkerService.StartCheck check = restarted.catchUp(saved, true, new NullProgressMonitor());
		assertEquals(new MarkerService.StartCheck(MarkerService.StartMode.DELTA, 0, 1, check.millis()), check,
				"one file from the delta, no walk");
		Workspace.waitForMarkers();
		assertTrue(!changedMarkers(changed).isEmpty(), "the changed article is marked");
		assertTrue(ProblemMarkers.upToDate(AnnotationFiles.annotationFileOf(changed)));
	}

	@Test
	void aSaveRemembersThatTheMarkersAreComplete() throws Exception {
		Workspace.waitForMarkers();
		ResourcesPlugin.getWorkspace().save(true, null);
		assertEquals("1", InstanceScope.INSTANCE.getNode(AnnotationFiles.PLUGIN_ID).get("markersComplete", ""),
				"the next start may trust the saved delta");
		assertTrue(MarkerService.lastStart() != null, "this start caught up in the background");
	}
}
