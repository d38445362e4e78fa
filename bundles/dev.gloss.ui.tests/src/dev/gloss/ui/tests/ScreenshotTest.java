/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import dev.gloss.ui.examples.SampleCorpusWizard;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.view.AnnotationsView;

/**
 * The sample corpus example creates its project; a sample article then shows its highlights and the
 * Annotations view, and the whole screen is saved as target/screenshots/workbench.png.
 */
class ScreenshotTest {

	@Test
	void sampleCorpusInTheWorkbench() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleCorpusWizard.DEFAULT_PROJECT);
		if (!project.exists()) {
			SampleCorpusWizard.create(project, null, null);
		}
		IFile article = project.getFile("border-trade/dandong-coal-barges.txt");
		assertTrue(article.exists(), "the example project holds the sample articles");
		assertTrue(project.getFile("border-trade/dandong-coal-barges.txt.gloss").exists(), "and their annotations");

		Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(display().getBounds());
		page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		AnnotationsView view = (AnnotationsView) page().showView(AnnotationsView.ID);
		ITextEditor editor = openEditor(article);
		GlossSession session = session(editor);
		assertFalse(session.model().getAnnotations().isEmpty());
		waitUntil("highlights", () -> !editorAnnotations(editor).isEmpty());
		waitUntil("view rows", () -> !view.visibleRows().isEmpty());
		if (editor instanceof org.eclipse.ui.texteditor.ITextEditorExtension6 wrapping) {
			// the sample articles are one paragraph per line
			wrapping.setWordWrap(true);
		}
		var first = session.index().get(2);
		page().activate(editor);
		editor.selectAndReveal(first.getBegin(), 0);
		settle(800);

		Path out = Path.of(System.getProperty("gloss.out", "target"), "screenshots", "workbench.png");
		Files.createDirectories(out.getParent());
		Rectangle bounds = display().getBounds();
		Image image = new Image(display(), bounds.width, bounds.height);
		GC gc = new GC(display());
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		assertTrue(Files.size(out) > 10_000, "a real screenshot: " + out);
		page().closeAllEditors(false);
	}
}
