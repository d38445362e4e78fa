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
import org.eclipse.jface.text.ITextViewerExtension5;
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
import dev.gloss.ui.session.GlossJobs;
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
		TYPE(Messages.View_type, 95, r -> r.type().label(), CorpusRows.SortKey.TYPE),
		QUOTE(Messages.View_quote, 300, Row::quote, CorpusRows.SortKey.QUOTE),
		ATTRIBUTES(Messages.View_attributes, 260, Row::attributes, CorpusRows.SortKey.ATTRIBUTES),
		CREATOR(Messages.View_creator, 90, Row::creator, CorpusRows.SortKey.CREATOR),
		STATUS(Messages.View_status, 80, Row::status, CorpusRows.SortKey.STATUS),
		WHERE(Messages.View_where, 90, Row::where, CorpusRows.SortKey.WHERE);

		final String title;
		final int width;
		final Function<Row, String> text;
		/** The same order over the corpus's compact rows. */
		final CorpusRows.SortKey key;

		Column(String title, int width, Function<Row, String> text, CorpusRows.SortKey key) {
			this.title = title;
			this.width = width;
			this.text = text;
			this.key = key;
		}
	}

	/** Progress text is updated at most this often while a corpus is read. */
	private static final long PROGRESS_MS = 250;
	/**
	 * Rows the table is given at most in corpus mode: the first in the chosen order. A native table
	 * takes seconds to grow by a million rows (GTK adds them one by one), and nobody scrolls through
	 * a million: the filter and the sort reach every row, the table shows the first 10,000 of them.
	 */
	private static final int TABLE_LIMIT = 10_000;

	private TableViewer viewer;
	private Text filter;
	private Label summary;
	private Legend legend;
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
	/**
	 * Corpus mode: every row under the folder, compact; null in the active article's mode (rows in
	 * {@link #all} and {@link #visible}).
	 */
	private CorpusRows corpus;
	/** Corpus mode: the row numbers shown, in order. */
	private int[] corpusShown = new int[0];
	/** Corpus mode: how many of {@link #corpusShown} the table holds. */
	private int tableRows;
	private int tableLimit = TABLE_LIMIT;
	private Job filterJob;
	/** Counts filter requests: a result that arrives after a newer request is dropped. */
	private int filterGeneration;
	/** Corpus mode: reading the files, filtering the rows is under way. */
	private boolean corpusLoading;
	private boolean filterPending;
	private long lastProgress;
	private final org.eclipse.core.resources.IResourceChangeListener corpusChanges = this::corpusChanged;
	private boolean corpusReloadScheduled;

	/*
	 * The caret event's own offset: on a mouse click StyledText moves the caret (and tells its
	 * listeners) before it updates the selection, so the editor's selection still holds the old
	 * caret at this point.
	 */
	private final CaretListener caretListener = event -> selectAt(modelOffset(event.caretOffset));
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
		legend = new Legend(parent);
		legend.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
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
				if (corpus != null) {
					if (index < tableRows) {
						viewer.replace(corpus.row(corpusShown[index]), index);
					}
				} else if (index < visible.size()) {
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
		org.eclipse.core.resources.ResourcesPlugin.getWorkspace().addResourceChangeListener(corpusChanges,
				org.eclipse.core.resources.IResourceChangeEvent.POST_CHANGE);
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
		corpusLoading = true;
		if (corpus == null) {
			setContentDescription(folder.getFullPath().toString());
			summary.setText(NLS.bind(Messages.View_loading, folder.getFullPath()));
			summary.getParent().layout(true);
		}
		org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
		corpusJob = GlossJobs.create(NLS.bind(Messages.View_loading, folder.getFullPath()), monitor -> {
			try {
				CorpusLoader.Result result = CorpusLoader.load(folder, monitor, (done, total) -> {
					long now = System.currentTimeMillis();
					if (now - lastProgress >= PROGRESS_MS) {
						lastProgress = now;
						display.asyncExec(() -> {
							if (corpusMode && corpusLoading && !summary.isDisposed()) {
								summary.setText(NLS.bind(Messages.View_reading, String.format("%,d", done), //$NON-NLS-1$
										String.format("%,d", total))); //$NON-NLS-1$
								summary.getParent().layout(true);
							}
						});
					}
				});
				if (!monitor.isCanceled()) {
					display.asyncExec(() -> {
						if (corpusMode && folder.equals(corpusFolder) && !viewer.getTable().isDisposed()) {
							corpusLoading = false;
							setCorpus(result.rows(), result.problems().isEmpty() ? folder.getFullPath().toString()
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

	/** A change under the corpus folder (a save elsewhere, a git pull) reads the changed files again. */
	private void corpusChanged(org.eclipse.core.resources.IResourceChangeEvent event) {
		IContainer folder = corpusFolder;
		if (!corpusMode || folder == null || event.getDelta() == null) {
			return;
		}
		org.eclipse.core.resources.IResourceDelta under = event.getDelta().findMember(folder.getFullPath());
		if (under == null) {
			return;
		}
		boolean[] touched = { false };
		try {
			under.accept(delta -> {
				if (dev.gloss.ui.files.AnnotationFileService.isAnnotationFile(delta.getResource())) {
					touched[0] = true;
				}
				return !touched[0];
			});
		} catch (CoreException e) {
			return;
		}
		if (touched[0]) {
			org.eclipse.swt.widgets.Display display = viewer.getTable().getDisplay();
			display.asyncExec(() -> {
				if (corpusReloadScheduled || viewer.getTable().isDisposed()) {
					return;
				}
				corpusReloadScheduled = true;
				// a checkout changes many files at once: one reading for all of them
				display.timerExec(300, () -> {
					corpusReloadScheduled = false;
					if (corpusMode && !viewer.getTable().isDisposed()) {
						loadCorpus();
					}
				});
			});
		}
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
			setRows(List.of(), session == null ? noSessionMessage()
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

	/** No annotations to list: either no article is open, or the open one has none yet (say how to add one). */
	private String noSessionMessage() {
		org.eclipse.core.resources.IFile article = editor == null ? null : GlossSessions.fileOf(editor);
		if (article == null) {
			return Messages.View_noArticle;
		}
		org.eclipse.ui.keys.IBindingService bindings = getSite().getService(org.eclipse.ui.keys.IBindingService.class);
		// the editor's binding, whether or not the editor is the active part right now
		String key = null;
		for (org.eclipse.jface.bindings.Binding binding : bindings == null ? new org.eclipse.jface.bindings.Binding[0]
				: bindings.getBindings()) {
			if (binding.getParameterizedCommand() != null && binding.getType() == org.eclipse.jface.bindings.Binding.SYSTEM
					&& "dev.gloss.ui.createClaim".equals(binding.getParameterizedCommand().getId())) {
				key = binding.getTriggerSequence().format();
			}
		}
		return key == null ? NLS.bind(Messages.View_noAnnotationsYet, article.getName())
				: NLS.bind(Messages.View_noAnnotationsYetKey, article.getName(), key);
	}

	private static int lineOf(org.eclipse.jface.text.IDocument document, int offset) {
		try {
			return document.getLineOfOffset(offset) + 1;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return 0;
		}
	}

	private void setRows(List<Row> rows, String where) {
		if (corpus != null) {
			corpus = null;
			corpusShown = new int[0];
			tableRows = 0;
			filterPending = false;
			filterGeneration++;
			viewer.getTable().removeAll(); // at once, not row by row, after a big corpus
		}
		all = rows;
		setContentDescription(where == null ? "" : where);
		applyFilter();
	}

	private void setCorpus(CorpusRows rows, String where) {
		corpus = rows;
		all = List.of();
		visible = List.of();
		setContentDescription(where == null ? "" : where);
		applyFilter();
	}

	private void applyFilter() {
		if (corpus != null) {
			filterCorpus();
			return;
		}
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

	/** Filters and sorts the corpus's rows in the background; the table follows when it is done. */
	private void filterCorpus() {
		CorpusRows rows = corpus;
		String wanted = filter.getText();
		Set<AnnotationType> types = EnumSet.noneOf(AnnotationType.class);
		types.addAll(shownTypes);
		CorpusRows.SortKey key = sortColumn.key;
		boolean up = ascending;
		int generation = ++filterGeneration;
		filterPending = true;
		if (filterJob != null) {
			filterJob.cancel();
		}
		org.eclipse.swt.widgets.Display display = viewer.getTable().getDisplay();
		filterJob = GlossJobs.create(Messages.View_filtering, monitor -> {
			int[] shown = rows.filter(wanted, types, key, up, monitor::isCanceled);
			if (shown != null) {
				display.asyncExec(() -> {
					if (generation == filterGeneration && corpus == rows && !viewer.getTable().isDisposed()) {
						showCorpusRows(shown);
					}
				});
			}
			return Status.OK_STATUS;
		});
		filterJob.setSystem(true);
		filterJob.schedule();
	}

	private void showCorpusRows(int[] shown) {
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			if (shown.length < table.getItemCount() / 2) {
				table.removeAll(); // at once: removing a million rows one by one takes seconds
			}
			corpusShown = shown;
			tableRows = Math.min(shown.length, tableLimit);
			viewer.setItemCount(tableRows);
			viewer.refresh();
		} finally {
			table.setRedraw(true);
		}
		filterPending = false;
		String rows = String.format("%,d", tableRows); //$NON-NLS-1$
		String matching = String.format("%,d", shown.length); //$NON-NLS-1$
		String total = String.format("%,d", corpus.size()); //$NON-NLS-1$
		summary.setText(tableRows < shown.length ? NLS.bind(Messages.View_countLimited, rows, matching)
				: NLS.bind(Messages.View_count, matching, total));
		summary.setToolTipText(tableRows < shown.length
				? NLS.bind(Messages.View_countLimitedTooltip, new Object[] { rows, matching, total })
				: null);
		summary.getParent().layout(true);
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
		if (editor != null && editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
			selectAt(text.getOffset());
		}
	}

	private int modelOffset(int widgetOffset) {
		var textViewer = editor == null ? null : GlossSessions.viewerOf(editor);
		return textViewer instanceof ITextViewerExtension5 extension ? extension.widgetOffset2ModelOffset(widgetOffset)
				: widgetOffset;
	}

	/** The annotation at a model offset becomes the view's selection. */
	private void selectAt(int offset) {
		if (syncing || corpusMode || editor == null || session == null || !session.isReady() || offset < 0) {
			return;
		}
		int atIndex = session.index().at(offset);
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
		Row row;
		if (corpus != null) {
			if (index < 0 || index >= tableRows) {
				return;
			}
			row = corpus.row(corpusShown[index]);
		} else {
			if (index < 0 || index >= visible.size()) {
				return;
			}
			row = visible.get(index);
		}
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

	/** The rows in the table, in order (for tests; in corpus mode each is made anew). */
	public List<Row> visibleRows() {
		if (corpus != null) {
			List<Row> rows = new ArrayList<>(tableRows);
			for (int i = 0; i < tableRows; i++) {
				rows.add(corpus.row(corpusShown[i]));
			}
			return rows;
		}
		return List.copyOf(visible);
	}

	/** How many rows pass the filter (in corpus mode the table holds the first {@link #TABLE_LIMIT}). */
	public int visibleCount() {
		return corpus != null ? corpusShown.length : visible.size();
	}

	/** Corpus mode: how many rows the table holds (for tests). */
	public int tableRowCount() {
		return corpus != null ? tableRows : visible.size();
	}

	/** The rows the table holds at most in corpus mode (tests lower it). */
	public void setTableLimit(int limit) {
		tableLimit = limit;
		applyFilter();
	}

	/** The text beside the filter: how many rows are shown (for tests). */
	public String summaryText() {
		return summary.getText();
	}

	/** Corpus mode: every row under the folder, shown or filtered out; 0 in the article's mode. */
	public int corpusSize() {
		return corpus == null ? 0 : corpus.size();
	}

	/** Corpus mode: whether the view is still reading or filtering (for tests and the benchmark). */
	public boolean isCorpusBusy() {
		return corpusMode && (corpus == null || corpusLoading || filterPending);
	}

	/** Annotation files the Corpus view has read from disk since start (the others were kept). */
	public static int corpusFilesRead() {
		return CorpusLoader.filesRead();
	}

	/** Forgets the rows kept from earlier readings (the benchmark's first load). */
	public static void forgetCorpusRows() {
		CorpusLoader.forget();
	}

	/** The colour a type's legend entry shows (for tests). */
	public org.eclipse.swt.graphics.RGB legendColor(AnnotationType type) {
		return legend.colorOf(type);
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
		org.eclipse.core.resources.ResourcesPlugin.getWorkspace().removeResourceChangeListener(corpusChanges);
		if (filterJob != null) {
			filterJob.cancel();
		}
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
