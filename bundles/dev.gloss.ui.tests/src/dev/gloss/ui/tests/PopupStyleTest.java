/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/**
 * The type chooser (G), link (K) and quick-edit (E) popups are popups, as Eclipse's own hovers
 * and quick views are: no window-manager title bar or buttons (a resizable shell was a normal
 * window to openbox and its kind, with a title bar, and took the window manager's focus from
 * the workbench), the keyboard focus inside while open, Esc closes, and the focus is back in the
 * text afterwards so the analyst types on.
 */
@WorkbenchTest
class PopupStyleTest {

	private static final String TEXT = EditorInteractionsTest.ARTICLE;
	private static final String NO_SELECTION = "Select the passage to annotate first";

	private ITextEditor editor;
	private GlossSession session;

	@BeforeEach
	void open() throws Exception {
		IProject project = project("popup-style");
		IFile article = file(project, "popups.txt", TEXT);
		if (project.getFile("popups.txt.gloss").exists()) {
			project.getFile("popups.txt.gloss").delete(true, null);
		}
		editor = openEditor(article);
		session = session(editor);
		RealInput.focus(page().getWorkbenchWindow().getShell());
		page().activate(editor);
	}

	@AfterEach
	void close() throws Exception {
		for (Shell shell : display().getShells()) {
			if (shell != page().getWorkbenchWindow().getShell()) {
				shell.close();
			}
		}
		session.flush(5_000);
		page().closeAllEditors(false);
		settle(50);
	}

	private StyledText text() {
		return GlossSessions.viewerOf(editor).getTextWidget();
	}

	private static Shell popup() {
		for (Shell shell : display().getShells()) {
			if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()) {
				return shell;
			}
		}
		return null;
	}

	/** Opens a popup with Alt+Shift+G and a letter, checks how it is made, closes it with Esc. */
	private Shell openCheckAndEscape(char letter, String what) {
		RealInput.gloss(letter);
		Shell shell = eventually(what, PopupStyleTest::popup);
		int style = shell.getStyle();
		assertTrue((style & SWT.ON_TOP) != 0, what + ": a popup the window manager leaves alone (ON_TOP)");
		assertTrue((style & SWT.TOOL) != 0, what + ": the thin border of a hover (TOOL)");
		assertEquals(0, style & (SWT.TITLE | SWT.MIN | SWT.MAX | SWT.CLOSE), what + ": no title bar, no window buttons");
		assertTrue(shell.getParent() == page().getWorkbenchWindow().getShell(), what + ": owned by the workbench window");
		waitUntil(what + ": the keyboard focus inside", () -> {
			Control focus = display().getFocusControl();
			return focus != null && focus.getShell() == shell;
		});
		RealInput.press(0, SWT.ESC);
		waitUntil(what + ": closed by Esc", () -> shell.isDisposed() || !shell.isVisible());
		waitUntil(what + ": the focus back in the text", () -> text().isFocusControl());
		return shell;
	}

	@Test
	void glossPopupsHaveNoWindowManagerDecorationTakeTheFocusAndGiveItBack() throws Exception {
		int claimAt = TEXT.indexOf("most lorries carried");
		Claim claim = (Claim) AnnotationEdits.create(session, AnnotationType.CLAIM, claimAt, claimAt + 41);
		int countAt = TEXT.indexOf("at least 60 lorries");
		AnnotationEdits.create(session, AnnotationType.COUNT, countAt, countAt + 19);

		select(editor, claim.getBegin() + 3, 0);
		openCheckAndEscape('e', "quick edit");
		openCheckAndEscape('k', "link");
		int free = TEXT.indexOf("Rice prices");
		select(editor, free, 5);
		openCheckAndEscape('g', "type chooser");

		// typing goes on where it was: into the text, at the caret
		select(editor, countAt + 3, 0);
		RealInput.gloss('e');
		Shell quickEdit = eventually("the count's quick edit", PopupStyleTest::popup);
		RealInput.type("60\n");
		Count count = (Count) session.model().getAnnotations().stream().filter(Count.class::isInstance).findFirst()
				.orElseThrow();
		waitUntil("the number typed into the popup", () -> count.getValue() != null && count.getValue().intValue() == 60);
		RealInput.press(0, SWT.ESC);
		waitUntil("closed", () -> quickEdit.isDisposed() || !quickEdit.isVisible());
		waitUntil("the focus back in the text", () -> text().isFocusControl());
		assertEquals(page().getWorkbenchWindow().getShell(), display().getActiveShell(), "the workbench window active");

		// a field with a value: what the analyst types replaces it (the caret at its start prefixed it)
		AnnotationEdits.set(session, claim, dev.gloss.model.GlossPackage.Literals.CLAIM__PARAPHRASE, "old words");
		select(editor, claim.getBegin() + 3, 0);
		RealInput.gloss('e');
		Shell claimEdit = eventually("the claim's quick edit", PopupStyleTest::popup);
		RealInput.type("new words\n");
		waitUntil("the paraphrase replaced, now '" + claim.getParaphrase() + "'",
				() -> "new words".equals(claim.getParaphrase()));
		RealInput.press(0, SWT.ESC);
		waitUntil("closed", () -> claimEdit.isDisposed() || !claimEdit.isVisible());
	}
	private String statusLine() {
		return Workbench.statusLine(editor);
	}

	/** A refused command's red message goes away when the next Gloss command runs. */
	@Test
	void anErrorOfTheLastCommandDoesNotStandNextToTheNextOne() throws Exception {
		select(editor, TEXT.indexOf("Rice prices"), 0);
		run("dev.gloss.ui.createClaim");
		assertEquals(NO_SELECTION, statusLine(), "refused: nothing selected");
		select(editor, TEXT.indexOf("Rice prices"), 11);
		run("dev.gloss.ui.chooseType");
		Shell chooser = eventually("the type chooser", PopupStyleTest::popup);
		assertTrue(!statusLine().equals(NO_SELECTION),
				"the old error gone while the chooser is open: " + statusLine());
		chooser.close();
	}
	/** The link popup is as wide as its rows (it cut a row's attributes off at a fixed width). */
	@Test
	void theLinkPopupShowsItsRowsWhole() throws Exception {
		int claimAt = TEXT.indexOf("most lorries carried");
		Claim claim = (Claim) AnnotationEdits.create(session, AnnotationType.CLAIM, claimAt, claimAt + 41);
		int sourceAt = TEXT.indexOf("A trade associate in Changbai");
		dev.gloss.model.Annotation source = AnnotationEdits.create(session, AnnotationType.SOURCE, sourceAt,
				sourceAt + 29);
		AnnotationEdits.set(session, source, dev.gloss.model.GlossPackage.Literals.SOURCE__ROLE,
				"trader crossing the bridge at Changbai every week");
		select(editor, claim.getBegin() + 3, 0);
		run("dev.gloss.ui.link");
		Shell shell = eventually("the link popup", PopupStyleTest::popup);
		org.eclipse.swt.widgets.Table table = eventually("its list", () -> tableIn(shell));
		waitUntil("laid out", () -> table.getClientArea().width > 0);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
		try {
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				int needed = gc.textExtent(item.getText()).x + item.getImage().getBounds().width;
				assertTrue(needed <= table.getClientArea().width,
						"row shown whole (" + needed + " of " + table.getClientArea().width + "): " + item.getText());
			}
		} finally {
			gc.dispose();
		}
		shell.close();
	}

	private static org.eclipse.swt.widgets.Table tableIn(Control control) {
		if (control instanceof org.eclipse.swt.widgets.Table table) {
			return table;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Table found = tableIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
