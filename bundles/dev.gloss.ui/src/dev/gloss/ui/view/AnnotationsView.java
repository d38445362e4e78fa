/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.session.SessionListener;

/**
 * The Annotations view: the annotations of the active article (or, in corpus mode, of every
 * article under the selected folder), filtered by text and type, sorted by any column. The
 * caret's annotation is selected here and a selection here moves the caret; double-click or Enter
 * opens the passage. A virtual table: 100,000 rows cost only the visible ones.
 */
public final class AnnotationsView extends ViewPart implements SessionListener {

	public static final String ID = "dev.gloss.ui.annotationsView";

	private enum Column {
		TYPE(Messages.View_type, 95, r -> r.type().label()),
		QUOTE(Messages.View_quote, 300, Row::quote),
		ATTRIBUTES(Messages.View_attributes, 260, Row::attributes),
		CREATOR(Messages.View_creator, 90, Row::creator),
		STATUS(Messages.View_status, 80, Row::status),
		WHERE(Messages.View_where, 90, Row::where);

		final String title;
		final int width;
		final Function<Row, String> text;

		Column(String title, int width, Function<Row, String> text) {
			this.title = title;
			this.width = width;
			this.text = text;
		}
	}

	private TableViewer viewer;
	private Text filter;
	private Label summary;
	private final Set<AnnotationType> shownTypes = EnumSet.allOf(AnnotationType.class);
	private List<Row> all = List.of();
	private List<Row> visible = List.of();
	private Column sortColumn = Column.WHERE;
	private boolean ascending = true;
	private boolean corpusMode;
	private IContainer corpusFolder;
	private GlossSession session;
	private ITextEditor editor;
	private StyledText caretWidget;
	private boolean syncing;
	private boolean refreshScheduled;
	private Job corpusJob;

	private final CaretListener caretListener = event -> selectAtCaret();
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof IEditorPart) {
				followEditor(part.getAdapter(ITextEditor.class));
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) != null && reference.getPart(false).getAdapter(ITextEditor.class) == editor) {
				followEditor(null);
			}
		}
	};
	private final ISelectionListener folderListener = (part, selection) -> {
		if (part != this && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			IContainer folder = resource instanceof IContainer container ? container
					: resource == null ? null : resource.getParent();
			if (folder != null && !folder.equals(corpusFolder)) {
				corpusFolder = folder;
				if (corpusMode) {
					loadCorpus();
				}
			}
		}
	};
	private final java.util.function.Consumer<GlossSession> sessionOpened = opened -> {
		if (editor != null && opened.document() == GlossSessions.documentOf(editor)) {
			followEditor(editor);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		filter = new Text(parent, SWT.SINGLE | SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.View_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(e -> applyFilter());
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (Column column : Column.values()) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column.title);
			tableColumn.setWidth(column.width);
			tableColumn.setMoveable(true);
			tableColumn.addListener(SWT.Selection, e -> sortBy(column, tableColumn));
		}
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < visible.size()) {
					viewer.replace(visible.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			}
		});
		viewer.setLabelProvider(new RowLabels());
		viewer.setInput(this);
		viewer.addSelectionChangedListener(event -> revealSelection(false));
		viewer.addOpenListener(event -> revealSelection(true));
		getSite().setSelectionProvider(viewer);
		contributeActions();
		GlossSessions.get().addOpenListener(sessionOpened);
		getSite().getPage().addPartListener(partListener);
		getSite().getPage().addPostSelectionListener(folderListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		followEditor(active == null ? null : active.getAdapter(ITextEditor.class));
	}

	private void contributeActions() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		for (AnnotationType type : AnnotationType.values()) {
			IAction toggle = new Action(type.label(), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					if (isChecked()) {
						shownTypes.add(type);
					} else {
						shownTypes.remove(type);
					}
					applyFilter();
				}
			};
			toggle.setChecked(true);
			toggle.setToolTipText(NLS.bind(Messages.View_showType, type.label()));
			toggle.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromImage(TypeImages.get(type)));
			toolbar.add(toggle);
		}
		IAction corpus = new Action(Messages.View_corpus, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setCorpusMode(isChecked());
			}
		};
		corpus.setToolTipText(Messages.View_corpusTooltip);
		toolbar.add(corpus);
		getViewSite().getActionBars().getMenuManager().add(corpus);
	}

	/** Shows every annotation under the selected folder (or the active article's project). */
	public void setCorpusMode(boolean on) {
		corpusMode = on;
		if (on) {
			if (corpusFolder == null && session != null) {
				corpusFolder = session.article().getProject();
			}
			loadCorpus();
		} else {
			refresh();
		}
	}

	/** Corpus mode over a given folder (tests, "Show In"). */
	public void showCorpus(IContainer folder) {
		corpusFolder = folder;
		setCorpusMode(true);
	}

	private void loadCorpus() {
		IContainer folder = corpusFolder;
		if (folder == null) {
			setRows(List.of(), Messages.View_noFolder);
			return;
		}
		if (corpusJob != null) {
			corpusJob.cancel();
		}
		summary.setText(NLS.bind(Messages.View_loading, folder.getFullPath()));
		corpusJob = Job.create(NLS.bind(Messages.View_loading, folder.getFullPath()), monitor -> {
			try {
				CorpusLoader.Result result = CorpusLoader.load(folder, monitor);
				if (!monitor.isCanceled()) {
					getSite().getShell().getDisplay().asyncExec(() -> {
						if (corpusMode && !viewer.getTable().isDisposed()) {
							setRows(result.rows(), result.problems().isEmpty() ? folder.getFullPath().toString()
									: NLS.bind(Messages.View_unreadable, result.problems().size()));
						}
					});
				}
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		corpusJob.schedule();
	}

	private void followEditor(ITextEditor next) {
		if (caretWidget != null && !caretWidget.isDisposed()) {
			caretWidget.removeCaretListener(caretListener);
		}
		caretWidget = null;
		if (session != null) {
			session.removeListener(this);
		}
		editor = next;
		session = next == null ? null : GlossSessions.get().sessionOf(next, false);
		if (session != null) {
			session.addListener(this);
		}
		if (next != null && GlossSessions.viewerOf(next) != null) {
			caretWidget = GlossSessions.viewerOf(next).getTextWidget();
			caretWidget.addCaretListener(caretListener);
		}
		if (!corpusMode && !viewer.getTable().isDisposed()) {
			refresh();
		}
	}

	@Override
	public void sessionChanged(GlossSession changed, Change change) {
		if (change == Change.SAVED) {
			if (corpusMode) {
				loadCorpus();
			}
			return;
		}
		if (!corpusMode && !refreshScheduled) {
			refreshScheduled = true;
			// typing moves offsets on every key: the rows follow when the typing pauses
			viewer.getTable().getDisplay().timerExec(change == Change.TEXT ? 400 : 0, () -> {
				refreshScheduled = false;
				if (!viewer.getTable().isDisposed() && !corpusMode) {
					refresh();
				}
			});
		}
	}

	/** Re-reads the rows of the active article. */
	public void refresh() {
		if (session == null || !session.isReady()) {
			setRows(List.of(), session == null ? Messages.View_noArticle
					: session.state() == GlossSession.State.LOADING ? Messages.View_loadingArticle : session.problem());
			return;
		}
		session.syncOffsets();
		List<Row> rows = new ArrayList<>(session.index().size());
		IFile article = session.article();
		org.eclipse.jface.text.IDocument document = session.document();
		session.index().forEach(a -> rows.add(Row.of(article, a, lineOf(document, a.getBegin()), true)));
		setRows(rows, session.problem() != null ? session.problem() : article.getName());
	}

	private static int lineOf(org.eclipse.jface.text.IDocument document, int offset) {
		try {
			return document.getLineOfOffset(offset) + 1;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return 0;
		}
	}

	private void setRows(List<Row> rows, String where) {
		all = rows;
		setContentDescription(where == null ? "" : where);
		applyFilter();
	}

	private void applyFilter() {
		String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		List<Row> rows = new ArrayList<>();
		for (Row row : all) {
			if (shownTypes.contains(row.type()) && (wanted.isEmpty() || row.searchText().contains(wanted))) {
				rows.add(row);
			}
		}
		rows.sort(comparator());
		visible = rows;
		viewer.getTable().setRedraw(false);
		try {
			viewer.setItemCount(0);
			viewer.setItemCount(rows.size());
			viewer.refresh();
		} finally {
			viewer.getTable().setRedraw(true);
		}
		summary.setText(NLS.bind(Messages.View_count, rows.size(), all.size()));
		summary.getParent().layout(true);
		selectAtCaret();
	}

	private Comparator<Row> comparator() {
		Comparator<Row> byPlace = Comparator.comparing((Row r) -> r.article().getFullPath().toString())
				.thenComparingInt(r -> r.annotation().getBegin()).thenComparingInt(r -> r.annotation().getEnd());
		Comparator<Row> order = sortColumn == Column.WHERE ? byPlace
				: Comparator.comparing(sortColumn.text, String.CASE_INSENSITIVE_ORDER).thenComparing(byPlace);
		return ascending ? order : order.reversed();
	}

	private void sortBy(Column column, TableColumn tableColumn) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		viewer.getTable().setSortColumn(tableColumn);
		viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		applyFilter();
	}

	/** The caret's annotation becomes the view's selection. */
	private void selectAtCaret() {
		if (syncing || corpusMode || editor == null || session == null || !session.isReady()
				|| !(editor.getSelectionProvider().getSelection() instanceof ITextSelection text)) {
			return;
		}
		int atIndex = session.index().at(text.getOffset());
		Annotation at = atIndex < 0 ? null : session.index().get(atIndex);
		int row = -1;
		for (int i = 0; at != null && i < visible.size(); i++) {
			if (visible.get(i).annotation() == at) {
				row = i;
				break;
			}
		}
		syncing = true;
		try {
			if (row < 0) {
				viewer.getTable().deselectAll();
			} else {
				viewer.getTable().setSelection(row);
				viewer.getTable().showSelection();
			}
		} finally {
			syncing = false;
		}
	}

	/** The view's selection moves the editor's caret; opening (Enter) also activates the editor. */
	private void revealSelection(boolean activate) {
		if (syncing) {
			return;
		}
		int index = viewer.getTable().getSelectionIndex();
		if (index < 0 || index >= visible.size()) {
			return;
		}
		Row row = visible.get(index);
		ITextEditor target = editor;
		if (corpusMode || target == null || !row.article().equals(GlossSessions.fileOf(target))) {
			if (!activate) {
				return;
			}
			try {
				IWorkbenchPage page = getSite().getPage();
				IEditorPart opened = IDE.openEditor(page, row.article(), true);
				target = opened == null ? null : opened.getAdapter(ITextEditor.class);
			} catch (PartInitException e) {
				setContentDescription(e.getMessage());
				return;
			}
		}
		if (target == null) {
			return;
		}
		if (row.live() && session != null) {
			session.syncOffsets();
		}
		syncing = true;
		try {
			Annotation a = row.annotation();
			target.selectAndReveal(a.getBegin(), Math.max(0, a.getEnd() - a.getBegin()));
			if (activate) {
				getSite().getPage().activate(target);
			}
		} finally {
			syncing = false;
		}
	}

	/** The rows shown, in order (for tests). */
	public List<Row> visibleRows() {
		return List.copyOf(visible);
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Filters as the filter field does (for tests). */
	public void setFilterText(String text) {
		filter.setText(text);
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		GlossSessions.get().removeOpenListener(sessionOpened);
		getSite().getPage().removePartListener(partListener);
		getSite().getPage().removePostSelectionListener(folderListener);
		if (caretWidget != null && !caretWidget.isDisposed()) {
			caretWidget.removeCaretListener(caretListener);
		}
		if (session != null) {
			session.removeListener(this);
		}
		if (corpusJob != null) {
			corpusJob.cancel();
		}
		super.dispose();
	}

	/** Selects an annotation's row, if shown (used by Gloss > Show Properties). */
	public void select(Annotation annotation) {
		for (Row row : visible) {
			if (row.annotation() == annotation) {
				viewer.setSelection(new StructuredSelection(row), true);
				return;
			}
		}
	}

	private static final class RowLabels extends LabelProvider implements ITableLabelProvider {
		@Override
		public Image getColumnImage(Object element, int columnIndex) {
			return columnIndex == 0 && element instanceof Row row ? TypeImages.get(row.type()) : null;
		}

		@Override
		public String getColumnText(Object element, int columnIndex) {
			if (!(element instanceof Row row)) {
				return "";
			}
			Column column = Column.values()[columnIndex];
			return column.text.apply(row);
		}
	}
}
