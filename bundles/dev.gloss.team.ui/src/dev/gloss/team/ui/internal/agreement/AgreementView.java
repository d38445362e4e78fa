/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.agreement;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.team.agreement.Agreement;
import dev.gloss.team.agreement.AgreementReport;
import dev.gloss.team.agreement.AgreementReport.Row;
import dev.gloss.team.agreement.AgreementSources;
import dev.gloss.team.agreement.Scores;
import dev.gloss.team.ui.internal.Messages;
import dev.gloss.ui.session.GlossJobs;

/**
 * Agreement between the annotators (creators) of the folder or project selected in the
 * workbench: per type, span precision/recall/F1 exact and overlapping, Cohen's kappa on tokens,
 * Krippendorff's unitizing alpha, as {@code gloss agreement} computes them.
 */
public final class AgreementView extends ViewPart {

	public static final String ID = "dev.gloss.team.ui.agreementView"; //$NON-NLS-1$
	/** The family of the job that measures, for tests. */
	public static final Object FAMILY = AgreementView.class;

	private Label header;
	private TableViewer viewer;
	private IContainer shown;
	private AgreementReport report;
	private Job running;

	private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
		if (part != this && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				show(resource instanceof IContainer container ? container : resource.getParent());
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setText(Messages.Agreement_selectFolder);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column(Messages.Agreement_type, 90, Row::type);
		column(Messages.Agreement_units, 90,
				row -> row.units().stream().map(String::valueOf).collect(Collectors.joining(" / "))); //$NON-NLS-1$
		column(Messages.Agreement_exact, 150, row -> scores(row.exact()));
		column(Messages.Agreement_overlap, 150, row -> scores(row.overlap()));
		column(Messages.Agreement_kappa, 70, row -> number(row.kappa()));
		column(Messages.Agreement_alpha, 70, row -> number(row.alpha()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().getPage().addPostSelectionListener(selectionListener);
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Measures the agreement of the creators in a folder, in the background. */
	public void show(IContainer container) {
		if (container == null || container.getLocation() == null
				|| container.equals(shown) && running != null && running.getState() != Job.NONE) {
			return;
		}
		shown = container;
		if (running != null) {
			running.cancel();
		}
		header.setText(NLS.bind(Messages.Agreement_measuring, container.getFullPath()));
		running = new Job(NLS.bind(Messages.Agreement_measuring, container.getFullPath())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return measure(container, monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY || GlossJobs.is(family);
			}

			@Override
			public boolean shouldSchedule() {
				return GlossJobs.mayRun();
			}
		};
		GlossJobs.watchShutdown();
		running.setSystem(true);
		running.schedule();
	}

	private IStatus measure(IContainer container, IProgressMonitor monitor) {
		String text;
		AgreementReport measured = null;
		try {
			measured = Agreement.measure(
					AgreementSources.byCreator(Corpus.open(container.getLocation().toFile().toPath()), List.of()));
			text = NLS.bind(Messages.Agreement_header, new Object[] { String.join(", ", measured.annotators()), //$NON-NLS-1$
					measured.documents(), container.getFullPath() });
			if (!measured.notes().isEmpty()) {
				text += "\n" + String.join("\n", measured.notes()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (IllegalArgumentException | IOException e) {
			text = e.getMessage();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		String shownText = text;
		AgreementReport result = measured;
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			report = result;
			header.setText(shownText);
			viewer.setInput(result == null ? new Object[0] : result.rows().toArray());
			header.getParent().layout(true);
		});
		return Status.OK_STATUS;
	}

	/** The report on show, or null. */
	public AgreementReport report() {
		return report;
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

	private static String scores(Scores scores) {
		return number(scores.precision()) + "  " + number(scores.recall()) + "  " + number(scores.f1()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
