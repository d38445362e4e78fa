/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.IViewportListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.CaretEvent;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.ControlAdapter;
import org.eclipse.swt.events.ControlEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.ui.hover.AnnotationDescriptions;
import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.ui.hover.EditorHover;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.minings.MiningUpdates;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.SessionListener;

/**
 * Shows an article's passages in its editors without handing the editor all of them: the stock
 * annotation painter and overview ruler walk every annotation of the model on each keystroke, so
 * the editor's model gets only the passages in and around the visible lines (a few hundred, in
 * one {@code replaceAnnotations} batch per change), the passages next to the window and the caret
 * (so that Ctrl+. / Ctrl+, always find the next one), and a thinned set of overview-ruler marks:
 * at most one per type per few pixel rows.
 *
 * <p>One per session, attached EclEmma-style to each editor's annotation model under
 * {@link #MODEL_KEY}. UI thread only.
 */
public final class SessionHighlighter implements SessionListener {

	public static final String MODEL_KEY = "dev.gloss.ui.highlights";

	/** Pixel rows per overview mark bucket: a mark is 4 rows tall and its outline one more. */
	private static final int MARK_ROWS = 6;
	/** Quiet time before the overview marks are recomputed. */
	private static final int MARKS_DELAY_MS = 300;

	private final GlossSession session;
	private final AnnotationModel model = new AnnotationModel();
	private final Map<ITextEditor, Hook> hooks = new LinkedHashMap<>();
	private final Map<dev.gloss.model.Annotation, GlossEditorAnnotation> shown = new IdentityHashMap<>();
	private final Map<Long, Annotation> marks = new HashMap<>();
	private boolean updateScheduled;
	private boolean attributesChanged = true;
	private boolean marksScheduled;
	private final Runnable marksRunnable = this::recomputeMarks;

	/** What connects one editor to the highlighter. */
	private final class Hook extends ControlAdapter implements IViewportListener, CaretListener {
		final ITextEditor editor;
		final ITextViewer viewer;
		final IAnnotationModelExtension editorModel;
		final EditorHover hover;
		final MiningUpdates minings;

		Hook(ITextEditor editor, ITextViewer viewer, IAnnotationModelExtension editorModel) {
			this.editor = editor;
			this.viewer = viewer;
			this.editorModel = editorModel;
			this.hover = EditorHover.install(editor, viewer);
			this.minings = new MiningUpdates(viewer);
		}

		@Override
		public void viewportChanged(int verticalOffset) {
			updateNowOrSoon();
			minings.schedule();
		}

		@Override
		public void caretMoved(CaretEvent event) {
			updateNowOrSoon();
		}

		@Override
		public void controlResized(ControlEvent e) {
			scheduleUpdate();
			scheduleMarks();
		}
	}

	public SessionHighlighter(GlossSession session) {
		this.session = session;
		session.addListener(this);
	}

	public GlossSession session() {
		return session;
	}

	/** The Gloss annotation model attached to the editors (for tests and benchmarks). */
	public IAnnotationModel annotationModel() {
		return model;
	}

	public void attach(ITextEditor editor, ITextViewer viewer) {
		if (hooks.containsKey(editor)) {
			return;
		}
		IAnnotationModel editorModel = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (!(editorModel instanceof IAnnotationModelExtension extension)) {
			return;
		}
		extension.addAnnotationModel(MODEL_KEY, model);
		Hook hook = new Hook(editor, viewer, extension);
		hooks.put(editor, hook);
		viewer.addViewportListener(hook);
		StyledText text = viewer.getTextWidget();
		text.addCaretListener(hook);
		text.addControlListener(hook);
		scheduleUpdate();
		scheduleMarks();
		hook.minings.schedule();
	}

	public void detach(ITextEditor editor) {
		Hook hook = hooks.remove(editor);
		if (hook == null) {
			return;
		}
		hook.viewer.removeViewportListener(hook);
		if (hook.hover != null) {
			hook.hover.uninstall();
		}
		hook.minings.cancel();
		StyledText text = hook.viewer.getTextWidget();
		if (text != null && !text.isDisposed()) {
			text.removeCaretListener(hook);
			text.removeControlListener(hook);
		}
		if (hooks.values().stream().noneMatch(other -> other.editorModel == hook.editorModel)) {
			hook.editorModel.removeAnnotationModel(MODEL_KEY);
		}
	}

	public boolean isAttached() {
		return !hooks.isEmpty();
	}

	public void dispose() {
		new ArrayList<>(hooks.keySet()).forEach(this::detach);
		session.removeListener(this);
	}

	@Override
	public void sessionChanged(GlossSession changed, Change change) {
		switch (change) {
		case LOADED -> {
			clear();
			attributesChanged = true;
			scheduleUpdate();
			scheduleMarks();
			hooks.values().forEach(hook -> hook.minings.schedule());
		}
		case ANNOTATIONS -> {
			attributesChanged = true;
			scheduleUpdate();
			scheduleMarks();
			hooks.values().forEach(hook -> hook.minings.schedule());
		}
		case TEXT -> scheduleUpdate();
		case SAVED -> {
			// nothing shown depends on the file
		}
		}
	}

	/**
	 * Navigation (Ctrl+.) and scrolling move the window: update at once, so that a quick second
	 * Ctrl+. finds the passage after the new window; during a text edit, after the index caught up.
	 */
	private void updateNowOrSoon() {
		if (session.isIndexCurrent()) {
			update();
		} else {
			scheduleUpdate();
		}
	}

	private void scheduleUpdate() {
		if (!updateScheduled) {
			updateScheduled = true;
			Display.getCurrent().asyncExec(this::update);
		}
	}

	private void scheduleMarks() {
		if (!marksScheduled) {
			marksScheduled = true;
			Display.getCurrent().timerExec(MARKS_DELAY_MS, marksRunnable);
		}
	}

	/** Brings the editor's model in line with the window around the visible lines; one batch. */
	public void update() {
		updateScheduled = false;
		AnnotationIndex index = session.displayIndex();
		if (index == null || hooks.isEmpty()) {
			clear();
			return;
		}
		Map<dev.gloss.model.Annotation, int[]> wanted = new IdentityHashMap<>();
		for (Hook hook : hooks.values()) {
			collectWindow(hook, index, wanted);
		}
		List<Annotation> removed = new ArrayList<>();
		Map<Annotation, Position> added = new HashMap<>();
		boolean describe = attributesChanged;
		attributesChanged = false;
		for (var it = shown.entrySet().iterator(); it.hasNext();) {
			var entry = it.next();
			dev.gloss.model.Annotation passage = entry.getKey();
			GlossEditorAnnotation current = entry.getValue();
			Position position = model.getPosition(current);
			int[] range = wanted.get(passage);
			boolean keep = range != null && position != null && !position.isDeleted()
					&& position.getOffset() == range[0] && position.getLength() == range[1] - range[0]
					&& current.getType().equals(GlossAnnotationTypes.passage(AnnotationType.of(passage)))
					&& (!describe || current.getText().equals(AnnotationDescriptions.describe(passage)));
			if (!keep) {
				removed.add(current);
				it.remove();
			}
		}
		wanted.forEach((passage, range) -> {
			if (!shown.containsKey(passage)) {
				GlossEditorAnnotation annotation = new GlossEditorAnnotation(passage);
				shown.put(passage, annotation);
				added.put(annotation, new Position(range[0], range[1] - range[0]));
			}
		});
		if (!removed.isEmpty() || !added.isEmpty()) {
			model.replaceAnnotations(removed.toArray(Annotation[]::new), added);
			if (describe) {
				repaint(added.values());
			}
		}
	}

	/*
	 * After an annotation change (not a scroll): the painter keeps the old highlight when a
	 * passage is replaced by one of another type on the same text (Change Type), so the text
	 * presentation of the changed passages is redone; a handful of ranges per change.
	 */
	private void repaint(java.util.Collection<Position> ranges) {
		for (Hook hook : hooks.values()) {
			if (hook.viewer instanceof org.eclipse.jface.text.ITextViewerExtension2 extension
					&& hook.viewer.getTextWidget() != null && !hook.viewer.getTextWidget().isDisposed()) {
				if (ranges.size() <= 16) {
					for (Position range : ranges) {
						extension.invalidateTextPresentation(range.getOffset(), range.getLength());
					}
				} else {
					// many at once (an article opening): one range around them
					int from = ranges.stream().mapToInt(Position::getOffset).min().orElse(0);
					int to = ranges.stream().mapToInt(r -> r.getOffset() + r.getLength()).max().orElse(0);
					extension.invalidateTextPresentation(from, to - from);
				}
			}
		}
	}

	private void collectWindow(Hook hook, AnnotationIndex index, Map<dev.gloss.model.Annotation, int[]> wanted) {
		StyledText text = hook.viewer.getTextWidget();
		if (text == null || text.isDisposed()) {
			return;
		}
		IDocument document = session.document();
		int top = hook.viewer.getTopIndex();
		int bottom = hook.viewer.getBottomIndex();
		int page = Math.max(1, bottom - top);
		int from = lineOffset(document, Math.max(0, top - page));
		int to = lineEndOffset(document, Math.min(document.getNumberOfLines() - 1, bottom + page));
		index.overlapping(from, to, i -> want(wanted, index, i));
		want(wanted, index, index.previous(from));
		want(wanted, index, index.next(to));
		int caret = modelCaret(hook.viewer, text);
		if (caret >= 0) {
			want(wanted, index, index.previous(caret));
			want(wanted, index, index.next(caret));
			want(wanted, index, index.at(caret));
		}
	}

	private static void want(Map<dev.gloss.model.Annotation, int[]> wanted, AnnotationIndex index, int i) {
		if (i >= 0 && !index.get(i).isOrphaned() && index.end(i) > index.begin(i)) {
			wanted.put(index.get(i), new int[] { index.begin(i), index.end(i) });
		}
	}

	private static int modelCaret(ITextViewer viewer, StyledText text) {
		int caret = text.getCaretOffset();
		return viewer instanceof ITextViewerExtension5 ext ? ext.widgetOffset2ModelOffset(caret) : caret;
	}

	private static int lineOffset(IDocument document, int line) {
		try {
			return document.getLineOffset(line);
		} catch (BadLocationException e) {
			return 0;
		}
	}

	private static int lineEndOffset(IDocument document, int line) {
		try {
			return document.getLineOffset(line) + document.getLineLength(line);
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	/**
	 * One overview mark per bucket of lines that maps to a few pixel rows of the ruler, placed on
	 * the bucket's first passage. The stock overview ruler draws a mark across its whole width at
	 * the row of the passage's line, so two marks of one line (or of neighbouring lines in a long
	 * article) would cover each other and the last type drawn would hide the others: a bucket
	 * with passages of several types gets one mark of its own colour ("several types"), and the
	 * hover of every mark says what it stands for.
	 */
	private void recomputeMarks() {
		marksScheduled = false;
		AnnotationIndex index = session.displayIndex();
		if (index == null || hooks.isEmpty()) {
			return;
		}
		IDocument document = session.document();
		int height = 0;
		for (Hook hook : hooks.values()) {
			StyledText text = hook.viewer.getTextWidget();
			if (text != null && !text.isDisposed()) {
				height = Math.max(height, text.getClientArea().height);
			}
		}
		int buckets = Math.max(16, height / MARK_ROWS);
		int lines = Math.max(1, document.getNumberOfLines());
		int linesPerBucket = Math.max(1, (lines + buckets - 1) / buckets);
		Map<Integer, Mark> wanted = new LinkedHashMap<>();
		for (int i = 0; i < index.size(); i++) {
			dev.gloss.model.Annotation a = index.get(i);
			int begin = index.begin(i);
			int end = index.end(i);
			if (a.isOrphaned() || end <= begin) {
				continue;
			}
			int line;
			try {
				line = document.getLineOfOffset(begin);
			} catch (BadLocationException e) {
				continue;
			}
			wanted.computeIfAbsent(line / linesPerBucket, bucket -> new Mark(begin, end - begin, line))
					.add(AnnotationType.of(a), line);
		}
		List<Annotation> removed = new ArrayList<>(marks.values());
		marks.clear();
		Map<Annotation, Position> added = new HashMap<>();
		wanted.forEach((bucket, mark) -> {
			Annotation annotation = new Annotation(mark.editorType(), false, mark.text());
			marks.put((long) bucket, annotation);
			added.put(annotation, new Position(mark.offset, mark.length));
		});
		model.replaceAnnotations(removed.toArray(Annotation[]::new), added);
	}

	/** What one overview mark stands for: how many passages of each type, on which lines. */
	private static final class Mark {
		final int offset;
		final int length;
		final int firstLine;
		int lastLine;
		final int[] perType = new int[AnnotationType.values().length];

		Mark(int offset, int length, int line) {
			this.offset = offset;
			this.length = length;
			this.firstLine = line;
			this.lastLine = line;
		}

		void add(AnnotationType type, int line) {
			perType[type.ordinal()]++;
			lastLine = Math.max(lastLine, line);
		}

		private AnnotationType onlyType() {
			AnnotationType only = null;
			for (AnnotationType type : AnnotationType.values()) {
				if (perType[type.ordinal()] > 0) {
					if (only != null) {
						return null;
					}
					only = type;
				}
			}
			return only;
		}

		String editorType() {
			AnnotationType only = onlyType();
			return only == null ? GlossAnnotationTypes.MIXED_OVERVIEW : GlossAnnotationTypes.overview(only);
		}

		/** "Claim (line 3)", "2 × Location (line 3)", "Claim, 2 × Count (lines 3–5)". */
		String text() {
			StringBuilder what = new StringBuilder();
			for (AnnotationType type : AnnotationType.values()) {
				int n = perType[type.ordinal()];
				if (n > 0) {
					if (what.length() > 0) {
						what.append(", "); //$NON-NLS-1$
					}
					what.append(n == 1 ? type.label() : NLS.bind(Messages.Mark_several, n, type.label()));
				}
			}
			String where = firstLine == lastLine ? NLS.bind(Messages.Mark_line, firstLine + 1)
					: NLS.bind(Messages.Mark_lines, firstLine + 1, lastLine + 1);
			return NLS.bind(Messages.Mark_text, what, where);
		}
	}

	private void clear() {
		if (!shown.isEmpty() || !marks.isEmpty()) {
			List<Annotation> removed = new ArrayList<>(shown.values());
			removed.addAll(marks.values());
			shown.clear();
			marks.clear();
			model.replaceAnnotations(removed.toArray(Annotation[]::new), Map.of());
		}
	}

	/** How many annotations the editor's model holds now (passages, marks): for the benchmark. */
	public int[] counts() {
		return new int[] { shown.size(), marks.size() };
	}
}
