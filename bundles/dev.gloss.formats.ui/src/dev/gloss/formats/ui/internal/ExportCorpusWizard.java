/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.Cancelled;
import dev.gloss.formats.CorpusExport;
import dev.gloss.ui.files.AnnotationFileService;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;

/**
 * File > Export > Gloss > Annotated corpus: the same export as {@code gloss export}, for the
 * selected folders or projects, in one or more formats (each in a folder of its own below the
 * destination when there are several), with progress, cancel, and the problems listed per
 * document.
 */
public final class ExportCorpusWizard extends Wizard implements IExportWizard {

	private ExportCorpusPage page;
	private List<Path> initialFolders = List.of();
	private final List<ExportResult> results = new ArrayList<>();
	/** Tests run without the dialogs that report the outcome. */
	boolean quiet;
	private String doneMessage;

	public ExportCorpusWizard() {
		setWindowTitle(Messages.ExportWizard_title);
		setNeedsProgressMonitor(true);
		// the last export's choices come back: analysts export the same corpus again and again
		setDialogSettings(DialogSettings.getOrCreateSection(PlatformUI
				.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportCorpusWizard.class)).getDialogSettings(),
				"ExportCorpusWizard")); //$NON-NLS-1$
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		initialFolders = Workspace.folders(selection);
	}

	@Override
	public void addPages() {
		page = new ExportCorpusPage(initialFolders);
		addPage(page);
	}

	ExportCorpusPage page() {
		return page;
	}

	List<ExportResult> results() {
		return results;
	}

	@Override
	public boolean performFinish() {
		page.saveSettings();
		List<Path> folders = page.folders();
		List<ExportFormat> formats = page.selectedFormats();
		Path destination = page.destination();
		ExportOptions options = ExportOptions.defaults().withBaseIri(page.baseIriValue())
				.withUtf16Offsets(page.utf16());
		boolean keepGoing = page.keepGoing();
		boolean strict = page.strict();
		boolean includeProposed = page.includeProposed();
		results.clear();
		// annotation changes still being written by open editors belong in the export
		folders.forEach(AnnotationFileService.get()::flush);
		try {
			getContainer().run(true, true, monitor -> export(folders, formats, destination, options, keepGoing,
					strict, includeProposed, monitor));
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (!(cause instanceof Cancelled)) {
				report(Messages.Export_failed, cause.getMessage(), null);
				return false;
			}
			return false;
		} catch (InterruptedException e) {
			return false;
		} finally {
			Workspace.refresh(destination);
		}
		List<Problem> problems = new ArrayList<>();
		int documents = 0;
		int annotations = 0;
		boolean allWritten = true;
		StringBuilder notWritten = new StringBuilder();
		for (int i = 0; i < results.size(); i++) {
			ExportResult result = results.get(i);
			problems.addAll(result.problems());
			documents += result.written() ? result.documents() : 0;
			annotations += result.written() ? result.annotations() : 0;
			if (!result.written()) {
				allWritten = false;
				notWritten.append(NLS.bind(Messages.Export_notWritten, formats.get(i).label())).append('\n');
			}
		}
		String summary = NLS.bind(Messages.Export_done, documents, annotations);
		if (problems.isEmpty()) {
			// MessageFormat, not NLS.bind: the text chooses between singular and plural
			// every format exports the same documents: count them once; name formats as their folders are named
			ExportResult first = results.get(0);
			done(java.text.MessageFormat.format(Messages.Export_doneTo, new Object[] { first.documents(),
					first.annotations(),
					formats.stream().map(ExportFormat::id).collect(java.util.stream.Collectors.joining(", ")),
					destination }));
			return true;
		}
		MultiStatus status = Problems.toStatus(notWritten + summary, problems);
		report(Messages.Export_problems, null, status);
		return allWritten;
	}

	private void export(List<Path> folders, List<ExportFormat> formats, Path destination, ExportOptions options,
			boolean keepGoing, boolean strict, boolean includeProposed, IProgressMonitor monitor)
			throws InvocationTargetException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_task, formats.size());
		try {
			for (ExportFormat format : formats) {
				progress.setTaskName(NLS.bind(Messages.Export_format, format.label()));
				Path target = formats.size() == 1 ? destination : destination.resolve(format.id());
				results.add(new CorpusExport(format, options).keepGoing(keepGoing).strict(strict)
						.includeProposed(includeProposed)
						.monitor(new MonitorAdapter(progress.split(1))).run(folders, target));
			}
		} catch (IOException e) {
			throw new InvocationTargetException(e);
		}
	}

	/** What the export wrote, as the wizard told the user (null before a successful finish). */
	String doneMessage() {
		return doneMessage;
	}

	static Control wrapping(Composite parent, String message) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(NOTIFICATION_WIDTH, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** The text width of a notification (JFace's popups are 400 pixels wide, margins included). */
	static final int NOTIFICATION_WIDTH = 360;

	/** Tells what was written in a notification that fades by itself: the wizard is closing, no extra click. */
	private void done(String message) {
		doneMessage = message;
		if (!quiet) {
			// a wrapping label: the popup is 400 pixels wide, and a plain one cut the folder off
			NotificationPopup.forDisplay(getShell().getDisplay())
					.title(Messages.Export_doneTitle, true).content(parent -> wrapping(parent, message)).open();
		}
	}

	private void report(String title, String message, IStatus status) {
		if (quiet) {
			return;
		}
		if (status != null) {
			ErrorDialog.openError(getShell(), title, null, status,
					IStatus.ERROR | IStatus.WARNING | IStatus.INFO);
		} else {
			MessageDialog.openError(getShell(), title, message);
		}
	}
}
