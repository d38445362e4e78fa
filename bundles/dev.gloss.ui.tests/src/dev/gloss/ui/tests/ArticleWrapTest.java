/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.preferences.GlossPreferences;
import dev.gloss.ui.session.GlossSessions;

/**
 * A news article keeps each paragraph on one line: without word wrap an analyst sees the start of
 * each paragraph and scrolls sideways for the rest, and the claim links after a claim are out of
 * sight. Articles open wrapped (Preferences > Gloss), other text files as the user set them.
 */
@WorkbenchTest
class ArticleWrapTest {

	private static final String PARAGRAPH = "Traders on the Chinese side of the river said on Friday that at least"
			+ " 60 lorries had crossed the bridge since Monday, most of them carrying rice, flour and cooking oil"
			+ " bought in Dandong, and that the customs post had stayed open two hours longer than usual.";

	@AfterEach
	void tearDown() {
		GlossPreferences.store().setToDefault(GlossPreferences.WRAP_ARTICLES);
		page().closeAllEditors(false);
		settle(50);
	}

	private static StyledText text(ITextEditor editor) {
		return GlossSessions.viewerOf(editor).getTextWidget();
	}

	@Test
	void articlesOpenWrappedSoThatAParagraphIsReadWithoutScrollingSideways() throws Exception {
		IProject project = project("wrap-tests");
		ITextEditor article = openEditor(file(project, "report.txt", PARAGRAPH + "\n\n" + PARAGRAPH + "\n"));
		StyledText text = text(article);
		waitUntil("the article wrapped", text::getWordWrap);
		int end = PARAGRAPH.length() - 1;
		Point last = text.getLocationAtOffset(end);
		assertTrue(last.x < text.getClientArea().width, "the paragraph's end is in sight: " + last);
		assertTrue(text.getLocationAtOffset(end).y > text.getLocationAtOffset(0).y, "the paragraph takes several rows");

		ITextEditor other = openEditor(file(project, "table.csv", "id,name\n1," + PARAGRAPH.replace(',', ';') + "\n"));
		dev.gloss.tests.harness.UI.processEvents(); // the editor trackers run as the editor opens
		assertFalse(text(other).getWordWrap(), "a file that is no article keeps the editor's setting");

		GlossPreferences.store().setValue(GlossPreferences.WRAP_ARTICLES, false);
		page().closeAllEditors(false);
		ITextEditor unwrapped = openEditor(file(project, "other.txt", PARAGRAPH + "\n"));
		dev.gloss.tests.harness.UI.processEvents(); // the editor trackers run as the editor opens
		assertFalse(text(unwrapped).getWordWrap(), "the preference turned off: articles open as the editor does");
	}
}
