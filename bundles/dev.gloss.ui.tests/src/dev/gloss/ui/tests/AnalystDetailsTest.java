/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.State;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.model.Claim;
import dev.gloss.model.GlossFactory;
import dev.gloss.tests.harness.UI;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.commands.StickyMode;
import dev.gloss.ui.examples.SampleCorpusWizard;
import dev.gloss.ui.hover.AnnotationDescriptions;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.view.AnnotationsView;

/** The small things an analyst meets in the first fifteen minutes (issue 8, items 7, 11 and 12). */
@WorkbenchTest
class AnalystDetailsTest {

	private static final String TEXT = EditorAnnotationTest.ARTICLE;

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		UI.processEvents();
	}

	private static ITextEditor freshArticle(String name) throws Exception {
		IProject project = project("details");
		IFile article = file(project, name, TEXT);
		if (project.getFile(name + ".gloss").exists()) {
			project.getFile(name + ".gloss").delete(true, null);
		}
		return openEditor(article);
	}

	@Test
	void ctrlYRedoesTextEditsAndGlossChangesAndCtrlShiftZStillDoes() throws Exception {
		ITextEditor editor = freshArticle("redo.txt");
		GlossSession session = session(editor);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		UI.waitUntil("the text editor's bindings active", () -> bindings.getPerfectMatch(
				KeySequence.getInstance(KeyStroke.getInstance(SWT.MOD1, 'Y'))) != null);
		Binding ctrlY = bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT.MOD1, 'Y')));
		assertEquals("org.eclipse.ui.edit.redo", ctrlY.getParameterizedCommand().getId());
		Binding ctrlShiftZ = bindings.getPerfectMatch(
				KeySequence.getInstance(KeyStroke.getInstance(SWT.MOD1 | SWT.MOD2, 'Z')));
		assertEquals("org.eclipse.ui.edit.redo", ctrlShiftZ.getParameterizedCommand().getId(), "the platform key still redoes");

		int at = TEXT.indexOf("A customs clerk");
		select(editor, at, 15);
		run("dev.gloss.ui.createSource");
		assertEquals(1, session.model().getAnnotations().size());
		run("org.eclipse.ui.edit.undo");
		UI.waitUntil("the source undone", () -> session.model().getAnnotations().isEmpty());
		press(editor, SWT.MOD1, 'y');
		UI.waitUntil("Ctrl+Y redid the source", () -> session.model().getAnnotations().size() == 1);

		StyledText text = (StyledText) editor.getAdapter(Control.class);
		text.setFocus();
		text.setCaretOffset(0);
		text.insert("Updated: ");
		UI.processEvents();
		run("org.eclipse.ui.edit.undo");
		UI.waitUntil("the typing undone", () -> text.getText().startsWith("Officials"));
		press(editor, SWT.MOD1, 'y');
		UI.waitUntil("Ctrl+Y redid the typing", () -> text.getText().startsWith("Updated: "));
		editor.doRevertToSaved();
		session.flush(5_000);
	}

	/** Presses a key combination as the keyboard would (through the display's event queue). */
	private static void press(ITextEditor editor, int modifier, char key) {
		Control text = editor.getAdapter(Control.class);
		page().activate(editor);
		text.setFocus();
		UI.waitUntil("the editor focused", text::isFocusControl);
		post(SWT.KeyDown, SWT.CTRL, '\0');
		post(SWT.KeyDown, 0, key);
		post(SWT.KeyUp, 0, key);
		post(SWT.KeyUp, SWT.CTRL, '\0');
		UI.processEvents();
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display().post(event), "the display takes key events");
	}

	@Test
	void theAnnotationsViewTellsHowToStartOnAnArticleWithoutAnnotations() throws Exception {
		ITextEditor editor = freshArticle("empty.txt");
		AnnotationsView view = (AnnotationsView) page().showView(AnnotationsView.ID);
		try {
			page().activate(editor);
			UI.waitUntil("the view names the article", () -> view.getContentDescription().contains("empty.txt"));
			String message = view.getContentDescription();
			// the key as the platform formats it (Shift+Alt+G C on GTK)
			assertTrue(message.contains("no annotations yet") && message.contains("+G C"), message);
			assertFalse(message.startsWith("Open an article"), message);
		} finally {
			page().hideView(view);
		}
	}

	@Test
	void stickyModeShowsAsACheckedMenuItemAndInTheStatusBar() throws Exception {
		ITextEditor editor = freshArticle("sticky.txt");
		session(editor);
		Command sticky = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("dev.gloss.ui.sticky");
		State state = sticky.getState(RegistryToggleState.STATE_ID);
		assertEquals(Boolean.FALSE, state.getValue());
		ToolItem button = UI.eventually("the sticky button in the status bar",
				() -> stickyButton(page().getWorkbenchWindow().getShell()));
		assertFalse(button.getSelection(), "off");
		try {
			run("dev.gloss.ui.sticky");
			assertEquals(Boolean.TRUE, state.getValue(), "the menu item is checked");
			assertTrue(StickyMode.get().isEnabled());
			UI.waitUntil("the status bar button pressed", button::getSelection);
		} finally {
			run("dev.gloss.ui.sticky");
		}
		assertFalse(StickyMode.get().isEnabled());
		UI.waitUntil("the status bar button released", () -> !button.getSelection());
	}

	private static ToolItem stickyButton(Control control) {
		if (control instanceof ToolBar bar && bar.isVisible()) {
			for (ToolItem item : bar.getItems()) {
				if (item.getData() instanceof CommandContributionItem contribution && contribution.getCommand() != null
						&& "dev.gloss.ui.sticky".equals(contribution.getCommand().getId())) {
					return item;
				}
				if (item.getData() instanceof ContributionItem contribution
						&& "dev.gloss.ui.statusSticky".equals(contribution.getId())) {
					return item;
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				ToolItem found = stickyButton(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void descriptionsUseSingularAndPlural() {
		Claim claim = GlossFactory.eINSTANCE.createClaim();
		claim.getLocations().add(GlossFactory.eINSTANCE.createLocation());
		claim.getCounts().add(GlossFactory.eINSTANCE.createCount());
		String one = AnnotationDescriptions.attributes(claim);
		assertTrue(one.contains("1 location") && !one.contains("1 locations"), one);
		assertTrue(one.contains("1 count") && !one.contains("1 counts"), one);
		claim.getLocations().add(GlossFactory.eINSTANCE.createLocation());
		claim.getCounts().add(GlossFactory.eINSTANCE.createCount());
		String two = AnnotationDescriptions.attributes(claim);
		assertTrue(two.contains("2 locations") && two.contains("2 counts"), two);
	}

	@Test
	void theSampleWizardProposesAFreeNameAndSaysWhyFinishIsDisabled() throws Exception {
		IProject existing = project(SampleCorpusWizard.DEFAULT_PROJECT);
		try {
			SampleCorpusWizard wizard = new SampleCorpusWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection());
			WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				assertEquals(SampleCorpusWizard.DEFAULT_PROJECT + "-2", wizard.page().getProjectName(), "a free name");
				assertTrue(wizard.canFinish());
				assertNull(wizard.page().getErrorMessage());
				List<org.eclipse.swt.widgets.Text> fields = new ArrayList<>();
				collect(wizard.page().getControl(), fields);
				fields.get(0).setText(SampleCorpusWizard.DEFAULT_PROJECT);
				UI.processEvents();
				assertFalse(wizard.canFinish());
				assertNotNull(wizard.page().getErrorMessage(), "the reason Finish is disabled");
			} finally {
				dialog.close();
			}
		} finally {
			existing.delete(true, true, null);
		}
	}

	private static void collect(Control control, List<org.eclipse.swt.widgets.Text> fields) {
		if (control instanceof org.eclipse.swt.widgets.Text text) {
			fields.add(text);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, fields);
			}
		}
	}
}
