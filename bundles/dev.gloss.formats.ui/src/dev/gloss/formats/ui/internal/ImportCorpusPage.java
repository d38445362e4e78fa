/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.LabelMapping;

/** What to import, from where, into which corpus folder. */
final class ImportCorpusPage extends WizardPage {

	private final Path initialTarget;
	private Combo format;
	private org.eclipse.swt.widgets.List sources;
	private Text target;
	private Button utf16;
	private Text baseIri;
	private Text article;
	private Combo defaultType;
	private Text labels;

	ImportCorpusPage(Path initialTarget) {
		super("importCorpus");
		this.initialTarget = initialTarget;
		setTitle(Messages.ImportPage_title);
		setDescription(Messages.ImportPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText(Messages.ImportPage_format);
		format = new Combo(page, SWT.READ_ONLY);
		for (ImportFormat each : Formats.imports()) {
			format.add(each.label());
		}
		format.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);

		new Label(page, SWT.NONE).setText(Messages.ImportPage_sources);
		sources = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 90).applyTo(sources);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button addFiles = new Button(buttons, SWT.PUSH);
		addFiles.setText(Messages.ImportPage_addFiles);
		GridDataFactory.fillDefaults().applyTo(addFiles);
		addFiles.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
			dialog.setFilterExtensions(new String[] { "*.ann;*.jsonld;*.json;*.jsonl", "*.*" });
			if (dialog.open() != null) {
				for (String name : dialog.getFileNames()) {
					add(Path.of(dialog.getFilterPath(), name).toString());
				}
			}
		});
		Button addFolder = new Button(buttons, SWT.PUSH);
		addFolder.setText(Messages.ImportPage_addFolder);
		GridDataFactory.fillDefaults().applyTo(addFolder);
		addFolder.addListener(SWT.Selection, e -> {
			String folder = new DirectoryDialog(getShell()).open();
			if (folder != null) {
				add(folder);
			}
		});
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.ExportPage_remove);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, e -> {
			sources.remove(sources.getSelectionIndices());
			validate();
		});

		new Label(page, SWT.NONE).setText(Messages.ImportPage_target);
		target = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
		if (initialTarget != null) {
			target.setText(initialTarget.toString());
		}
		target.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ExportPage_browse);
		browse.addListener(SWT.Selection, e -> {
			String folder = new DirectoryDialog(getShell()).open();
			if (folder != null) {
				target.setText(folder);
			}
		});

		utf16 = new Button(page, SWT.CHECK);
		utf16.setText(Messages.ImportPage_utf16);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(utf16);

		new Label(page, SWT.NONE).setText(Messages.ImportPage_baseIri);
		baseIri = new Text(page, SWT.BORDER);
		baseIri.setMessage("https://example.org/corpus/");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(baseIri);
		baseIri.addListener(SWT.Modify, e -> validate());

		// 'gloss import --article': for tools whose targets name their own copy of the text
		new Label(page, SWT.NONE).setText(Messages.ImportPage_article);
		article = new Text(page, SWT.BORDER);
		article.setMessage(Messages.ImportPage_articleHint);
		article.setToolTipText(Messages.ImportPage_articleTip);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(article);
		article.addListener(SWT.Modify, e -> validate());

		new Label(page, SWT.NONE).setText(Messages.ImportPage_defaultType);
		defaultType = new Combo(page, SWT.READ_ONLY);
		for (AnnotationType type : AnnotationType.values()) {
			defaultType.add(type.label());
		}
		defaultType.add(Messages.ImportPage_noType);
		defaultType.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(defaultType);

		// another tool's labels onto Gloss's types and links, as 'gloss import --map' takes them
		Label labelsLabel = new Label(page, SWT.WRAP);
		labelsLabel.setText(Messages.ImportPage_labels);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(labelsLabel);
		labels = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		labels.setMessage(Messages.ImportPage_labelsHint);
		labels.addModifyListener(e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(SWT.DEFAULT, 60).applyTo(labels);

		setControl(page);
		validate();
		setErrorMessage(null);
	}

	private void add(String source) {
		if (sources.indexOf(source) < 0) {
			sources.add(source);
		}
		validate();
	}

	private void validate() {
		String problem = sources.getItemCount() == 0 ? Messages.ImportPage_noSources
				: target.getText().isBlank() ? Messages.ImportPage_noTarget : null;
		if (problem == null && baseIri != null && !baseIri.getText().isBlank() && baseIri() == null) {
			problem = Messages.ExportPage_badIri;
		}
		if (problem == null && article != null && !article.getText().isBlank()) {
			Path path = article();
			if (path == null) {
				problem = Messages.ImportPage_badArticle;
			} else if (!target.getText().isBlank() && !Files.isRegularFile(target().resolve(path))) {
				problem = NLS.bind(Messages.ImportPage_noArticle, path, target());
			}
		}
		if (problem == null && labels != null) {
			try {
				labels();
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	ImportFormat format() {
		return Formats.imports().get(format.getSelectionIndex());
	}

	List<Path> sources() {
		List<Path> paths = new ArrayList<>();
		for (String item : sources.getItems()) {
			paths.add(Path.of(item));
		}
		return paths;
	}

	Path target() {
		return Path.of(target.getText().trim());
	}

	boolean utf16() {
		return utf16.getSelection();
	}

	URI baseIri() {
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

	/** The article every annotation targets, relative to the corpus folder; null: none given or not relative. */
	Path article() {
		String text = article.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			Path path = Path.of(text).normalize();
			return path.isAbsolute() || path.startsWith("..") ? null : path; //$NON-NLS-1$
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** For tests: the article every annotation targets, as typed. */
	void targetArticle(String path) {
		article.setText(path);
		validate();
	}

	AnnotationType defaultType() {
		int index = defaultType.getSelectionIndex();
		return index < AnnotationType.values().length ? AnnotationType.values()[index] : null;
	}

	/** The label mapping typed in, one LABEL=TARGET a line; throws on a line that is not one. */
	LabelMapping labels() {
		return LabelMapping.parse(labels.getText().lines().map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
	}

	/** For tests: the label mapping, one LABEL=TARGET a line. */
	void mapLabels(String mapping) {
		labels.setText(mapping);
		validate();
	}

	/** For tests: fills the page. */
	void fill(String formatId, List<Path> from, Path into) {
		for (int i = 0; i < Formats.imports().size(); i++) {
			if (Formats.imports().get(i).id().equals(formatId)) {
				format.select(i);
			}
		}
		sources.removeAll();
		from.forEach(p -> sources.add(p.toString()));
		target.setText(into.toString());
		validate();
	}
}
