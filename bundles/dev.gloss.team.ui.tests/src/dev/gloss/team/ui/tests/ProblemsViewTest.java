/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.markers.ProblemMarkers;

/**
 * The Problems view lists Gloss problems; a screenshot ({@code gloss.out}/team-problems.png) shows
 * how they read.
 */
class ProblemsViewTest {

	@Test
	void glossProblemsShowInTheProblemsView() throws Exception {
		IProject project = Workspace.project("problems");
		try {
			IFile article = Workspace.annotatedArticle(project, "news/sinuiju.txt", "40 lorries crossed the bridge",
					"The customs office did not answer");
			IFile annotations = AnnotationFiles.annotationFileOf(article);
			AnnotatedDocument document = AnnotationFiles.load(annotations);
			document.getAnnotations().get(1).setOrphaned(true);
			AnnotationFiles.save(annotations, document, null);
			Workspace.waitForMarkers();
			assertEquals(3, article.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);

			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
			assertNotNull(problems);
			page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_MAXIMIZED);
			Display display = Display.getCurrent();
			spin(display, 1_500); // the view updates in a job of its own
			Tree tree = find(problems.getSite().getShell(), Tree.class);
			assertNotNull(tree, "the Problems view shows a tree");
			for (TreeItem group : tree.getItems()) {
				Event expand = new Event();
				expand.item = group;
				tree.notifyListeners(SWT.Expand, expand);
				group.setExpanded(true);
			}
			for (TreeColumn column : tree.getColumns()) {
				column.setWidth(column.getText().startsWith("Description") ? 820 : 110);
			}
			spin(display, 800);
			screenshot(display, Path.of(System.getProperty("gloss.out", "target"), "team-problems.png"));
		} finally {
			project.delete(true, true, null);
		}
	}

	private static void spin(Display display, long millis) throws InterruptedException {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control) && control.isVisible()) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void screenshot(Display display, Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Image image = new Image(display, display.getBounds());
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
