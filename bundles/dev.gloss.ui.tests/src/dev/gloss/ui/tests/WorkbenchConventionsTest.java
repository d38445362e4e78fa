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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.SWT;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.INavigatorFilterService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.tests.harness.UI;
import dev.gloss.tests.harness.WorkbenchTest;

/** Gloss behaves as an Eclipse plug-in is expected to: lazy, declarative, findable, tidy. */
@WorkbenchTest
class WorkbenchConventionsTest {

	private static final String TEXT = EditorAnnotationTest.ARTICLE;

	@AfterEach
	void tearDown() {
		page().closeAllEditors(false);
		UI.processEvents();
	}

	@Test
	void noBundleOfGlossHooksTheWorkbenchStart() {
		assertEquals(List.of(), EveryWindowTest.glossContributions("org.eclipse.ui.startup", "startup"));
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.startup")) {
			assertFalse(e.getContributor().getName().startsWith("dev.gloss"), "start-up hook in " + e.getContributor().getName());
		}
	}

	@Test
	void anArticleOpenedInAPlainTextEditorShowsItsAnnotationsWithoutAnyCallToGloss() throws Exception {
		IProject project = project("lazy-join");
		Path folder = project.getLocation().toFile().toPath();
		file(project, "lazy.txt", TEXT);
		Corpus corpus = Corpus.open(folder).withCreator("analyst");
		CorpusDocument document = corpus.open(corpus.article("lazy.txt"));
		int at = TEXT.indexOf("A customs clerk");
		document.add(AnnotationType.SOURCE, at, at + 15);
		document.save();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		ITextEditor editor = openEditor(project.getFile("lazy.txt"));
		UI.waitUntil("the source highlighted", () -> editorAnnotations(editor).size() == 1);
	}

	@Test
	void theGlossPerspectiveShowsArticlesAnnotationsAndProblemsAroundTheEditor() {
		var previous = page().getPerspective();
		var gloss = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(dev.gloss.ui.perspective.GlossPerspective.ID);
		assertNotNull(gloss, "Window > Perspective > Open Perspective lists Gloss");
		assertEquals("Gloss", gloss.getLabel());
		try {
			page().setPerspective(gloss);
			UI.processEvents();
			assertNotNull(page().findView(IPageLayout.ID_PROJECT_EXPLORER), "the articles");
			assertNotNull(page().findView("dev.gloss.ui.annotationsView"), "the annotations");
			assertNotNull(page().findView(IPageLayout.ID_PROBLEM_VIEW), "the problems");
			assertTrue(List.of(page().getShowViewShortcuts()).contains("dev.gloss.ui.annotationsView"));
			assertTrue(List.of(page().getNewWizardShortcuts()).contains("dev.gloss.ui.sampleCorpusWizard"));
		} finally {
			page().closePerspective(gloss, false, false);
			page().setPerspective(previous);
			UI.processEvents();
		}
	}

	@Test
	void everyHandlerIsActiveThroughTheOneSharedDefinition() {
		int handlers = 0;
		for (IConfigurationElement handler : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.handlers")) {
			if (!handler.getContributor().getName().startsWith("dev.gloss")) {
				continue;
			}
			for (String condition : List.of("activeWhen", "enabledWhen")) {
				for (IConfigurationElement when : handler.getChildren(condition)) {
					IConfigurationElement[] children = when.getChildren();
					assertEquals(1, children.length, handler.getAttribute("commandId"));
					assertEquals("reference", children[0].getName(), handler.getAttribute("commandId") + " " + condition);
					assertEquals("dev.gloss.ui.textEditorActive", children[0].getAttribute("definitionId"));
					handlers++;
				}
			}
		}
		assertTrue(handlers >= 10, "the editor commands' handlers: " + handlers);
	}

	@Test
	void quickAccessFindsTheGlossCommands() throws Exception {
		// what Quick Access and the Keys preference page list: a name, a description, the Gloss category
		var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		int gloss = 0;
		for (var command : commands.getDefinedCommands()) {
			if (command.getId().startsWith("dev.gloss.")) {
				assertFalse(command.getName().isBlank(), command.getId());
				assertFalse(command.getDescription() == null || command.getDescription().isBlank(), command.getId() + " description");
				assertEquals("Gloss", command.getCategory().getName(), command.getId() + " category");
				gloss++;
			}
		}
		assertTrue(gloss >= 11, "Gloss commands defined: " + gloss);
		IProject project = project("quick-access");
		openEditor(file(project, "quick.txt", TEXT));
		for (String name : List.of("Link Claim", "Sticky Mode", "Annotate As")) {
			run("org.eclipse.ui.window.quickAccess");
			Text search = UI.eventually("the Quick Access field", () -> display().getFocusControl() instanceof Text t ? t : null);
			search.setText(name);
			TableItem found = UI.eventually("\"" + name + "\" in Quick Access", () -> quickAccessItem(name));
			String shown = found.getText() + " " + found.getText(Math.min(1, found.getParent().getColumnCount() - 1));
			assertTrue(shown.contains(name), shown);
			search.setText("");
			Shell proposals = found.getParent().getShell();
			if (proposals != page().getWorkbenchWindow().getShell()) {
				proposals.setVisible(false);
			}
			page().activate(page().getActiveEditor());
			UI.processEvents();
		}
	}

	private static TableItem quickAccessItem(String name) {
		for (Shell shell : display().getShells()) {
			for (Table table : find(shell, Table.class)) {
				for (TableItem item : table.getItems()) {
					if (item.getText().contains(name) || item.getText(Math.min(1, table.getColumnCount() - 1)).contains(name)) {
						return item;
					}
				}
			}
		}
		return null;
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (root.isDisposed() || !root.isVisible()) {
			return found;
		}
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}

	@Test
	void theProjectExplorerHidesAnnotationFilesUntilTheFilterIsTurnedOff() throws Exception {
		IProject project = project("explorer-filter");
		IFile article = file(project, "filtered.txt", TEXT);
		IFile annotations = file(project, "filtered.txt.gloss", "");
		CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		var viewer = explorer.getCommonViewer();
		INavigatorFilterService filters = explorer.getNavigatorContentService().getFilterService();
		assertTrue(filters.isActive("dev.gloss.ui.annotationFilesFilter"), "hidden by default");
		viewer.setSelection(new StructuredSelection(article), true);
		UI.waitUntil("the article listed", () -> viewer.testFindItem(article) != null);
		assertEquals(null, viewer.testFindItem(annotations), "its annotation file hidden");

		List<String> active = new ArrayList<>();
		for (var descriptor : filters.getVisibleFilterDescriptors()) {
			if (filters.isActive(descriptor.getId())) {
				active.add(descriptor.getId());
			}
		}
		active.remove("dev.gloss.ui.annotationFilesFilter");
		filters.activateFilterIdsAndUpdateViewer(active.toArray(String[]::new));
		try {
			viewer.setSelection(new StructuredSelection(annotations), true);
			UI.waitUntil("the annotation file listed once the filter is off", () -> viewer.testFindItem(annotations) != null);
		} finally {
			active.add("dev.gloss.ui.annotationFilesFilter");
			filters.activateFilterIdsAndUpdateViewer(active.toArray(String[]::new));
		}
	}

	@Test
	void theGlossContextMenuShowsEachCommandsKey() throws Exception {
		IProject project = project("context-menu");
		ITextEditor editor = openEditor(file(project, "menu.txt", TEXT));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Menu menu = ((StyledText) editor.getAdapter(Control.class)).getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		UI.processEvents();
		try {
			MenuItem gloss = java.util.Arrays.stream(menu.getItems())
					.filter(i -> LegacyActionTools.removeMnemonics(i.getText()).startsWith("Gloss")).findFirst().orElseThrow();
			String title = LegacyActionTools.removeMnemonics(gloss.getText());
			assertTrue(title.contains("Alt+Shift+G"), "the menu names the key prefix: " + title);
			assertEquals('G', LegacyActionTools.extractMnemonic(gloss.getText()), gloss.getText());
			assertFalse(gloss.getText().contains("&&"), "no raw ampersand: " + gloss.getText());
			Menu items = gloss.getMenu();
			items.notifyListeners(SWT.Show, new Event());
			UI.processEvents();
			var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
			int checked = 0;
			for (String command : List.of("createClaim", "createSource", "createLocation", "createCount", "chooseType",
					"retype", "link", "quickEdit", "showProperties", "remove", "reattach", "sticky")) {
				String id = "dev.gloss.ui." + command;
				String name = commands.getCommand(id).getName();
				MenuItem item = java.util.Arrays.stream(items.getItems())
						.filter(i -> withoutMnemonic(i.getText().split("\t")[0]).startsWith(name + " (")).findFirst()
						.orElseThrow(() -> new AssertionError(name + " in the Gloss menu"));
				List<String> keys = new ArrayList<>();
				for (Binding binding : bindings.getBindings()) {
					if (binding.getParameterizedCommand() != null && id.equals(binding.getParameterizedCommand().getId())
							&& binding.getTriggerSequence() instanceof KeySequence sequence
							&& sequence.getKeyStrokes().length == 2) {
						keys.add(String.valueOf((char) sequence.getKeyStrokes()[1].getNaturalKey()).toLowerCase());
					}
				}
				String label = withoutMnemonic(item.getText().split("\t")[0]);
				String shown = label.substring(label.lastIndexOf('(') + 1, label.length() - 1);
				assertTrue(keys.contains(shown.toLowerCase()), label + " shows its key after Alt+Shift+G: " + keys);
				char mnemonic = LegacyActionTools.extractMnemonic(item.getText());
				assertTrue(keys.contains(String.valueOf(mnemonic).toLowerCase()),
						"the underlined letter of " + item.getText() + " is a key after Alt+Shift+G: " + keys);
				assertTrue(item.getText().contains("\t"), "the key beside " + item.getText() + " (shown where the toolkit can)");
				checked++;
			}
			assertEquals(12, checked, "every Gloss command in the menu");
			items.notifyListeners(SWT.Hide, new Event());
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
			UI.processEvents();
		}
	}

	/**
	 * The label as shown: the mnemonic's ampersand dropped, the letter kept. (JFace's removeMnemonics
	 * also drops a whole "(&amp;G)", the form used in CJK menus, which would hide the key the label shows.)
	 */
	private static String withoutMnemonic(String text) {
		return text.replace("&&", "\0").replace("&", "").replace("\0", "&");
	}
}
