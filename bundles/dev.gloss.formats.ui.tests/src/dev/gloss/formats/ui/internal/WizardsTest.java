/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossStore;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.Formats;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Source;
import dev.gloss.model.Status;
import dev.gloss.tests.harness.WorkbenchTest;

/**
 * The wizards in the running workbench: registered under File > Export / Import > Gloss, opened in
 * a real WizardDialog on a selected project, finished, and judged by the files they write.
 */
@WorkbenchTest
class WizardsTest {

	private static final String ARTICLE = "reports/bridge.txt";
	private static final String TEXT = "Officials in 신의주 said the bridge reopened at dawn 🌉.\r\n"
			+ "Drivers counted about 30 lorries waiting.\r\n";

	@TempDir
	Path temp;

	private IProject project;
	private TestDialog dialog;

	/** A WizardDialog that lets the test see its Finish button as the user does. */
	static final class TestDialog extends WizardDialog {
		TestDialog(org.eclipse.swt.widgets.Shell shell, org.eclipse.jface.wizard.IWizard wizard) {
			super(shell, wizard);
		}

		boolean finishEnabled() {
			return getButton(org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID).isEnabled();
		}
	}

	@BeforeEach
	void createProject() throws CoreException, IOException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("gloss-wizard-test");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path folder = project.getLocation().toPath();
		Path article = folder.resolve(ARTICLE);
		Files.createDirectories(article.getParent());
		Files.writeString(article, TEXT, StandardCharsets.UTF_8);
		CorpusDocument document = Corpus.open(folder).open(Corpus.open(folder).article(ARTICLE));
		Source officials = (Source) document.add(AnnotationType.SOURCE, 0, TEXT.indexOf(" said"));
		officials.setName("officials");
		Claim claim = (Claim) document.add(AnnotationType.CLAIM, 0, TEXT.indexOf("\r\n"));
		claim.getSources().add(officials);
		document.save();
		project.refreshLocal(2, new NullProgressMonitor());
	}

	@AfterEach
	void deleteProject() throws CoreException {
		if (dialog != null) {
			dialog.close();
		}
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void bothWizardsAreRegisteredUnderGloss() {
		IWizardDescriptor export = PlatformUI.getWorkbench().getExportWizardRegistry()
				.findWizard("dev.gloss.formats.ui.exportCorpus");
		assertNotNull(export);
		assertEquals("Annotated corpus", export.getLabel());
		assertEquals("Gloss", export.getCategory().getLabel());
		IWizardDescriptor importer = PlatformUI.getWorkbench().getImportWizardRegistry()
				.findWizard("dev.gloss.formats.ui.importCorpus");
		assertNotNull(importer);
		assertEquals("Gloss", importer.getCategory().getLabel());
	}

	@Test
	void exportsTheSelectedProjectInEveryCheckedFormat() {
		ExportCorpusWizard wizard = new ExportCorpusWizard();
		// each test starts as on a new workbench, whatever the others chose
		wizard.setDialogSettings(new DialogSettings("test"));
		wizard.quiet = true;
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(wizard);
		assertEquals(List.of(project.getLocation().toPath()), wizard.page().folders(), "the selection is preset");
		assertFalse(wizard.page().isPageComplete(), "no format and no destination yet");
		assertFalse(dialog.finishEnabled());
		// Finish is disabled, and the page says why (as a hint: nothing is wrong yet)
		assertEquals(null, wizard.page().getErrorMessage());
		assertEquals(Messages.ExportPage_noFormat, wizard.page().getMessage());
		assertEquals(org.eclipse.jface.dialogs.IMessageProvider.INFORMATION, wizard.page().getMessageType());
		Path out = temp.resolve("export");
		wizard.page().fill(List.of("brat", "csv", "xmi"), out);
		assertTrue(wizard.page().isPageComplete());
		assertTrue(dialog.finishEnabled());
		screenshot("export-wizard.png");
		assertTrue(wizard.performFinish());
		String done = wizard.doneMessage();
		assertEquals("Exported 1 document and 2 annotations as brat, csv, xmi to " + out, done,
				"the wizard tells what it wrote and where");
		// in the notification the whole message shows, the folder on a line of its own if need be
		org.eclipse.swt.widgets.Shell popup = new org.eclipse.swt.widgets.Shell(dialog.getShell());
		try {
			popup.setLayout(new org.eclipse.swt.layout.GridLayout());
			org.eclipse.swt.widgets.Control label = ExportCorpusWizard.wrapping(popup, done + "/a/folder/deep/down");
			popup.pack();
			assertTrue(label.getSize().x <= ExportCorpusWizard.NOTIFICATION_WIDTH, "fits the notification");
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(label);
			int lineHeight = gc.getFontMetrics().getHeight();
			gc.dispose();
			assertTrue(label.getSize().y >= 2 * lineHeight, "wrapped, not cut: " + label.getSize());
		} finally {
			popup.dispose();
		}
		assertTrue(Files.isRegularFile(out.resolve("brat/reports/bridge.ann")));
		assertTrue(Files.isRegularFile(out.resolve("brat/annotation.conf")));
		assertTrue(Files.isRegularFile(out.resolve("xmi/reports/bridge.txt.xmi")));
		List<String> csv = readLines(out.resolve("csv/annotations.csv"));
		assertTrue(csv.get(0).startsWith("document,id,type,"), csv.get(0));
		assertEquals(2, csv.stream().filter(line -> line.startsWith("reports/bridge.txt,")).count(),
				"a row per annotation");
	}

	@Test
	void theNextExportStartsWithTheLastChoices() {
		DialogSettings settings = new DialogSettings("remembered");
		ExportCorpusWizard first = new ExportCorpusWizard();
		first.setDialogSettings(settings);
		first.quiet = true;
		first.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(first);
		Path out = temp.resolve("again");
		first.page().fill(List.of("csv", "geojson"), out);
		assertTrue(first.performFinish());
		dialog.close();

		ExportCorpusWizard second = new ExportCorpusWizard();
		second.setDialogSettings(settings);
		second.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(second);
		assertEquals(List.of("csv", "geojson"), second.page().selectedFormats().stream().map(f -> f.id()).toList());
		assertEquals(out, second.page().destination());
		assertTrue(second.page().isPageComplete(), "Finish is one key away");
	}

	@Test
	void aChangedArticleStopsTheExportAndIsReportedByName() throws IOException {
		Path article = project.getLocation().toPath().resolve(ARTICLE);
		Files.writeString(article, "Rewritten. " + TEXT);
		ExportCorpusWizard wizard = new ExportCorpusWizard();
		// each test starts as on a new workbench, whatever the others chose
		wizard.setDialogSettings(new DialogSettings("test"));
		wizard.quiet = true;
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(wizard);
		Path out = temp.resolve("export");
		wizard.page().fill(List.of("w3c"), out);
		assertFalse(wizard.performFinish(), "the wizard stays open on problems");
		assertFalse(Files.exists(out), "no partial export");
		assertTrue(wizard.results().get(0).problems().stream()
				.anyMatch(p -> p.file().toString().contains("bridge.txt")), wizard.results().toString());
	}

	@Test
	void strictAndProposedAreTheCommandLinesChoices() throws IOException {
		Path folder = project.getLocation().toPath();
		CorpusDocument document = Corpus.open(folder).open(Corpus.open(folder).article(ARTICLE));
		// a count without its number is incomplete (a warning), a proposal nobody has reviewed yet
		document.add(AnnotationType.COUNT, TEXT.indexOf("about 30"), TEXT.indexOf(" lorries"));
		Annotation proposal = document.add(AnnotationType.LOCATION, TEXT.indexOf("신의주"), TEXT.indexOf(" said"));
		proposal.setStatus(Status.PROPOSED);
		document.save();

		ExportCorpusWizard strict = new ExportCorpusWizard();
		strict.setDialogSettings(new DialogSettings("strict"));
		strict.quiet = true;
		strict.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(strict);
		Path refused = temp.resolve("strict");
		strict.page().fill(List.of("csv"), refused);
		strict.page().choose(true, false);
		screenshot("export-wizard-strict.png");
		assertFalse(strict.performFinish(), "the incomplete count stops a strict export");
		assertFalse(Files.exists(refused), "nothing written");
		assertTrue(strict.results().get(0).problems().stream().anyMatch(p -> p.message().contains("--strict")),
				strict.results().toString());
		dialog.close();

		ExportCorpusWizard lenient = new ExportCorpusWizard();
		DialogSettings settings = new DialogSettings("lenient");
		lenient.setDialogSettings(settings);
		lenient.quiet = true;
		lenient.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(lenient);
		Path withProposals = temp.resolve("proposals");
		lenient.page().fill(List.of("csv"), withProposals);
		lenient.page().choose(false, true);
		assertTrue(lenient.performFinish(), () -> lenient.results().toString());
		assertEquals(4, rows(withProposals.resolve("annotations.csv")),
				"source, claim, the incomplete count and the proposal");
		dialog.close();

		ExportCorpusWizard again = new ExportCorpusWizard();
		again.setDialogSettings(settings);
		again.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(again);
		assertFalse(again.page().strict());
		assertTrue(again.page().includeProposed(), "the choice is remembered like the others");
		again.page().choose(false, false);
		Path reviewedOnly = temp.resolve("reviewed");
		again.page().fill(List.of("csv"), reviewedOnly);
		again.quiet = true;
		assertTrue(again.performFinish(), () -> again.results().toString());
		assertEquals(3, rows(reviewedOnly.resolve("annotations.csv")), "the proposal is left out");
	}

	@Test
	void importsAnotherToolsW3cAnnotationsOntoTheArticleNamed() throws Exception {
		// like Recogito: the target names the tool's own copy of the text, not an article of the corpus
		Path w3c = Files.createDirectories(temp.resolve("w3c")).resolve("annotations.jsonld");
		Files.writeString(w3c, """
				[{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://tool.example/a/1", \
				"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Place"}], \
				"target": {"source": "https://tool.example/document/7", "selector": [\
				{"type": "TextQuoteSelector", "exact": "신의주"}, {"type": "TextPositionSelector", "start": 13, "end": 16}]}}]
				""", StandardCharsets.UTF_8);
		ImportCorpusWizard wizard = new ImportCorpusWizard();
		wizard.quiet = true;
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(wizard);
		Path into = project.getLocation().toPath();
		wizard.page().fill("w3c", List.of(w3c), into);
		wizard.page().mapLabels("Place=location");
		wizard.page().targetArticle("reports/missing.txt");
		assertFalse(dialog.finishEnabled(), "an article the corpus does not have is refused before anything runs");
		assertEquals("There is no article reports/missing.txt in " + into + ".", wizard.page().getErrorMessage());
		wizard.page().targetArticle("../elsewhere.txt");
		assertFalse(dialog.finishEnabled());
		wizard.page().targetArticle(ARTICLE);
		assertTrue(dialog.finishEnabled(), () -> wizard.page().getErrorMessage());
		screenshot("import-wizard-article.png");
		assertTrue(wizard.performFinish(), () -> String.valueOf(wizard.result()));
		assertEquals(1, wizard.result().added());
		AnnotatedDocument imported = new GlossStore().load(into.resolve(ARTICLE + ".gloss"));
		assertTrue(imported.getAnnotations().stream()
				.anyMatch(a -> a instanceof dev.gloss.model.Location && "신의주".equals(a.getQuote())),
				"the place is on the article named");
	}

	@Test
	void importsABratExportIntoAWorkspaceFolder() throws Exception {
		Path brat = temp.resolve("brat");
		new CorpusExport(Formats.export("brat").orElseThrow(), ExportOptions.defaults())
				.run(List.of(project.getLocation().toPath()), brat);
		ImportCorpusWizard wizard = new ImportCorpusWizard();
		wizard.quiet = true;
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		open(wizard);
		Path into = project.getLocation().toPath().resolve("imported");
		wizard.page().fill("brat", List.of(brat), into);
		screenshot("import-wizard.png");
		assertTrue(wizard.performFinish(), () -> String.valueOf(wizard.result()));
		assertEquals(2, wizard.result().added());
		assertTrue(project.getFile("imported/" + ARTICLE + ".gloss").exists(), "the workspace sees the new files");
		AnnotatedDocument imported = new GlossStore()
				.load(project.getLocation().toPath().resolve("imported/" + ARTICLE + ".gloss"));
		Claim claim = imported.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.findFirst().orElseThrow();
		assertEquals(TEXT.substring(0, TEXT.indexOf("\r\n")), claim.getQuote());
		assertEquals(List.of("officials"), claim.getSources().stream().map(Source::getName).toList());
		assertTrue(imported.getAnnotations().stream().map(Annotation::getQuote).anyMatch("Officials in 신의주"::equals));
	}

	@Test
	void importsAnotherBratProjectsLabelsThroughTheMappingField() throws Exception {
		String text = "The mayor said 40 families left Hyesan.\n";
		Path project = Files.createDirectories(temp.resolve("brat-project"));
		Files.writeString(project.resolve("note.txt"), text);
		Files.writeString(project.resolve("note.ann"), "T1\tPerson 0 9\tThe mayor\nT2\tStatement 15 38\t40 families "
				+ "left Hyesan\nT3\tGPE 32 38\tHyesan\nR1\tAttributedTo Arg1:T2 Arg2:T1\t\n");
		ImportCorpusWizard wizard = new ImportCorpusWizard();
		wizard.quiet = true;
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(this.project));
		open(wizard);
		Path into = this.project.getLocation().toPath().resolve("mapped");
		wizard.page().fill("brat", List.of(project), into);
		wizard.page().mapLabels("Person=source\nGPE=city");
		assertFalse(dialog.finishEnabled(), "a target Gloss does not know is refused before anything runs");
		assertTrue(wizard.page().getErrorMessage().contains("unknown target 'city'"), wizard.page().getErrorMessage());
		wizard.page().mapLabels("# the project's labels\nPerson=source\nGPE=location\nStatement=claim\n"
				+ "AttributedTo=sources");
		assertTrue(dialog.finishEnabled());
		screenshot("import-wizard-mapping.png");
		assertTrue(wizard.performFinish(), () -> String.valueOf(wizard.result()));
		assertEquals(3, wizard.result().added());
		AnnotatedDocument imported = new GlossStore()
				.load(this.project.getLocation().toPath().resolve("mapped/note.txt.gloss"));
		Claim claim = imported.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.findFirst().orElseThrow();
		assertEquals("40 families left Hyesan", claim.getQuote());
		assertEquals(List.of("The mayor"), claim.getSources().stream().map(Source::getQuote).toList());
	}

	private void open(org.eclipse.jface.wizard.Wizard wizard) {
		dialog = new TestDialog(PlatformUI.getWorkbench().getDisplay().getActiveShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/** The dialog as the user sees it, in ${gloss.out}, to look at after a change of layout. */
	private void screenshot(String name) {
		org.eclipse.swt.widgets.Display display = dialog.getShell().getDisplay();
		while (display.readAndDispatch()) {
			// let the dialog paint
		}
		org.eclipse.swt.graphics.Rectangle bounds = dialog.getShell().getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path out = Path.of(System.getProperty("gloss.out", "target"));
			Files.createDirectories(out);
			loader.save(out.resolve(name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The annotations a CSV export lists: its rows (a quoted field may span lines). */
	private static long rows(Path csv) {
		return readLines(csv).stream().filter(line -> line.startsWith(ARTICLE + ",")).count();
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
