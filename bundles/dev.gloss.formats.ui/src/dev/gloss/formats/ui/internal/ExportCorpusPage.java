/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.Formats;

/** What to export, in which formats, where. */
final class ExportCorpusPage extends WizardPage {

	private static final String FORMATS = "formats"; //$NON-NLS-1$
	private static final String DESTINATION = "destination"; //$NON-NLS-1$
	private static final String BASE_IRI = "baseIri"; //$NON-NLS-1$
	private static final String UTF16 = "utf16"; //$NON-NLS-1$
	private static final String KEEP_GOING = "keepGoing"; //$NON-NLS-1$
	private static final String STRICT = "strict"; //$NON-NLS-1$
	private static final String INCLUDE_PROPOSED = "includeProposed"; //$NON-NLS-1$

	private final List<Path> initialFolders;
	private org.eclipse.swt.widgets.List folders;
	private Table formats;
	private Text destination;
	private Text baseIri;
	private Button utf16;
	private Button keepGoing;
	private Button strict;
	private Button includeProposed;

	ExportCorpusPage(List<Path> initialFolders) {
		super("exportCorpus");
		this.initialFolders = initialFolders;
		setTitle(Messages.ExportPage_title);
		setDescription(Messages.ExportPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText(Messages.ExportPage_folders);
		folders = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(folders);
		Composite folderButtons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(folderButtons);
		Button add = new Button(folderButtons, SWT.PUSH);
		add.setText(Messages.ExportPage_addFolder);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(Messages.ExportPage_chooseFolder);
			String folder = dialog.open();
			if (folder != null && folders.indexOf(folder) < 0) {
				folders.add(folder);
				validate();
			}
		});
		Button remove = new Button(folderButtons, SWT.PUSH);
		remove.setText(Messages.ExportPage_remove);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, e -> {
			folders.remove(folders.getSelectionIndices());
			validate();
		});
		for (Path folder : initialFolders) {
			folders.add(folder.toString());
		}

		Label formatsLabel = new Label(page, SWT.NONE);
		formatsLabel.setText(Messages.ExportPage_formats);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatsLabel);
		formats = new Table(page, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, SWT.DEFAULT).applyTo(formats);
		for (ExportFormat format : Formats.exports()) {
			TableItem item = new TableItem(formats, SWT.NONE);
			item.setText(format.label());
			item.setData(format);
		}
		// what the format is for, for the row the user is on
		new Label(page, SWT.NONE);
		Label about = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(about);
		formats.addListener(SWT.Selection, e -> {
			if (e.item != null) {
				about.setText(((ExportFormat) e.item.getData()).description());
				about.getParent().layout(true);
			}
			validate();
		});

		new Label(page, SWT.NONE).setText(Messages.ExportPage_destination);
		destination = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(destination);
		destination.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ExportPage_browse);
		browse.addListener(SWT.Selection, e -> {
			String folder = new DirectoryDialog(getShell()).open();
			if (folder != null) {
				destination.setText(folder);
			}
		});

		new Label(page, SWT.NONE).setText(Messages.ExportPage_baseIri);
		baseIri = new Text(page, SWT.BORDER);
		baseIri.setMessage("https://example.org/corpus/");
		baseIri.setToolTipText(Messages.ExportPage_baseIriHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(baseIri);
		baseIri.addListener(SWT.Modify, e -> validate());

		utf16 = new Button(page, SWT.CHECK);
		utf16.setText(Messages.ExportPage_utf16);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(utf16);
		keepGoing = new Button(page, SWT.CHECK);
		keepGoing.setText(Messages.ExportPage_keepGoing);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(keepGoing);
		// 'gloss export --strict' and '--include-proposed': the same choices as on the command line
		strict = new Button(page, SWT.CHECK);
		strict.setText(Messages.ExportPage_strict);
		strict.setToolTipText(Messages.ExportPage_strictHint);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(strict);
		includeProposed = new Button(page, SWT.CHECK);
		includeProposed.setText(Messages.ExportPage_includeProposed);
		includeProposed.setToolTipText(Messages.ExportPage_includeProposedHint);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(includeProposed);

		restoreSettings();
		setControl(page);
		String missing = validate();
		// nothing is wrong yet, so no error; but the analyst reads what Finish still waits for
		setErrorMessage(null);
		setMessage(missing, INFORMATION);
	}

	private void restoreSettings() {
		IDialogSettings settings = getDialogSettings();
		if (settings == null) {
			return;
		}
		String[] formatIds = settings.getArray(FORMATS);
		if (formatIds != null) {
			List<String> checked = List.of(formatIds);
			for (TableItem item : formats.getItems()) {
				item.setChecked(checked.contains(((ExportFormat) item.getData()).id()));
			}
		}
		destination.setText(Objects.requireNonNullElse(settings.get(DESTINATION), "")); //$NON-NLS-1$
		baseIri.setText(Objects.requireNonNullElse(settings.get(BASE_IRI), "")); //$NON-NLS-1$
		utf16.setSelection(settings.getBoolean(UTF16));
		keepGoing.setSelection(settings.getBoolean(KEEP_GOING));
		strict.setSelection(settings.getBoolean(STRICT));
		includeProposed.setSelection(settings.getBoolean(INCLUDE_PROPOSED));
	}

	/** Keeps the choices for the next export (the folders come from the selection each time). */
	void saveSettings() {
		IDialogSettings settings = getDialogSettings();
		if (settings == null) {
			return;
		}
		settings.put(FORMATS, selectedFormats().stream().map(ExportFormat::id).toArray(String[]::new));
		settings.put(DESTINATION, destination.getText().trim());
		settings.put(BASE_IRI, baseIri.getText().trim());
		settings.put(UTF16, utf16.getSelection());
		settings.put(KEEP_GOING, keepGoing.getSelection());
		settings.put(STRICT, strict.getSelection());
		settings.put(INCLUDE_PROPOSED, includeProposed.getSelection());
	}

	/** Shows what is missing or wrong as the page's error; returns it, or null when Finish may run. */
	private String validate() {
		String problem = null;
		if (folders.getItemCount() == 0) {
			problem = Messages.ExportPage_noFolders;
		} else if (selectedFormats().isEmpty()) {
			problem = Messages.ExportPage_noFormat;
		} else if (destination.getText().isBlank()) {
			problem = Messages.ExportPage_noDestination;
		} else if (!baseIri.getText().isBlank() && baseIriValue() == null) {
			problem = Messages.ExportPage_badIri;
		}
		setMessage(null);
		setErrorMessage(problem);
		setPageComplete(problem == null);
		return problem;
	}

	List<Path> folders() {
		List<Path> paths = new ArrayList<>();
		for (String item : folders.getItems()) {
			paths.add(Path.of(item));
		}
		return paths;
	}

	List<ExportFormat> selectedFormats() {
		List<ExportFormat> selected = new ArrayList<>();
		for (TableItem item : formats.getItems()) {
			if (item.getChecked()) {
				selected.add((ExportFormat) item.getData());
			}
		}
		return selected;
	}

	Path destination() {
		return Path.of(destination.getText().trim());
	}

	/** The base IRI, with a trailing slash so that article paths resolve below it. */
	URI baseIriValue() {
		String text = baseIri.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			URI iri = new URI(text.endsWith("/") ? text : text + "/");
			return iri.isAbsolute() ? iri : null;
		} catch (URISyntaxException e) {
			return null;
		}
	}

	boolean utf16() {
		return utf16.getSelection();
	}

	boolean keepGoing() {
		return keepGoing.getSelection();
	}

	/** Whether warnings (incomplete annotations, orphans) fail the export too. */
	boolean strict() {
		return strict.getSelection();
	}

	/** Whether proposals nobody has reviewed yet are exported too. */
	boolean includeProposed() {
		return includeProposed.getSelection();
	}

	/** For tests: the choices a user makes with the two check boxes. */
	void choose(boolean strictly, boolean proposed) {
		strict.setSelection(strictly);
		includeProposed.setSelection(proposed);
	}

	/** For tests and for a wizard opened on a known destination: fills the page. */
	void fill(List<String> formatIds, Path target) {
		for (TableItem item : formats.getItems()) {
			item.setChecked(formatIds.contains(((ExportFormat) item.getData()).id()));
		}
		destination.setText(target.toString());
		validate();
	}
}
