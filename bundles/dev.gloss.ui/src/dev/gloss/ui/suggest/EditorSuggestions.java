// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.suggest.Suggester;
import dev.gloss.suggest.Suggestion;
import dev.gloss.ui.session.GlossJobs;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;
import dev.gloss.ui.session.SessionListener;

/**
 * The suggestions of one editor's article: computed by a background job a moment after the last
 * change (typing never waits for it), shown in an annotation model of their own attached to the
 * editor's, and thrown away when the editor closes. A suggestion's position follows the text as
 * the analyst types; the job then replaces them all at once.
 */
public final class EditorSuggestions {

	/** How long after the last keystroke or annotation change the suggestions are computed again. */
	static final long DELAY_MS = 600;

	/**
	 * Articles longer than this (in characters) get no suggestions in the editor: the editor's
	 * painter walks every annotation of its model on each keystroke, and thousands of suggestions
	 * would slow typing; {@code gloss suggest} handles such articles on the command line.
	 */
	static final int MAX_LENGTH = 400_000;

	private static final String MODEL_KEY = "dev.gloss.ui.suggest"; //$NON-NLS-1$
	private static final java.util.Set<String> ARTICLE_EXTENSIONS = java.util.Set.of("txt", "text", "md", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"markdown"); //$NON-NLS-1$
	private static final Map<ITextEditor, EditorSuggestions> EDITORS = new ConcurrentHashMap<>();

	static {
		// an article gets its session with its first annotation: listen to it from then on
		GlossSessions.get().addOpenListener(session -> {
			for (EditorSuggestions suggestions : EDITORS.values()) {
				if (suggestions.document == session.document()) {
					suggestions.listenToSession();
				}
			}
		});
	}

	private final ITextEditor editor;
	private final IFile file;
	private final IDocument document;
	private final AnnotationModel model = new AnnotationModel();
	private final SuggestJob job;
	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};
	private final HandMarks counts;
	private final SessionListener annotations = (session, change) -> {
		if (change == SessionListener.Change.LOADED && session.model() != null
				&& !session.model().eAdapters().contains(counts())) {
			// a (re)load brings a new model: read the counts marked in it
			session.model().eAdapters().add(counts());
		}
		if (change == SessionListener.Change.ANNOTATIONS || change == SessionListener.Change.LOADED) {
			schedule();
		}
	};
	private GlossSession listened;
	private volatile boolean disposed;
	/** Bumped by every refresh, so that a finished job whose text is stale does not show its result. */
	private volatile long generation;

	private EditorSuggestions(ITextEditor editor, IFile file, IDocument document) {
		this.editor = editor;
		this.file = file;
		this.document = document;
		this.job = new SuggestJob();
		this.counts = new HandMarks(editor);
	}

	private HandMarks counts() {
		return counts;
	}



	/** Starts suggesting in an editor of a workspace article; nothing for other editors. */
	static void attach(ITextEditor editor) {
		if (EDITORS.containsKey(editor)) {
			return;
		}
		IFile file = GlossSessions.fileOf(editor);
		IDocument document = GlossSessions.documentOf(editor);
		if (file == null || document == null || file.getLocation() == null || file.getProject() == null
				|| !isArticle(file)) {
			return;
		}
		IAnnotationModel editorModel = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (!(editorModel instanceof IAnnotationModelExtension extension)) {
			return;
		}
		EditorSuggestions suggestions = new EditorSuggestions(editor, file, document);
		extension.addAnnotationModel(MODEL_KEY, suggestions.model);
		document.addDocumentListener(suggestions.typing);
		EDITORS.put(editor, suggestions);
		GlossJobs.watchShutdown();
		suggestions.listenToSession();
		suggestions.schedule();
	}

	/** The corpus memory of a project grew or changed: its editors suggest again with it. */
	static void memoryChanged(org.eclipse.core.resources.IProject project) {
		Display display = Display.getDefault();
		if (display.isDisposed()) {
			return;
		}
		// on the UI thread, as typing does: one thread bumps the generation
		display.asyncExec(() -> {
			for (EditorSuggestions suggestions : EDITORS.values()) {
				if (project.equals(suggestions.file.getProject())) {
					suggestions.schedule();
				}
			}
		});
	}

	/** Articles: the text files a corpus takes (.txt, .text, .md), or any file with annotations; never code. */
	public static boolean isArticle(IFile file) {
		String extension = file.getFileExtension() == null ? "" : file.getFileExtension().toLowerCase(java.util.Locale.ROOT);
		return ARTICLE_EXTENSIONS.contains(extension) || java.nio.file.Files.isRegularFile(
				dev.gloss.core.store.GlossStore.annotationFileOf(file.getLocation().toPath()));
	}

	static void detach(ITextEditor editor) {
		EditorSuggestions suggestions = EDITORS.remove(editor);
		if (suggestions == null) {
			return;
		}
		suggestions.disposed = true;
		suggestions.job.cancel();
		suggestions.document.removeDocumentListener(suggestions.typing);
		if (suggestions.listened != null) {
			suggestions.listened.removeListener(suggestions.annotations);
			if (suggestions.listened.model() != null) {
				suggestions.listened.model().eAdapters().remove(suggestions.counts);
			}
		}
		IAnnotationModel editorModel = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		if (editorModel instanceof IAnnotationModelExtension extension) {
			extension.removeAnnotationModel(MODEL_KEY);
		}
	}

	/** The suggestions of an editor, attaching it first if needed; null for editors Gloss does not follow. */
	public static EditorSuggestions of(ITextEditor editor) {
		EditorSuggestions suggestions = EDITORS.get(editor);
		if (suggestions == null) {
			attach(editor);
			suggestions = EDITORS.get(editor);
		}
		return suggestions;
	}

	public ITextEditor editor() {
		return editor;
	}

	IFile file() {
		return file;
	}

	/** Computes the suggestions again after {@link #DELAY_MS}; a call before then postpones it. */
	public void schedule() {
		if (disposed) {
			return;
		}
		generation++;
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Whether no computation is waiting or running (tests poll this). */
	public boolean isIdle() {
		return job.getState() == Job.NONE;
	}

	/** The suggestions shown now, in document order, with their current positions. */
	public List<SuggestionAnnotation> all() {
		List<SuggestionAnnotation> all = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof SuggestionAnnotation s && !s.isMarkedDeleted()) {
				all.add(s);
			}
		}
		all.sort(Comparator.comparingInt((SuggestionAnnotation s) -> model.getPosition(s).getOffset())
				.thenComparingInt(s -> model.getPosition(s).getLength()));
		return all;
	}

	public Position position(SuggestionAnnotation suggestion) {
		return model.getPosition(suggestion);
	}

	/** The innermost suggestion that covers the offset (or ends at it), or null. */
	public SuggestionAnnotation at(int offset) {
		SuggestionAnnotation best = null;
		for (SuggestionAnnotation s : all()) {
			Position p = model.getPosition(s);
			if (p.getOffset() <= offset && offset <= p.getOffset() + p.getLength()
					&& (best == null || p.getLength() < model.getPosition(best).getLength())) {
				best = s;
			}
		}
		return best;
	}

	/** The suggestion shown for a suggested annotation (a claim's linked source, say), or null. */
	SuggestionAnnotation shown(Suggestion suggestion) {
		for (SuggestionAnnotation s : all()) {
			if (s.suggestion() == suggestion) {
				return s;
			}
		}
		return null;
	}

	/** Takes suggestions off the editor (accepted or rejected); the next computation confirms it. */
	void remove(List<SuggestionAnnotation> gone) {
		model.replaceAnnotations(gone.toArray(Annotation[]::new), Map.of());
	}

	/** Listens to the article's session, once it has one, so that annotation changes refresh. */
	private void listenToSession() {
		GlossSession session = GlossSessions.get().sessionOf(editor, false);
		if (session != listened) {
			if (listened != null) {
				listened.removeListener(annotations);
				if (listened.model() != null) {
					listened.model().eAdapters().remove(counts);
				}
			}
			listened = session;
			if (session != null) {
				session.addListener(annotations);
				if (session.model() != null && !session.model().eAdapters().contains(counts)) {
					session.model().eAdapters().add(counts);
				}
			}
		}
	}

	/** The computation: reads the text and annotations on the UI thread, suggests in the background. */
	private final class SuggestJob extends Job {

		SuggestJob() {
			super(NLS.bind(Messages.Job_name, file.getName()));
			setSystem(true);
			setPriority(Job.DECORATE);
		}

		@Override
		public boolean belongsTo(Object family) {
			return GlossJobs.is(family);
		}

		@Override
		public boolean shouldSchedule() {
			return GlossJobs.mayRun();
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			long started = generation;
			Input input = readInput();
			if (input == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			List<Suggestion> suggestions;
			try {
				CorpusContexts.Context context = CorpusContexts.of(file.getProject());
				Suggester suggester = new Suggester(EditorRecommenders.all(), context.rejections());
				synchronized (context.memory()) {
					suggestions = suggester.suggest(input.text, input.annotations, context.memory());
				}
			} catch (Exception e) {
				Log.error(e);
				return Status.CANCEL_STATUS;
			}
			if (monitor.isCanceled() || started != generation) {
				return Status.CANCEL_STATUS;
			}
			Display display = Display.getDefault();
			display.asyncExec(() -> show(suggestions, input.stamp, started));
			return Status.OK_STATUS;
		}
	}

	private record Input(String text, List<dev.gloss.model.Annotation> annotations, long stamp) {
	}

	/** Text, annotations and the document's stamp, read together on the UI thread. */
	private Input readInput() {
		Input[] input = new Input[1];
		Display display = Display.getDefault();
		display.syncExec(() -> {
			if (disposed) {
				return;
			}
			listenToSession();
			GlossSession session = listened;
			List<dev.gloss.model.Annotation> annotations = List.of();
			if (session != null) {
				if (!session.isReady()) {
					return;
				}
				session.syncOffsets();
				AnnotatedDocument model = session.model();
				annotations = List.copyOf(model.getAnnotations());
			}
			if (document.getLength() > MAX_LENGTH) {
				return;
			}
			input[0] = new Input(document.get(), annotations, stamp());
		});
		return input[0];
	}

	private long stamp() {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : generation;
	}

	private void show(List<Suggestion> suggestions, long stamp, long started) {
		if (disposed || stamp != stamp() || started != generation) {
			// the analyst typed meanwhile: the next run will show current suggestions
			return;
		}
		// a refresh that proposes what is shown already changes nothing in the editor's model: the
		// painter redraws only what came and went (replacing every box made them all blink)
		Map<SpanKey, ArrayDeque<SuggestionAnnotation>> showing = new HashMap<>();
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof SuggestionAnnotation shown && position != null && !position.isDeleted()
					&& !shown.isMarkedDeleted()) {
				showing.computeIfAbsent(new SpanKey(shown.suggestion().type(), position.getOffset(), position.getLength()),
						key -> new ArrayDeque<>()).add(shown);
			} else {
				removed.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Suggestion suggestion : suggestions) {
			int length = suggestion.end() - suggestion.begin();
			ArrayDeque<SuggestionAnnotation> same = showing
					.get(new SpanKey(suggestion.type(), suggestion.begin(), length));
			if (same != null && !same.isEmpty()) {
				same.poll().refresh(suggestion);
			} else {
				added.put(new SuggestionAnnotation(suggestion), new Position(suggestion.begin(), length));
			}
		}
		showing.values().forEach(removed::addAll);
		if (!removed.isEmpty() || !added.isEmpty()) {
			model.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		}
	}

	/** A proposal's identity in the editor: its type and its passage. */
	private record SpanKey(AnnotationType type, int offset, int length) {
	}

	/** Whether suggestions of a type are shown (its annotation type's "show in text" preference). */
	static boolean shown(AnnotationType type) {
		return SuggestionPreferences.isShown(type);
	}
}
