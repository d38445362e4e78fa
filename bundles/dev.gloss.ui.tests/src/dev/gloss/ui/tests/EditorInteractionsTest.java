/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.inlined.LineContentAnnotation;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Source;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.highlight.GlossAnnotationTypes;
import dev.gloss.ui.minings.ClaimLinksMiningProvider;
import dev.gloss.ui.properties.AnnotationPropertySheetPage;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.view.AnnotationsView;
import dev.gloss.ui.view.Row;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * What an analyst meets in the editor beyond marking: the Annotations view following mouse
 * clicks, hovers and F2, the Properties view, quick-edit focus and value checks, re-attaching
 * orphans, claim links in the text, overview marks and colours. Input is real (posted) where
 * the behaviour depends on it.
 */
@WorkbenchTest
class EditorInteractionsTest {

	/** A short report written for these tests. */
	static final String ARTICLE = """
			Border traders report a busier week at the Hyesan crossing
			HYESAN - Traders on the Chinese side of the river said on Friday that at least 60 lorries had crossed the bridge since Monday.
			A trade associate in Changbai, who spoke on condition of anonymity, said most lorries carried rice and cooking oil.
			Rice prices in Hyesan fell by about 15 percent during the week, according to a resident reached by phone.
			Local officials did not answer questions about the rise in traffic.
			""";

	private IProject project;
	private IFile article;
	private ITextEditor editor;
	private GlossSession session;

	@BeforeEach
	void open(org.junit.jupiter.api.TestInfo info) throws Exception {
		project = project("interaction-tests");
		String name = info.getTestMethod().orElseThrow().getName() + ".txt";
		article = file(project, name, ARTICLE);
		IFile gloss = project.getFile(name + ".gloss");
		if (gloss.exists()) {
			gloss.delete(true, null);
		}
		page().getWorkbenchWindow().getShell().setBounds(display().getBounds());
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
		for (String id : List.of(AnnotationsView.ID, IPageLayout.ID_PROP_SHEET)) {
			if (page().findView(id) != null) {
				page().hideView(page().findView(id));
			}
		}
		settle(50);
	}

	private Annotation mark(AnnotationType type, String text) throws Exception {
		int at = ARTICLE.indexOf(text);
		assertTrue(at >= 0, text);
		return AnnotationEdits.create(session, type, at, at + text.length());
	}

	private StyledText text() {
		return GlossSessions.viewerOf(editor).getTextWidget();
	}

	/** Item 3: a mouse click selects the clicked annotation in the view at once, not the previous one. */
	@Test
	void annotationsViewFollowsEachMouseClick() throws Exception {
		Annotation lorries = mark(AnnotationType.COUNT, "at least 60 lorries");
		Annotation associate = mark(AnnotationType.SOURCE, "A trade associate in Changbai");
		Annotation prices = mark(AnnotationType.CLAIM, "Rice prices in Hyesan fell by about 15 percent");
		AnnotationsView view = (AnnotationsView) page().showView(AnnotationsView.ID);
		page().activate(editor);
		waitUntil("three rows", () -> view.visibleRows().size() == 3);
		for (Annotation target : List.of(lorries, associate, prices, lorries, prices)) {
			RealInput.click(text(), target.getBegin() + 3);
			try {
				waitUntil("the caret at the click", () -> ((ITextSelection) editor.getSelectionProvider().getSelection())
						.getOffset() == target.getBegin() + 3);
			} catch (AssertionError e) {
				throw new AssertionError("clicked at " + (target.getBegin() + 3) + " (" + target.getQuote() + "), caret "
						+ text().getCaretOffset() + ", selection " + editor.getSelectionProvider().getSelection()
						+ ", widget text bounds " + text().getTextBounds(target.getBegin() + 3, target.getBegin() + 3)
						+ ", mouse " + display().getCursorLocation() + " = text "
						+ text().toControl(display().getCursorLocation()) + ", focus " + display().getFocusControl(), e);
			}
			// the view must already show this click's annotation, not the one of the click before
			IStructuredSelection selected = (IStructuredSelection) view.viewer().getSelection();
			assertEquals(1, selected.size(), "one row selected after clicking " + target.getQuote());
			assertEquals(target, ((Row) selected.getFirstElement()).annotation(), "after clicking " + target.getQuote());
		}
	}

	/** Item 4: F2 with the caret in a passage shows type, attributes and links by name. */
	@Test
	void f2ShowsTheHoverWithTypeAttributesAndLinks() throws Exception {
		Claim claim = (Claim) mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		Source associate = (Source) mark(AnnotationType.SOURCE, "A trade associate in Changbai");
		Count lorries = (Count) mark(AnnotationType.COUNT, "at least 60 lorries");
		AnnotationEdits.set(session, associate, dev.gloss.model.GlossPackage.Literals.SOURCE__NAME, "trade associate");
		AnnotationEdits.set(session, lorries, dev.gloss.model.GlossPackage.Literals.COUNT__VALUE, new BigDecimal(60));
		AnnotationEdits.toggleLink(session, claim, associate);
		AnnotationEdits.toggleLink(session, claim, lorries);
		AnnotationEdits.set(session, claim, dev.gloss.model.GlossPackage.Literals.CLAIM__CREDIBILITY, 3);
		select(editor, claim.getBegin() + 5, 0);
		RealInput.press(0, SWT.F2);
		String hover = hoverText();
		assertTrue(hover.startsWith("Claim"), hover);
		assertTrue(hover.contains("credibility 3"), hover);
		assertTrue(hover.contains("Sources: trade associate"), hover);
		assertTrue(hover.contains("Counts: 60"), hover);
		assertFalse(hover.contains(associate.getId()), "no ids: " + hover);
		// at the passage, in the editor: not pushed into the space left of it
		org.eclipse.swt.graphics.Point popupAt = visiblePopup().getLocation();
		org.eclipse.swt.graphics.Point editorAt = text().toDisplay(0, 0);
		assertTrue(popupAt.x >= editorAt.x && popupAt.y > editorAt.y, "F2 popup at " + popupAt + ", editor text at "
				+ editorAt);
		RealInput.press(0, SWT.ESC);
		waitUntil("hover closed", () -> visiblePopup() == null);

		// the source tells which claims cite it
		select(editor, associate.getBegin() + 2, 0);
		RealInput.press(0, SWT.F2);
		String sourceHover = hoverText();
		assertTrue(sourceHover.startsWith("Source: trade associate"), sourceHover);
		assertTrue(sourceHover.contains("Cited by: \u201cmost lorries carried rice"), sourceHover);
		// as large as its few lines, not a fixed box around them
		int lines = (int) sourceHover.lines().count();
		int height = visiblePopup().getSize().y;
		assertTrue(height < (lines + 4) * text().getLineHeight(), "F2 popup of " + lines + " lines is " + height
				+ " pixels high, line height " + text().getLineHeight());
		RealInput.press(0, SWT.ESC);

		// and a mouse resting on a passage shows the same hover
		waitUntil("hover closed", () -> visiblePopup() == null);
		RealInput.move(RealInput.pointAt(text(), lorries.getBegin() + 4));
		RealInput.move(RealInput.pointAt(text(), lorries.getBegin() + 5));
		String mouseHover = hoverText();
		assertTrue(mouseHover.startsWith("Count: 60"), mouseHover);
		assertTrue(mouseHover.contains("Cited by"), mouseHover);
	}

	private static Shell visiblePopup() {
		for (Shell shell : display().getShells()) {
			if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()) {
				return shell;
			}
		}
		return null;
	}

	/** The text of the hover or F2 popup, once it shows. */
	static String hoverText() {
		return eventually("a hover", () -> {
			Shell shell = visiblePopup();
			if (shell == null) {
				return null;
			}
			for (StyledText styled : find(shell, StyledText.class)) {
				if (!styled.getText().isBlank()) {
					return styled.getText();
				}
			}
			return null;
		});
	}

	static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}

	/** Item 5: Alt+Shift+G P shows the caret's annotation in the Properties view, editable, with undo. */
	@Test
	void propertiesShowTheCaretAnnotationEditableWithUndo() throws Exception {
		Claim claim = (Claim) mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		select(editor, claim.getBegin() + 4, 0);
		RealInput.gloss('p');
		PropertySheet sheet = eventually("the Properties view", () -> (PropertySheet) page().findView(IPageLayout.ID_PROP_SHEET));
		AnnotationPropertySheetPage propertyPage = eventually("the annotation page",
				() -> sheet.getCurrentPage() instanceof AnnotationPropertySheetPage p && p.shown() == claim ? p : null);
		Tree tree = (Tree) propertyPage.getControl();
		waitUntil("the claim's properties listed", () -> item(tree, "Credibility") != null);
		assertEquals(sheet, page().getActivePart(), "ready for editing");

		IPropertySheetEntry credibility = (IPropertySheetEntry) item(tree, "Credibility").getData();
		CellEditor cell = credibility.getEditor(tree);
		((Text) cell.getControl()).setText("9");
		credibility.applyEditorValue();
		assertNull(claim.getCredibility(), "9 is refused");
		assertTrue(credibility.getErrorText() != null && credibility.getErrorText().contains("1 (confirmed) to 6"),
				credibility.getErrorText());

		((Text) cell.getControl()).setText("2");
		credibility.applyEditorValue();
		assertEquals(2, claim.getCredibility());
		waitForDisk(article, "credibility 2", d -> d.getAnnotations().get(0) instanceof Claim c
				&& Integer.valueOf(2).equals(c.getCredibility()));

		// Ctrl+Z in the Properties view undoes in the editor's undo order
		RealInput.press(SWT.CTRL, 'z');
		waitUntil("undone", () -> claim.getCredibility() == null);

		// the page follows the caret
		page().activate(editor);
		Annotation oil = mark(AnnotationType.COUNT, "15 percent");
		select(editor, oil.getBegin() + 1, 0);
		waitUntil("the page shows the count", () -> propertyPage.shown() == oil);
	}

	private static TreeItem item(Tree tree, String name) {
		List<TreeItem> all = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			all.add(item);
			for (TreeItem child : item.getItems()) {
				all.add(child);
			}
		}
		for (TreeItem item : all) {
			if (name.equals(item.getText(0))) {
				return item;
			}
		}
		return null;
	}

	/** Item 8: quick edit starts in the number of a count; bad values are refused at once, visibly. */
	@Test
	void quickEditFocusesTheNumberAndRefusesBadValues() throws Exception {
		Count lorries = (Count) mark(AnnotationType.COUNT, "at least 60 lorries");
		select(editor, lorries.getBegin() + 2, 0);
		RealInput.gloss('e');
		Shell popup = eventually("the quick edit", EditorInteractionsTest::visiblePopup);
		waitUntil("focus in the popup", () -> display().getFocusControl() instanceof Text t && t.getShell() == popup);
		Text focused = (Text) display().getFocusControl();
		assertEquals("The Value of the Count", focused.getToolTipText(), "the number first");
		RealInput.type("60\n");
		waitUntil("value 60, the field says '" + focused.getText() + "'",
				() -> lorries.getValue() != null && lorries.getValue().intValueExact() == 60);
		RealInput.press(0, SWT.ESC);
		waitUntil("closed", () -> visiblePopup() == null);

		Claim claim = (Claim) mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		select(editor, claim.getBegin() + 2, 0);
		RealInput.gloss('e');
		Shell claimPopup = eventually("the claim's quick edit", EditorInteractionsTest::visiblePopup);
		Text credibility = find(claimPopup, Text.class).stream()
				.filter(t -> t.getToolTipText() != null && t.getToolTipText().toLowerCase().contains("credibility"))
				.findFirst().orElseThrow();
		credibility.setFocus();
		RealInput.type("9");
		String shown = find(claimPopup, Label.class).stream().map(Label::getText)
				.filter(t -> t.contains("1 (confirmed) to 6")).findFirst().orElse(null);
		assertNotNull(shown, "the refusal is shown in the popup at once");
		RealInput.press(0, SWT.CR);
		assertNull(claim.getCredibility(), "9 is not saved");
		assertTrue(disk(article).getAnnotations().stream().noneMatch(a -> a instanceof Claim c && c.getCredibility() != null));
	}

	/** Item 10: an orphan moves to the selected passage, keeps its links, and undo orphans it again. */
	@Test
	void reattachMovesAnOrphanToTheSelection() throws Exception {
		Source associate = (Source) mark(AnnotationType.SOURCE, "A trade associate in Changbai");
		Claim claim = (Claim) mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		AnnotationEdits.toggleLink(session, claim, associate);
		IDocument document = session.document();
		int at = ARTICLE.indexOf("A trade associate in Changbai");
		document.replace(at, "A trade associate in Changbai".length(), "A trader based in Changbai");
		waitUntil("orphaned", () -> {
			session.syncOffsets();
			return associate.isOrphaned();
		});
		select(editor, at, "A trader based in Changbai".length());
		RealInput.gloss('o');
		waitUntil("re-attached", () -> !associate.isOrphaned());
		assertEquals(at, associate.getBegin());
		assertEquals("A trader based in Changbai", associate.getQuote());
		assertEquals(List.of(associate), claim.getSources(), "the link is kept");
		assertEquals(associate, session.index().get(session.index().at(at + 3)), "the index knows the new place");
		run("org.eclipse.ui.edit.undo");
		assertTrue(associate.isOrphaned(), "undo orphans it again");
	}

	/** Item 12: a claim's links show after it in the text, by name, and a click on one jumps there. */
	@Test
	void claimLinksShowInTheTextAndJump() throws Exception {
		Claim claim = (Claim) mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		Source associate = (Source) mark(AnnotationType.SOURCE, "A trade associate in Changbai");
		dev.gloss.model.Location hyesan = (dev.gloss.model.Location) mark(AnnotationType.LOCATION, "Hyesan");
		AnnotationEdits.set(session, associate, dev.gloss.model.GlossPackage.Literals.SOURCE__NAME, "trade associate");
		AnnotationEdits.toggleLink(session, claim, associate);
		AnnotationEdits.toggleLink(session, claim, hyesan);
		ITextViewer viewer = GlossSessions.viewerOf(editor);
		int end = claim.getEnd();
		// rendered by the editor's own code-mining support, after the claim's last character
		waitUntil("a mining after the claim", () -> inlined(editor).contains(end));

		ClaimLinksMiningProvider provider = new ClaimLinksMiningProvider();
		provider.setContext(editor);
		List<? extends ICodeMining> minings = provider.provideCodeMinings(viewer, new NullProgressMonitor()).join();
		List<String> labels = minings.stream().map(ICodeMining::getLabel).toList();
		assertEquals(List.of(" \u2190 trade associate", "Hyesan "), labels);
		minings.get(1).getAction().accept(null);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(hyesan.getBegin(), selection.getOffset(), "the click selects the place");
		assertEquals(6, selection.getLength());
	}

	/**
	 * The links after a claim stand on the editor's own background: they took the colour of the
	 * passage that ends where the claim does (a count's pink after "... cooking oil"), as if they
	 * belonged to it.
	 */
	@Test
	void claimLinksAreNotPaintedInTheColourOfThePassageBeforeThem() throws Exception {
		Claim claim = (Claim) mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		mark(AnnotationType.COUNT, "cooking oil");
		Source associate = (Source) mark(AnnotationType.SOURCE, "A trade associate in Changbai");
		AnnotationEdits.toggleLink(session, claim, associate);
		int end = claim.getEnd();
		waitUntil("a mining after the claim", () -> inlined(editor).contains(end));
		StyledText text = text();
		// the editor's mining support widens the claim's last character by the links' width
		waitUntil("the links laid out", () -> {
			org.eclipse.swt.custom.StyleRange style = text.getStyleRangeAtOffset(end - 1);
			return style != null && style.metrics != null && style.metrics.width > 0;
		});
		text.setSelection(0);
		int width = text.getStyleRangeAtOffset(end - 1).metrics.width;
		// the links as the screen shows them: from the end of the widened character back by its extra width
		org.eclipse.swt.graphics.Point after = text.toDisplay(text.getLocationAtOffset(end));
		int row = text.getLineHeight() / 2;
		RGB background = text.getBackground().getRGB();
		waitUntil("the links painted", () -> {
			for (int x = after.x - width; x < after.x - 2; x++) {
				RGB pixel = screenPixel(x, after.y + row);
				if (pixel.red + pixel.green + pixel.blue < 3 * 200) { // a dark (text) pixel: drawn
					return true;
				}
			}
			return false;
		});
		// their top row, above the letters, shows what they stand on (the widened character's
		// width holds the claim's last letter first, then the links)
		assertEquals(background, screenPixel(after.x - width / 2, after.y + 1), "the links stand on the editor's background");
		assertEquals(background, screenPixel(after.x - 4, after.y + 1), "to their end");
	}

	private static RGB screenPixel(int x, int y) {
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display(), 1, 1);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display());
		try {
			gc.copyArea(image, x, y);
			org.eclipse.swt.graphics.ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(0, 0));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static List<Integer> inlined(ITextEditor editor) {
		IAnnotationModel model = ((org.eclipse.jface.text.source.ISourceViewerExtension2) GlossSessions
				.viewerOf(editor)).getVisualAnnotationModel();
		List<Integer> offsets = new ArrayList<>();
		for (Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			var annotation = it.next();
			if (annotation instanceof LineContentAnnotation) {
				offsets.add(model.getPosition(annotation).getOffset());
			}
		}
		return offsets;
	}

	/**
	 * The overview ruler draws a mark across its whole width at its line's row: marks of one line
	 * covered each other and the last type drawn hid the rest. Now each row has one mark, in its
	 * type's colour or, where types meet, the "several types" mark, and its hover says what it
	 * stands for: every annotation is accounted for, none is hidden under another.
	 */
	@Test
	void overviewMarksNeverCoverEachOtherAndSayWhatTheyStandFor() throws Exception {
		mark(AnnotationType.COUNT, "at least 60 lorries");
		mark(AnnotationType.LOCATION, "the Chinese side of the river");
		mark(AnnotationType.LOCATION, "the bridge since Monday");
		mark(AnnotationType.SOURCE, "A trade associate in Changbai");
		mark(AnnotationType.CLAIM, "most lorries carried rice and cooking oil");
		mark(AnnotationType.COUNT, "about 15 percent");
		mark(AnnotationType.SOURCE, "a resident reached by phone");
		mark(AnnotationType.CLAIM, "Local officials did not answer questions");
		waitUntil("one mark per line with annotations", () -> overviewMarks(editor).size() == 4);
		Map<Integer, String> marks = overviewMarks(editor);
		assertEquals(Set.of(1, 2, 3, 4), marks.keySet(), "one mark per line, none on another's row");
		assertEquals(GlossAnnotationTypes.MIXED_OVERVIEW + ": 2 \u00d7 Location, Count (line 2)", marks.get(1));
		assertEquals(GlossAnnotationTypes.MIXED_OVERVIEW + ": Claim, Source (line 3)", marks.get(2));
		assertEquals(GlossAnnotationTypes.MIXED_OVERVIEW + ": Source, Count (line 4)", marks.get(3));
		assertEquals(GlossAnnotationTypes.overview(AnnotationType.CLAIM) + ": Claim (line 5)", marks.get(4),
				"a row of one type keeps its colour");
	}

	/** The Gloss overview marks by line: "type: hover text". */
	private static Map<Integer, String> overviewMarks(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Map<Integer, String> marks = new java.util.TreeMap<>();
		for (Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			org.eclipse.jface.text.source.Annotation annotation = it.next();
			String type = annotation.getType();
			if (GlossAnnotationTypes.isGloss(type) && GlossAnnotationTypes.typeOf(type) == null) {
				try {
					int line = document.getLineOfOffset(model.getPosition(annotation).getOffset());
					String previous = marks.put(line, type + ": " + annotation.getText());
					if (previous != null) {
						marks.put(-1 - line, previous); // two on one line: makes the test fail
					}
				} catch (org.eclipse.jface.text.BadLocationException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return marks;
	}

	/** Item 12: the highlight colours are far from the text selection's, and the view shows a legend. */
	@Test
	void highlightColoursDifferFromTheSelectionAndHaveALegend() throws Exception {
		RGB selection = text().getSelectionBackground().getRGB();
		AnnotationsView view = (AnnotationsView) page().showView(AnnotationsView.ID);
		List<RGB> colours = new ArrayList<>();
		for (AnnotationType type : AnnotationType.values()) {
			RGB rgb = PreferenceConverter.getColor(EditorsUI.getPreferenceStore(),
					"glossColor." + type.name().toLowerCase(java.util.Locale.ROOT));
			assertTrue(distance(rgb, selection) > 120, type + " " + rgb + " looks like the selection " + selection);
			assertTrue(hueDistance(rgb, new RGB(53, 132, 228)) > 60, type + " " + rgb + " is bluish like a selection");
			assertEquals(rgb, view.legendColor(type), "the legend shows " + type + " in its colour");
			for (RGB other : colours) {
				assertTrue(distance(rgb, other) > 80, type + " " + rgb + " too close to " + other);
			}
			colours.add(rgb);
		}
		// the dark theme has its own colours for the same keys
		try (var css = org.eclipse.core.runtime.FileLocator.openStream(
				org.eclipse.core.runtime.Platform.getBundle("dev.gloss.ui"), new org.eclipse.core.runtime.Path("css/dark.css"), false)) {
			String text = new String(css.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			for (AnnotationType type : AnnotationType.values()) {
				assertTrue(text.contains("'glossColor." + type.name().toLowerCase(java.util.Locale.ROOT) + "="), type.name());
			}
		}
	}

	private static double distance(RGB a, RGB b) {
		return Math.sqrt(Math.pow(a.red - b.red, 2) + Math.pow(a.green - b.green, 2) + Math.pow(a.blue - b.blue, 2));
	}

	private static double hueDistance(RGB a, RGB b) {
		double d = Math.abs(a.getHSB()[0] - b.getHSB()[0]);
		return Math.min(d, 360 - d);
	}
}
