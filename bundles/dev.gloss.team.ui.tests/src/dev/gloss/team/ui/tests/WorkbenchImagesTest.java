/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.team.ui.internal.markers.ProblemMarkers;
import dev.gloss.tests.harness.UI;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * What broke on Java 25 with an ASM too old for its class files: SWT found no SVG rasterizer, so the
 * Project Explorer could not draw the problem overlay of an article with a Gloss marker (an error
 * dialog each time a marker changed) and the editor and view tabs lost their icons and stopped painting.
 * The platform's icons are SVG: these tests draw them as the user sees them.
 */
@WorkbenchTest
class WorkbenchImagesTest {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		project = Workspace.project("images");
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void articleWithAGlossProblemShowsTheProblemOverlayInTheProjectExplorer() throws Exception {
		// a claim without a source is a Gloss problem: a marker on the article
		IFile marked = Workspace.annotatedArticle(project, "news/marked.txt", "40 lorries crossed the bridge");
		IFile clean = project.getFile("news/clean.txt");
		clean.create(new ByteArrayInputStream(Workspace.ARTICLE.getBytes(StandardCharsets.UTF_8)), true, null);
		Workspace.waitForMarkers();
		assertFalse(marked.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length == 0);

		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		CommonViewer viewer = explorer.getCommonViewer();
		viewer.setSelection(new StructuredSelection(List.of(marked, clean)), true);
		Item markedItem = UI.eventually("the article in the Project Explorer", () -> (Item) viewer.testFindItem(marked));
		Item cleanItem = UI.eventually("the clean file in the Project Explorer", () -> (Item) viewer.testFindItem(clean));
		// decorations are computed in the background and drawn when ready
		UI.waitUntil("the problem overlay on the article's icon", () -> differ(markedItem.getImage(), cleanItem.getImage()));
		screenshot("workbench-images-explorer.png");
	}

	@Test
	void editorAndViewTabsShowTheirIcons() throws Exception {
		IFile article = Workspace.annotatedArticle(project, "tabs.txt", "40 lorries crossed the bridge");
		Workspace.waitForMarkers();
		IDE.openEditor(page(), article, "org.eclipse.ui.DefaultTextEditor", true);
		for (String view : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_TASK_LIST, IPageLayout.ID_PROP_SHEET)) {
			page().showView(view);
		}
		Shell shell = page().getWorkbenchWindow().getShell();
		UI.waitUntil("every tab drawn with its icon", () -> {
			List<CTabItem> tabs = tabs(shell);
			return tabs.size() >= 5 && tabs.stream().allMatch(t -> t.getImage() != null && !t.getImage().isDisposed());
		});
		List<String> titles = tabs(shell).stream().map(CTabItem::getText).toList();
		assertFalse(titles.stream().noneMatch("tabs.txt"::equals), "the editor tab shows the article: " + titles);
		screenshot("workbench-images-tabs.png");
	}

	private static boolean differ(Image a, Image b) {
		if (a == null || b == null) {
			return false;
		}
		ImageData x = a.getImageData();
		ImageData y = b.getImageData();
		if (x.width != y.width || x.height != y.height) {
			return true;
		}
		for (int i = 0; i < x.width; i++) {
			for (int j = 0; j < x.height; j++) {
				if (x.getPixel(i, j) != y.getPixel(i, j) || x.getAlpha(i, j) != y.getAlpha(i, j)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<CTabItem> tabs(Control control) {
		List<CTabItem> tabs = new ArrayList<>();
		if (control instanceof CTabFolder folder && folder.isVisible()) {
			tabs.addAll(Arrays.asList(folder.getItems()));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				tabs.addAll(tabs(child));
			}
		}
		return tabs;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void screenshot(String name) {
		Display display = UI.display();
		UI.processEvents();
		Image image = new Image(display, display.getBounds().width, display.getBounds().height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path out = Path.of(System.getProperty("gloss.out", "target"));
			out.toFile().mkdirs();
			loader.save(out.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
