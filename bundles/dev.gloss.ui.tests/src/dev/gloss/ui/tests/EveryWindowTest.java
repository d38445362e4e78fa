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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.tests.harness.UI;
import dev.gloss.tests.harness.WorkbenchTest;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.session.GlossSession;

/**
 * Opens and closes every window Gloss contributes, found in the extension registry so that a new one
 * cannot be missed: the editor popups, the views, the wizards, the preference and property pages.
 * The harness fails each test on any warning or error logged meanwhile and on a window left open.
 */
@WorkbenchTest
class EveryWindowTest {

	private static final String TEXT = EditorAnnotationTest.ARTICLE;
	private IProject project;
	private IFile article;

	@BeforeEach
	void setUp() throws Exception {
		project = project("every-window");
		article = file(project, "windows.txt", TEXT);
		if (project.getFile("windows.txt.gloss").exists()) {
			project.getFile("windows.txt.gloss").delete(true, null);
		}
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		UI.processEvents();
	}

	@Test
	void everyEditorPopupOpensAndCloses() throws Exception {
		ITextEditor editor = openEditor(article);
		GlossSession session = session(editor);
		int claimAt = TEXT.indexOf("40 trucks crossed");
		AnnotationEdits.create(session, AnnotationType.CLAIM, claimAt, claimAt + 39);
		int sourceAt = TEXT.indexOf("A customs clerk");
		AnnotationEdits.create(session, AnnotationType.SOURCE, sourceAt, sourceAt + 15);

		select(editor, sourceAt, 15);
		assertPopup("dev.gloss.ui.chooseType", "Annotate As");
		select(editor, claimAt + 3, 0);
		assertPopup("dev.gloss.ui.retype", "Change Type To");
		select(editor, claimAt + 3, 0);
		assertPopup("dev.gloss.ui.link", "Link Claim");
		select(editor, claimAt + 3, 0);
		assertPopup("dev.gloss.ui.quickEdit", "Edit Claim");
		session.flush(5_000);
	}

	private static void assertPopup(String command, String title) throws Exception {
		Set<Shell> before = Set.of(display().getShells());
		run(command);
		Shell popup = UI.eventually(command + " popup", () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && !before.contains(shell)) {
					return shell;
				}
			}
			return null;
		});
		List<String> texts = new ArrayList<>();
		collectTexts(popup, texts);
		assertTrue(texts.stream().anyMatch(t -> t.contains(title)), command + " shows \"" + title + "\": " + texts);
		assertTrue(texts.stream().noneMatch(t -> t.matches(".*&\\p{L}.*")), "no raw mnemonic in " + texts);
		popup.close();
		UI.waitUntil(command + " popup closed", popup::isDisposed);
	}

	private static void collectTexts(org.eclipse.swt.widgets.Control control, List<String> texts) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			texts.add(label.getText());
		} else if (control instanceof org.eclipse.swt.widgets.Table table) {
			for (var item : table.getItems()) {
				texts.add(item.getText());
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	@Test
	void everyGlossViewOpensAndCloses() throws Exception {
		openEditor(article);
		List<String> ids = glossContributions("org.eclipse.ui.views", "view");
		assertTrue(ids.containsAll(List.of("dev.gloss.ui.annotationsView", "dev.gloss.team.ui.agreementView")), ids.toString());
		for (String id : ids) {
			IViewPart view = page().showView(id);
			UI.processEvents();
			assertEquals(id, view.getViewSite().getId(), id + " opened as itself, not as an error part");
			page().hideView(view);
			UI.processEvents();
			assertEquals(null, page().findView(id), id + " closed");
		}
	}

	@Test
	void everyGlossWizardOpensAndCloses() throws Exception {
		var workbench = PlatformUI.getWorkbench();
		StructuredSelection selection = new StructuredSelection(project);
		int opened = 0;
		for (IWizardRegistry registry : List.of(workbench.getNewWizardRegistry(), workbench.getImportWizardRegistry(),
				workbench.getExportWizardRegistry())) {
			for (IWizardDescriptor descriptor : glossWizards(registry)) {
				IWorkbenchWizard wizard = descriptor.createWizard();
				wizard.init(workbench, selection);
				WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
				dialog.setBlockOnOpen(false);
				dialog.open();
				UI.waitUntil(descriptor.getId() + " shown", () -> dialog.getShell() != null && dialog.getShell().isVisible());
				assertNotNull(dialog.getCurrentPage().getControl(), descriptor.getId() + " page drawn");
				assertTrue(dialog.close(), descriptor.getId() + " closed");
				opened++;
			}
		}
		assertEquals(3, opened, "the sample corpus, export and import wizards");
	}

	private static List<IWizardDescriptor> glossWizards(IWizardRegistry registry) {
		List<IWizardDescriptor> found = new ArrayList<>();
		for (IConfigurationElement element : allWizardElements()) {
			IWizardDescriptor descriptor = registry.findWizard(element.getAttribute("id"));
			if (descriptor != null && !found.contains(descriptor)) {
				found.add(descriptor);
			}
		}
		return found;
	}

	private static IConfigurationElement[] allWizardElements() {
		List<IConfigurationElement> wizards = new ArrayList<>();
		for (String point : List.of("org.eclipse.ui.newWizards", "org.eclipse.ui.importWizards", "org.eclipse.ui.exportWizards")) {
			for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
				if (element.getName().equals("wizard") && element.getContributor().getName().startsWith("dev.gloss")) {
					wizards.add(element);
				}
			}
		}
		return wizards.toArray(IConfigurationElement[]::new);
	}

	@Test
	void everyGlossPreferenceAndPropertyPageOpensAndCloses() throws Exception {
		Shell shell = page().getWorkbenchWindow().getShell();
		List<String> preferencePages = glossContributions("org.eclipse.ui.preferencePages", "page");
		assertFalse(preferencePages.isEmpty(), "Gloss has preferences");
		for (String id : preferencePages) {
			PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, id, new String[] { id }, null);
			assertOpensAndCloses(id, dialog);
		}
		for (String id : glossContributions("org.eclipse.ui.propertyPages", "page")) {
			PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(shell, article, id, new String[] { id }, null);
			assertOpensAndCloses(id, dialog);
		}
	}

	private static void assertOpensAndCloses(String id, PreferenceDialog dialog) {
		assertNotNull(dialog, id);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UI.waitUntil(id + " shown", () -> dialog.getShell() != null && dialog.getShell().isVisible());
		assertNotNull(dialog.getSelectedPage(), id + " selected");
		assertNotNull(((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getControl(), id + " drawn");
		assertTrue(dialog.close(), id + " closed");
	}

	/** The ids of the elements Gloss's bundles contribute to an extension point. */
	static List<String> glossContributions(String point, String element) {
		List<String> ids = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
			if (e.getName().equals(element) && e.getContributor().getName().startsWith("dev.gloss")) {
				ids.add(e.getAttribute("id"));
			}
		}
		return ids;
	}
}
