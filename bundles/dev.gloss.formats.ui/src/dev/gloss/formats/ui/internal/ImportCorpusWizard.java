/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dev.gloss.formats.Cancelled;
import dev.gloss.formats.CorpusImport;
import dev.gloss.ui.files.AnnotationFileService;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;

/**
 * File > Import > Gloss > Annotated corpus: the same import as {@code gloss import}, into the
 * selected folder, with progress, cancel, and the problems listed per file. Nothing is written
 * when a problem is found.
 */
public final class ImportCorpusWizard extends Wizard implements IImportWizard {

	private ImportCorpusPage page;
	private Path initialTarget;
	private ImportResult result;
	/** Tests run without the dialogs that report the outcome. */
	boolean quiet;

	public ImportCorpusWizard() {
		setWindowTitle(Messages.ImportWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		List<Path> folders = Workspace.folders(selection);
		initialTarget = folders.isEmpty() ? null : folders.get(0);
	}

	@Override
	public void addPages() {
		page = new ImportCorpusPage(initialTarget);
		addPage(page);
	}

	ImportCorpusPage page() {
		return page;
	}

	ImportResult result() {
		return result;
	}

	@Override
	public boolean performFinish() {
		ImportFormat format = page.format();
		List<Path> sources = page.sources();
		Path target = page.target();
		ImportOptions chosen = ImportOptions.defaults().withUtf16Offsets(page.utf16())
				.withBaseIri(page.baseIri()).withDefaultType(page.defaultType()).withLabels(page.labels());
		// the importer names articles as the corpus does: relative, with forward slashes
		ImportOptions options = page.article() == null ? chosen
				: chosen.withArticle(page.article().toString().replace(java.io.File.separatorChar, '/'));
		result = null;
		try {
			getContainer().run(true, true, monitor -> {
				try {
					// through the one writer of annotation files: open articles save first, then take the result in
					result = AnnotationFileService.get().runWriter(target,
							() -> new CorpusImport(format, options).monitor(new MonitorAdapter(monitor)).run(sources,
									target),
							null);
				} catch (Exception e) {
					if (e instanceof InterruptedException interrupted) {
						throw interrupted;
					}
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			if (!(e.getCause() instanceof Cancelled) && !quiet) {
				MessageDialog.openError(getShell(), Messages.Import_failed, e.getCause().getMessage());
			}
			return false;
		} catch (InterruptedException e) {
			return false;
		} finally {
			Workspace.refresh(target);
		}
		if (result.problems().isEmpty()) {
			return true;
		}
		String summary = result.written()
				? NLS.bind(Messages.Import_done, new Object[] { result.documents(), result.added(), result.replaced() })
				: Messages.Import_notWritten;
		MultiStatus status = Problems.toStatus(summary, result.problems());
		if (!quiet) {
			ErrorDialog.openError(getShell(), Messages.Import_failed, null, status,
					IStatus.ERROR | IStatus.WARNING | IStatus.INFO);
		}
		return result.written();
	}
}
