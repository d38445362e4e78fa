/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.team.ui.internal.agreement.AgreementView;

/** The Gloss Agreement view measures the creators of a folder and shows a row per type. */
class AgreementViewTest {

	@Test
	void showsAgreementPerTypeForAFolder() throws Exception {
		IProject project = Workspace.project("agreement");
		try {
			Path folder = project.getLocation().toFile().toPath();
			Files.writeString(folder.resolve("sinuiju.txt"), Workspace.ARTICLE, StandardCharsets.UTF_8);
			for (String creator : List.of("ana", "ben")) {
				Corpus corpus = Corpus.open(folder).withCreator(creator);
				CorpusDocument document = corpus.open(corpus.article("sinuiju.txt"));
				mark(document, AnnotationType.LOCATION, creator.equals("ana") ? "Sinuiju" : "in Sinuiju");
				mark(document, AnnotationType.COUNT, "40 lorries");
				document.save();
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, null);

			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			AgreementView view = (AgreementView) page.showView(AgreementView.ID);
			view.show(project);
			Job.getJobManager().join(AgreementView.FAMILY, null);
			Display display = Display.getCurrent();
			long until = System.currentTimeMillis() + 2_000; // the result reaches the table through asyncExec
			while (view.report() == null && System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					Thread.sleep(10);
				}
			}
			while (display.readAndDispatch()) {
				// let the table take the rows
			}
			assertNotNull(view.report());
			assertEquals(List.of("ana", "ben"), view.report().annotators());
			Table table = view.viewer().getTable();
			assertEquals(5, table.getItemCount(), "four types and all");
			TableItem location = table.getItem(2);
			assertEquals("Location", location.getText(0));
			assertEquals("1 / 1", location.getText(1));
			assertEquals("0.000  0.000  0.000", location.getText(2), "'Sinuiju' and 'in Sinuiju' differ exactly");
			assertEquals("1.000  1.000  1.000", location.getText(3), "but overlap");
			TableItem count = table.getItem(3);
			assertEquals("1.000", count.getText(4), "kappa");
			assertTrue(count.getText(5).startsWith("1.0"), "alpha");
		} finally {
			project.delete(true, true, null);
		}
	}

	private static void mark(CorpusDocument document, AnnotationType type, String passage) {
		int at = Workspace.ARTICLE.indexOf(passage);
		document.add(type, at, at + passage.length());
	}
}
