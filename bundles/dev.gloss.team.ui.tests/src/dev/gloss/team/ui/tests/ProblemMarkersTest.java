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
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Status;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.markers.ProblemMarkers;

/**
 * Problems view markers for orphans, merge conflicts, schema rules and changed articles, kept up
 * to date as files change, and the quick fixes the workbench offers for them.
 */
class ProblemMarkersTest {

	private IProject project;

	@BeforeEach
	void setUp() throws CoreException {
		project = Workspace.project("markers");
	}

	@AfterEach
	void tearDown() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void rulesBecomeMarkersAtThePassageAndQuickFixesSettleThem() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "news/sinuiju.txt", "40 lorries crossed the bridge",
				"prices for rice rose by a fifth");
		IFile annotations = AnnotationFiles.annotationFileOf(article);
		AnnotatedDocument document = AnnotationFiles.load(annotations);
		Claim disputed = (Claim) document.getAnnotations().get(0);
		disputed.setCertainty(Certainty.ALLEGED);
		disputed.setStatus(Status.DISPUTED);
		Conflict conflict = GlossFactory.eINSTANCE.createConflict();
		conflict.setFeature("certainty");
		conflict.setBase("unspecified");
		conflict.setOurs("alleged");
		conflict.setTheirs("reported");
		conflict.setTheirsCreator("ben");
		disputed.getConflicts().add(conflict);
		Annotation orphan = document.getAnnotations().get(1);
		orphan.setOrphaned(true);
		AnnotationFiles.save(annotations, document, null);
		Workspace.waitForMarkers();

		List<IMarker> markers = markers(article);
		assertEquals(List.of(GlossValidator.CLAIM_WITHOUT_SOURCE, GlossValidator.MERGE_CONFLICT,
				GlossValidator.CLAIM_WITHOUT_SOURCE, GlossValidator.ORPHANED),
				markers.stream().map(m -> m.getAttribute(ProblemMarkers.CODE, -1)).toList());
		IMarker conflictMarker = markers.get(1);
		assertEquals(1, conflictMarker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(Workspace.ARTICLE.indexOf("40 lorries"), conflictMarker.getAttribute(IMarker.CHAR_START, -1));
		assertEquals(IMarker.SEVERITY_WARNING, conflictMarker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(3, markers.get(3).getAttribute(IMarker.LINE_NUMBER, -1), "the orphan's old place");

		// the workbench finds the quick fixes through the marker resolution extension
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(conflictMarker);
		assertEquals(List.of("Keep certainty = 'alleged' (this branch)", "Take certainty = 'reported' (the other branch)"),
				Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
		fixes[1].run(conflictMarker);
		Claim settled = (Claim) AnnotationFiles.load(annotations).getAnnotations().get(0);
		assertEquals(Certainty.REPORTED, settled.getCertainty());
		assertTrue(settled.getConflicts().isEmpty());
		assertEquals(Status.DRAFT, settled.getStatus());

		Workspace.waitForMarkers();
		IMarker orphanMarker = markers(article).stream()
				.filter(m -> m.getAttribute(ProblemMarkers.CODE, -1) == GlossValidator.ORPHANED).findFirst()
				.orElseThrow();
		IDE.getMarkerHelpRegistry().getResolutions(orphanMarker)[0].run(orphanMarker);
		assertEquals(1, AnnotationFiles.load(annotations).getAnnotations().size(), "the orphan is deleted");
		Workspace.waitForMarkers();
		assertEquals(List.of(GlossValidator.CLAIM_WITHOUT_SOURCE),
				markers(article).stream().map(m -> m.getAttribute(ProblemMarkers.CODE, -1)).toList());
	}

	@Test
	void aChangedArticleIsMarkedAndTheQuickFixReanchors() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "sinuiju.txt", "The customs office did not answer");
		Workspace.waitForMarkers();
		IFile annotationFile = AnnotationFiles.annotationFileOf(article);
		assertTrue(ProblemMarkers.upToDate(annotationFile), "a restart would not check it again");
		// an edit outside Gloss (a git pull, another editor)
		article.setContents(new ByteArrayInputStream(("Updated on Tuesday.\n\n" + Workspace.ARTICLE)
				.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
		assertTrue(!ProblemMarkers.upToDate(annotationFile), "the article changed: its markers are stale");
		Workspace.waitForMarkers();
		assertTrue(ProblemMarkers.upToDate(annotationFile));
		List<IMarker> markers = markers(article);
		assertEquals(1, markers.size());
		assertEquals(ProblemMarkers.CHANGED, markers.get(0).getAttribute(ProblemMarkers.CODE, -1));
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").contains("changed since it was annotated"));

		IDE.getMarkerHelpRegistry().getResolutions(markers.get(0))[0].run(markers.get(0));
		AnnotatedDocument document = new GlossStore()
				.load(AnnotationFiles.annotationFileOf(article).getLocation().toFile().toPath());
		Annotation moved = document.getAnnotations().get(0);
		assertEquals("Updated on Tuesday.\n\n".length() + Workspace.ARTICLE.indexOf("The customs office"),
				moved.getBegin());
		Workspace.waitForMarkers();
		assertEquals(List.of(GlossValidator.CLAIM_WITHOUT_SOURCE),
				markers(article).stream().map(m -> m.getAttribute(ProblemMarkers.CODE, -1)).toList());
	}

	@Test
	void anUnreadableAnnotationFileIsMarkedAtItsLine() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "sinuiju.txt", "The customs office did not answer");
		IFile annotations = AnnotationFiles.annotationFileOf(article);
		annotations.setContents(new ByteArrayInputStream("<?xml version=\"1.0\"?>\n<gloss:AnnotatedDocument\n"
				.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
		Workspace.waitForMarkers();
		IMarker[] markers = annotations.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").startsWith("Cannot read the annotation file"));

		annotations.delete(true, null);
		Workspace.waitForMarkers();
		assertEquals(0, article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
	}

	/** Markers in document order. */
	private static List<IMarker> markers(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.sorted((a, b) -> {
					int byStart = Integer.compare(a.getAttribute(IMarker.CHAR_START, 0), b.getAttribute(IMarker.CHAR_START, 0));
					return byStart != 0 ? byStart
							: Integer.compare(a.getAttribute(ProblemMarkers.CODE, 0), b.getAttribute(ProblemMarkers.CODE, 0));
				}).toList();
	}
}
