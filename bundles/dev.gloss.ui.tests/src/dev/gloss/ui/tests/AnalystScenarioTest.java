/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorExtension6;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;
import dev.gloss.ui.properties.AnnotationPropertySheetPage;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.view.AnnotationsView;
import dev.gloss.ui.view.Row;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * An analyst's session from the keyboard, on a report written for this test: select with the
 * mouse, mark each type (Alt+Shift+G C/S/L/N), link (K), quick-edit (E), retype (T), remove (R),
 * undo and redo with the platform keys, navigate (Ctrl+. and Ctrl+,), hover (F2), Properties
 * (P), and clicks in the text with the Annotations view following. Keys and clicks are posted to
 * the display as a person's are. Each step asserts on the model, the annotation file on disk and
 * what the views show, and leaves a screenshot in target/scenario/NN-step.png.
 */
@WorkbenchTest
class AnalystScenarioTest {

	static final String REPORT = """
			Fuel lorries return to the Hyesan bridge
			HYESAN - More than 40 fuel lorries crossed the bridge from Changbai on Tuesday, the first convoy since the river froze, according to a trade associate who handles paperwork for two of the firms.
			The associate, speaking by phone, said each lorry carried about 20 tonnes of diesel and that customs officers in Hyesan checked every second vehicle.
			A market vendor in Hyesan said diesel prices fell by a third within two days.
			Officials at the Changbai customs office declined to comment.
			""";

	private static final String FOLDER = "scenario";

	private IFile article;
	private ITextEditor editor;
	private GlossSession session;
	private AnnotationsView view;
	private StyledText text;
	private int step;
	private long logLength;

	@BeforeEach
	void open() throws Exception {
		Path log = Platform.getLogFileLocation().toFile().toPath();
		logLength = Files.exists(log) ? Files.size(log) : 0;
		IProject project = project("analyst-scenario");
		article = file(project, "fuel-lorries.txt", REPORT);
		if (project.getFile("fuel-lorries.txt.gloss").exists()) {
			project.getFile("fuel-lorries.txt.gloss").delete(true, null);
		}
		Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(display().getBounds());
		view = (AnnotationsView) page().showView(AnnotationsView.ID);
		editor = openEditor(article);
		((ITextEditorExtension6) editor).setWordWrap(true);
		text = GlossSessions.viewerOf(editor).getTextWidget();
		RealInput.focus(shell);
		page().activate(editor);
		text.setFocus();
	}

	@AfterEach
	void close() throws Exception {
		for (Shell shell : display().getShells()) {
			if (shell != page().getWorkbenchWindow().getShell()) {
				shell.close();
			}
		}
		if (session != null) {
			session.flush(5_000);
		}
		page().closeAllEditors(false);
		for (String id : List.of(AnnotationsView.ID, IPageLayout.ID_PROP_SHEET)) {
			if (page().findView(id) != null) {
				page().hideView(page().findView(id));
			}
		}
	}

	private int at(String passage) {
		int offset = REPORT.indexOf(passage);
		assertTrue(offset >= 0, passage);
		return offset;
	}

	private void shot(String name) {
		RealInput.screenshot(FOLDER, String.format("%02d-%s", ++step, name));
	}

	/** Selects a passage with the mouse, then marks it with Alt+Shift+G and the letter. */
	private Annotation markWithKeys(String passage, char letter, AnnotationType type) {
		int from = at(passage);
		RealInput.selectWithMouse(text, from, from + passage.length());
		RealInput.park();
		waitUntil("selected: " + passage, () -> selection().getOffset() == from && selection().getLength() == passage.length());
		RealInput.gloss(letter);
		GlossSession current = GlossSessions.get().sessionOf(editor, false);
		assertNotNull(current, "marking starts the article's annotations");
		session = current;
		return eventually(type.label() + " " + passage, () -> session.isReady() ? session.model().getAnnotations().stream()
				.filter(a -> AnnotationType.of(a) == type && passage.equals(a.getQuote())).findFirst().orElse(null) : null);
	}

	private ITextSelection selection() {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	private void caretAt(int offset) {
		if (selection().getLength() > 0) {
			// a click inside a selection would start dragging it: collapse it first, as with the arrow key
			RealInput.press(0, SWT.ARROW_LEFT);
		}
		RealInput.click(text, offset);
		RealInput.park();
		waitUntil("caret at " + offset, () -> selection().getOffset() == offset && selection().getLength() == 0);
	}

	private Annotation viewSelection() {
		IStructuredSelection selected = (IStructuredSelection) view.viewer().getSelection();
		return selected.isEmpty() ? null : ((Row) selected.getFirstElement()).annotation();
	}

	/** The popup the last command opened, with the input focus (as a window manager gives it). */
	private Shell popup() {
		Shell popup = eventually("a popup", () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()) {
					return shell;
				}
			}
			return null;
		});
		popup.forceActive();
		waitUntil("the popup active", () -> display().getActiveShell() == popup);
		return popup;
	}

	/** Waits until the popup is gone and the window has the focus back (as a window manager hands it back). */
	private void waitPopupClosed() {
		waitUntil("the popup closed", () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()) {
					return false;
				}
			}
			return true;
		});
		RealInput.focus(page().getWorkbenchWindow().getShell());
		if (display().getFocusControl() != text) {
			// the window was active all along (a hover popup): the window manager's re-focus brings nothing back
			text.setFocus();
		}
		waitUntil("the editor has the focus again", () -> display().getFocusControl() == text);
	}

	private AnnotatedDocument onDisk(String what, java.util.function.Predicate<AnnotatedDocument> check) {
		return waitForDisk(article, what, check);
	}

	private static <T extends Annotation> T only(AnnotatedDocument document, Class<T> type, String quote) {
		List<T> found = new ArrayList<>();
		for (Annotation a : document.getAnnotations()) {
			if (type.isInstance(a) && quote.equals(a.getQuote())) {
				found.add(type.cast(a));
			}
		}
		assertEquals(1, found.size(), type.getSimpleName() + " " + quote + " in " + document.getAnnotations());
		return found.get(0);
	}

	@Test
	void anAnalystAnnotatesAReportFromTheKeyboard() throws Exception {
		try {
			scenario();
		} catch (Throwable e) {
			RealInput.screenshot(FOLDER, "failure");
			throw e;
		}
	}

	private void scenario() throws Exception {
		shot("opened");

		// mark each type
		String claimText = "More than 40 fuel lorries crossed the bridge from Changbai on Tuesday";
		String sourceText = "a trade associate who handles paperwork for two of the firms";
		String countText = "More than 40 fuel lorries";
		Claim claim = (Claim) markWithKeys(claimText, 'c', AnnotationType.CLAIM);
		shot("marked-claim");
		Source source = (Source) markWithKeys(sourceText, 's', AnnotationType.SOURCE);
		Location changbai = (Location) markWithKeys("Changbai", 'l', AnnotationType.LOCATION);
		Count lorries = (Count) markWithKeys(countText, 'n', AnnotationType.COUNT);
		shot("marked-four-types");
		AnnotatedDocument disk = onDisk("four annotations", d -> d.getAnnotations().size() == 4);
		only(disk, Claim.class, claimText);
		only(disk, Count.class, countText);
		waitUntil("the view lists them", () -> view.visibleRows().size() == 4);

		// link the claim to its source, place and count (K, filter, Enter)
		caretAt(at("the bridge from"));
		RealInput.gloss('k');
		Shell links = popup();
		RealInput.type("trade\n");
		RealInput.press(SWT.CTRL, 'a');
		RealInput.type("changbai\n");
		RealInput.press(SWT.CTRL, 'a');
		RealInput.type("40 fuel\n");
		waitUntil("three links", () -> claim.getSources().size() == 1 && claim.getLocations().size() == 1
				&& claim.getCounts().size() == 1);
		assertTrue(EditorInteractionsTest.find(links, Table.class).get(0).getItem(0).getText().startsWith("\u2713"));
		shot("linked");
		RealInput.press(0, SWT.ESC);
		waitPopupClosed();
		assertEquals(List.of(source), claim.getSources());
		assertEquals(List.of(changbai), claim.getLocations());
		assertEquals(List.of(lorries), claim.getCounts());
		onDisk("links", d -> d.getAnnotations().stream().anyMatch(a -> a instanceof Claim c
				&& c.getSources().size() == 1 && c.getLocations().size() == 1 && c.getCounts().size() == 1));

		// quick edit the count: the number field has the focus
		caretAt(at("40 fuel") + 1);
		RealInput.gloss('e');
		Shell edit = popup();
		try {
			waitUntil("the value field focused", () -> display().getFocusControl() instanceof Text field
					&& field.getShell() == edit && "The Value of the Count".equals(field.getToolTipText()));
		} catch (AssertionError e) {
			var focus = display().getFocusControl();
			throw new AssertionError("focus " + focus + " in " + (focus == null ? null : focus.getShell().getText())
					+ " tooltip " + (focus == null ? null : focus.getToolTipText()) + ", popup " + edit.getText()
					+ ", active " + display().getActiveShell(), e);
		}
		// the number was read from the quote when the count was marked: the analyst checks it, Enter accepts
		Text valueField = (Text) display().getFocusControl();
		assertEquals("40", valueField.getText(), "the count's number, read at marking");
		RealInput.type("\n");
		waitUntil("value 40", () -> lorries.getValue() != null && lorries.getValue().intValue() == 40);
		shot("quick-edit");
		RealInput.press(0, SWT.ESC);
		waitPopupClosed();
		onDisk("value 40", d -> d.getAnnotations().stream()
				.anyMatch(a -> a instanceof Count c && countText.equals(c.getQuote()) && c.getValue() != null));

		// a slip: a passage marked as a claim, retyped to a source (T), then removed (R)
		String officers = "customs officers in Hyesan";
		Annotation slip = markWithKeys(officers, 'c', AnnotationType.CLAIM);
		caretAt(at(officers) + 3);
		RealInput.gloss('t');
		popup();
		RealInput.press(0, 's');
		waitPopupClosed();
		Annotation retyped = eventually("retyped", () -> session.model().getAnnotations().stream()
				.filter(a -> a instanceof Source && officers.equals(a.getQuote())).findFirst().orElse(null));
		assertEquals(slip.getId(), retyped.getId(), "the same annotation, another type");
		org.eclipse.swt.graphics.RGB sourceColour = org.eclipse.jface.preference.PreferenceConverter
				.getColor(org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore(), "glossColor.source");
		waitUntil("the highlight in the Source colour", () -> {
			var style = text.getStyleRangeAtOffset(at(officers) + 3);
			return style != null && style.background != null && style.background.getRGB().equals(sourceColour);
		});
		onDisk("retyped", d -> d.getAnnotations().stream().anyMatch(a -> a instanceof Source && officers.equals(a.getQuote()))
				&& d.getAnnotations().stream().noneMatch(a -> a instanceof Claim && officers.equals(a.getQuote())));
		shot("retyped");
		RealInput.gloss('r');
		waitUntil("removed", () -> session.model().getAnnotations().stream().noneMatch(a -> officers.equals(a.getQuote())));
		onDisk("removed", d -> d.getAnnotations().size() == 4);
		shot("removed");

		// undo and redo with the platform keys
		RealInput.press(SWT.CTRL, 'z');
		waitUntil("undo brings it back", () -> session.model().getAnnotations().stream()
				.anyMatch(a -> a instanceof Source && officers.equals(a.getQuote())));
		onDisk("undone", d -> d.getAnnotations().size() == 5);
		shot("undo");
		RealInput.press(SWT.CTRL | SWT.SHIFT, 'z');
		waitUntil("redo removes it again", () -> session.model().getAnnotations().stream()
				.noneMatch(a -> officers.equals(a.getQuote())));
		onDisk("redone", d -> d.getAnnotations().size() == 4);
		shot("redo");

		// navigate: Ctrl+. and Ctrl+, with the view following
		caretAt(0);
		RealInput.press(SWT.CTRL, '.');
		waitUntil("at the claim", () -> selection().getOffset() == claim.getBegin());
		// the count and the claim begin together: the next stop after them is Changbai
		for (int press = 0; press < 3 && selection().getOffset() != changbai.getBegin(); press++) {
			int before = selection().getOffset() + selection().getLength() * 1000;
			RealInput.press(SWT.CTRL, '.');
			waitUntil("Ctrl+. moved", () -> selection().getOffset() + selection().getLength() * 1000 != before);
		}
		assertEquals(changbai.getBegin(), selection().getOffset(), "at Changbai");
		waitUntil("the view follows", () -> viewSelection() == changbai);
		RealInput.press(SWT.CTRL, ',');
		waitUntil("back at the claim", () -> selection().getOffset() == claim.getBegin());
		shot("navigated");

		// hover (F2) shows type, attributes and the links by name
		caretAt(at("the bridge from") + 2);
		RealInput.press(0, SWT.F2);
		String hover = EditorInteractionsTest.hoverText();
		assertTrue(hover.startsWith("Claim"), hover);
		assertTrue(hover.contains("Sources: a trade associate"), hover);
		assertTrue(hover.contains("Places: Changbai"), hover);
		assertTrue(hover.contains("Counts: more than 40 fuel lorries"), hover);
		shot("hover");
		RealInput.press(0, SWT.ESC);
		waitPopupClosed();

		// Properties (P) shows the claim, editable
		RealInput.gloss('p');
		PropertySheet sheet = eventually("the Properties view",
				() -> (PropertySheet) page().findView(IPageLayout.ID_PROP_SHEET));
		waitUntil("the claim in Properties", () -> sheet.getCurrentPage() instanceof AnnotationPropertySheetPage p
				&& p.shown() == claim);
		shot("properties");
		// the Annotations view back in front (it shares the stack with Properties), the editor active
		page().showView(AnnotationsView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
		page().activate(editor);
		text.setFocus();

		// clicks in the text: the Annotations view follows each at once
		for (Annotation clicked : List.of(source, lorries, changbai, source)) {
			int offset = clicked == lorries ? at("40 fuel") : clicked.getBegin() + 2;
			RealInput.click(text, offset);
			waitUntil("caret at the click", () -> selection().getOffset() == offset);
			assertEquals(clicked, viewSelection(), "the view shows the clicked " + clicked.getQuote());
		}
		shot("clicks-followed");

		// the claim's links show in the text after it
		waitUntil("the links after the claim", () -> {
			var model = ((org.eclipse.jface.text.source.ISourceViewerExtension2) GlossSessions.viewerOf(editor))
					.getVisualAnnotationModel();
			for (var it = model.getAnnotationIterator(); it.hasNext();) {
				var annotation = it.next();
				if (annotation instanceof org.eclipse.jface.text.source.inlined.LineContentAnnotation
						&& model.getPosition(annotation).getOffset() == claim.getEnd()) {
					return true;
				}
			}
			return false;
		});
		shot("links-in-text");

		// the file on disk holds what the analyst did
		session.flush(5_000);
		AnnotatedDocument end = onDisk("final", d -> d.getAnnotations().size() == 4);
		Claim savedClaim = only(end, Claim.class, claimText);
		assertEquals(source.getId(), savedClaim.getSources().get(0).getId());
		assertEquals(changbai.getId(), savedClaim.getLocations().get(0).getId());
		assertEquals(lorries.getId(), savedClaim.getCounts().get(0).getId());
		assertEquals(40, only(end, Count.class, countText).getValue().intValue());
		assertFalse(end.getAnnotations().stream().anyMatch(Annotation::isOrphaned));

		// and the workbench logged nothing while the analyst worked
		Path log = Platform.getLogFileLocation().toFile().toPath();
		String entries = Files.exists(log) && Files.size(log) > logLength
				? new String(Files.readAllBytes(log), StandardCharsets.UTF_8).substring((int) logLength)
				: "";
		assertTrue(Objects.equals(entries, "") || !entries.contains("!ENTRY"), "log entries:\n" + entries);
	}
}
