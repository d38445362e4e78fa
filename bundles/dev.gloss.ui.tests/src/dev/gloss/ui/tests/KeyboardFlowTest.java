/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.tests.harness.WorkbenchTest;

/** The popups and bindings an analyst drives from the keyboard, driven here with SWT key events. */
@WorkbenchTest
class KeyboardFlowTest {

	private static final String TEXT = EditorAnnotationTest.ARTICLE;
	private IFile article;
	private ITextEditor editor;
	private GlossSession session;

	@BeforeEach
	void open() throws Exception {
		IProject project = project("keyboard-tests");
		article = file(project, "keys.txt", TEXT);
		if (project.getFile("keys.txt.gloss").exists()) {
			project.getFile("keys.txt.gloss").delete(true, null);
		}
		editor = openEditor(article);
		session = session(editor);
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

	/** The popup the last command opened. */
	private static Shell popup() {
		return eventually("a popup", () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
					return shell;
				}
			}
			return null;
		});
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
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

	private static void key(Control control, char character) {
		Event event = new Event();
		event.character = character;
		event.keyCode = character;
		control.notifyListeners(SWT.KeyDown, event);
		settle(20);
	}

	@Test
	void markingTheSamePassageTwiceMakesOneAnnotation() throws Exception {
		int at = TEXT.indexOf("A customs clerk");
		select(editor, at, 15);
		run("dev.gloss.ui.createCount");
		waitUntil("one count", () -> session.model().getAnnotations().size() == 1);
		select(editor, at, 15);
		run("dev.gloss.ui.createCount");
		assertEquals(1, session.model().getAnnotations().size(), "the same passage marked as a count again");
		run("dev.gloss.ui.createSource");
		waitUntil("a source on the same passage", () -> session.model().getAnnotations().size() == 2);
		waitForDisk(article, "one count and one source", d -> d.getAnnotations().size() == 2);
	}

	@Test
	void typeChooserCreatesWithOneLetter() throws Exception {
		int at = TEXT.indexOf("A customs clerk");
		select(editor, at, 15);
		run("dev.gloss.ui.chooseType");
		Table table = find(popup(), Table.class).get(0);
		assertEquals(4, table.getItemCount(), "one row per type");
		for (var item : table.getItems()) {
			assertTrue(!item.getText().contains("\u2713"), "a new passage has no type to check yet: " + item.getText());
		}
		key(table, 's');
		Annotation created = session.model().getAnnotations().get(0);
		assertEquals(AnnotationType.SOURCE, AnnotationType.of(created));
		assertEquals(at, created.getBegin());
		waitForDisk(article, "source", d -> d.getAnnotations().size() == 1);

		// Change Type: the annotation's own type is the checked one
		select(editor, at + 2, 0);
		run("dev.gloss.ui.retype");
		Table retype = find(popup(), Table.class).get(0);
		assertTrue(retype.getItem(AnnotationType.SOURCE.ordinal()).getText().contains("\u2713"));
		assertEquals(AnnotationType.SOURCE.ordinal(), retype.getSelectionIndex());
		key(retype, 'l');
		assertEquals(AnnotationType.LOCATION, AnnotationType.of(session.model().getAnnotations().get(0)));
	}

	@Test
	void linkPopupFiltersAndLinksWithEnter() throws Exception {
		int claimAt = TEXT.indexOf("40 trucks crossed");
		Claim claim = (Claim) AnnotationEdits.create(session, AnnotationType.CLAIM, claimAt, claimAt + 39);
		int clerkAt = TEXT.indexOf("A customs clerk");
		Annotation clerk = AnnotationEdits.create(session, AnnotationType.SOURCE, clerkAt, clerkAt + 15);
		int officialsAt = TEXT.indexOf("Officials");
		AnnotationEdits.create(session, AnnotationType.SOURCE, officialsAt, officialsAt + 9);
		select(editor, claimAt + 3, 0);
		run("dev.gloss.ui.link");
		Shell shell = popup();
		Text filter = find(shell, Text.class).get(0);
		Table table = find(shell, Table.class).get(0);
		assertEquals(2, table.getItemCount());
		filter.setText("clerk");
		settle(20);
		assertEquals(1, table.getItemCount(), "filtered");
		filter.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(List.of(clerk), claim.getSources());
		assertTrue(table.getItem(0).getText().startsWith("\u2713"), "marked as linked");
		waitForDisk(article, "link", d -> d.getAnnotations().stream()
				.anyMatch(a -> a instanceof Claim c && c.getSources().size() == 1));
	}

	/** Typing a name and Enter links the annotation of that name, not a nearer one that only contains it. */
	@Test
	void linkPopupPutsTheExactNameFirst() throws Exception {
		int claimAt = TEXT.indexOf("40 trucks crossed");
		Claim claim = (Claim) AnnotationEdits.create(session, AnnotationType.CLAIM, claimAt, claimAt + 39);
		int borderAt = TEXT.indexOf("the border county");
		Annotation border = AnnotationEdits.create(session, AnnotationType.LOCATION, borderAt, borderAt + 17);
		int countyAt = TEXT.indexOf("county trade");
		Annotation county = AnnotationEdits.create(session, AnnotationType.LOCATION, countyAt, countyAt + 6);
		select(editor, claimAt + 3, 0);
		run("dev.gloss.ui.link");
		Shell shell = popup();
		Text filter = find(shell, Text.class).get(0);
		Table table = find(shell, Table.class).get(0);
		assertEquals(border, table.getItem(0).getData(), "without a filter, the nearest first");
		filter.setText("county");
		settle(20);
		assertEquals(2, table.getItemCount());
		assertEquals(county, table.getItem(0).getData(), "the exact name first, though farther from the claim");
		filter.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(List.of(county), claim.getLocations());
	}

	@Test
	void quickEditAppliesAFieldAsOneUndoableChange() throws Exception {
		int at = TEXT.indexOf("40 trucks");
		Count count = (Count) AnnotationEdits.create(session, AnnotationType.COUNT, at, at + 9);
		select(editor, at + 1, 0);
		run("dev.gloss.ui.quickEdit");
		Shell shell = popup();
		List<Text> fields = find(shell, Text.class);
		List<Combo> combos = find(shell, Combo.class);
		assertTrue(fields.size() >= 4, "value, min, max, unit, period, comment, creator");
		assertTrue(combos.size() >= 2, "status, qualifier");
		Text value = fields.stream().filter(t -> "The Value of the Count".equalsIgnoreCase(t.getToolTipText())).findFirst()
				.orElseThrow();
		value.setText("40");
		value.notifyListeners(SWT.DefaultSelection, new Event());
		assertNotNull(count.getValue());
		assertEquals(0, count.getValue().compareTo(new java.math.BigDecimal(40)));
		waitForDisk(article, "value 40", d -> d.getAnnotations().get(0) instanceof Count c && c.getValue() != null);
		shell.close();
		page().activate(editor);
		run("org.eclipse.ui.edit.undo");
		assertEquals(null, count.getValue());
	}

	@Test
	void contextMenuHasTheGlossSubmenu() {
		MenuManager menu = new MenuManager("#TextEditorContext", "#TextEditorContext");
		menu.add(new org.eclipse.jface.action.Separator("additions"));
		IMenuService menus = PlatformUI.getWorkbench().getService(IMenuService.class);
		menus.populateContributionManager(menu, "popup:#TextEditorContext?after=additions");
		IContributionItem gloss = menu.find("dev.gloss.ui.contextMenu");
		assertNotNull(gloss, "Gloss submenu contributed");
		List<String> ids = new ArrayList<>();
		for (IContributionItem item : ((MenuManager) gloss).getItems()) {
			ids.add(item.getId());
		}
		for (AnnotationType type : AnnotationType.values()) {
			assertTrue(ids.contains("dev.gloss.ui.create" + type.label()), ids.toString());
		}
		menus.releaseContributions(menu);
		menu.dispose();
	}

	@Test
	void keyBindingsAreActiveInTheEditorAndClashWithNothing() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		page().activate(editor);
		settle(50);
		for (AnnotationType type : AnnotationType.values()) {
			TriggerSequence[] sequences = bindings.getActiveBindingsFor("dev.gloss.ui.create" + type.label());
			assertTrue(sequences.length > 0, type + " has a key binding");
			for (TriggerSequence sequence : sequences) {
				assertTrue(sequence instanceof org.eclipse.jface.bindings.keys.KeySequence keys
						&& keys.getKeyStrokes().length == 2
						&& keys.getKeyStrokes()[0].equals(org.eclipse.jface.bindings.keys.KeyStroke.getInstance(
								SWT.ALT | SWT.SHIFT, 'G')), "Alt+Shift+G, then a letter: " + sequence.format());
				var conflicts = bindings.getConflictsFor(sequence);
				assertTrue(conflicts == null || conflicts.isEmpty(), sequence.format() + " clashes with " + conflicts);
				Binding binding = bindings.getPerfectMatch(sequence);
				assertNotNull(binding);
				assertEquals("dev.gloss.ui.create" + type.label(), binding.getParameterizedCommand().getId());
			}
		}
	}
}
