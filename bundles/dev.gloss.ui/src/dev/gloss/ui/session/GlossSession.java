/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.team.anchor.ReanchorReport;
import dev.gloss.ui.files.AnnotationFileService;
import dev.gloss.ui.properties.GlossAdapterFactory;

/**
 * The annotations of one article open in one or more text editors: loaded in the background
 * ({@link SessionLoader}), kept in step with the editor's text ({@link OffsetTracker},
 * {@link AnnotationIndex}), changed through undoable commands ({@link HistoryCommandStack}), and
 * written to the annotation file beside the article ({@link SavePolicy}, {@link AnnotationSaver}),
 * merged with changes made to that file on disk ({@link DiskMerge}).
 *
 * <p>Confined to the UI thread, except for the saver, which only reads.
 */
public final class GlossSession {

	/** Where an annotation goes back to when a deletion is undone. */
	record Placement(Annotation annotation, int begin, int end, boolean orphaned) {
	}

	/** How far the session is in loading its annotation file. */
	public enum State {
		/** Reading the annotation file. */
		LOADING,
		READY,
		/** The annotation file cannot be read; {@link #problem()} says why. */
		FAILED,
		/**
		 * The annotation file is left untouched because writing it could destroy work: the editor
		 * could not read the article, or re-anchoring would orphan most annotations.
		 * {@link #problem()} says why; the session loads again when the article or the file changes.
		 */
		HELD
	}

	static final GlossStore STORE = new GlossStore();

	private final IFile article;
	private final IDocument document;
	private final Path annotationPath;
	private final ModelGuard guard = new ModelGuard();
	private final OffsetTracker tracker = new OffsetTracker(this);
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private final ObjectUndoContext fallbackContext = new ObjectUndoContext(this);
	private final SessionLoader loader = new SessionLoader(this);
	private final SavePolicy savePolicy = new SavePolicy(this);
	private final SnapshotKeeper snapshots = new SnapshotKeeper();
	private final DiskBase base = new DiskBase();
	private final DiskChanges diskChanges = new DiskChanges(this);

	private State state = State.LOADING;
	private String problem;
	private AnnotatedDocument model;
	private AnnotationIndex index;
	/** Placeholder passages (type and offsets only) shown while the model loads. */
	private AnnotationIndex provisional;
	private EditingDomain domain;
	private AnnotationSaver saver;
	private boolean orderBroken;
	private long indexStamp = -1;
	/** The buffer turned clean during an edit the index had not taken yet: handled once it has. */
	private boolean savedDuringEdit;

	GlossSession(IFile article, IDocument document) {
		this.article = article;
		this.document = document;
		this.annotationPath = GlossStore.annotationFileOf(article.getLocation().toPath());
		document.addDocumentListener(tracker);
	}

	public IFile article() {
		return article;
	}

	public IDocument document() {
		return document;
	}

	public Path annotationPath() {
		return annotationPath;
	}

	public IFile annotationFile() {
		return AnnotationFileService.annotationFileOf(article);
	}

	public State state() {
		return state;
	}

	public boolean isReady() {
		return state == State.READY;
	}

	/** Why the annotations could not be loaded or are held back, or what a re-anchoring or merge left to check; else null. */
	public String problem() {
		return problem;
	}

	/** The annotations; their offsets brought up to date with the editor's text first. */
	public AnnotatedDocument model() {
		syncOffsets();
		return model;
	}

	/** Writes the offsets the text edits moved into the model objects (they move in the index first). */
	public void syncOffsets() {
		if (index == null || !index.objectsStale()) {
			return;
		}
		guard.begin();
		try {
			index.syncObjects();
			if (orderBroken) {
				DocumentOrder.sort(model.getAnnotations());
				orderBroken = false;
			}
		} finally {
			guard.end();
		}
	}

	public AnnotationIndex index() {
		return index;
	}

	/**
	 * What the highlights show: the index, or while the model still loads, placeholder passages
	 * read quickly from the file (type and offsets only); null when there is nothing yet.
	 */
	public AnnotationIndex displayIndex() {
		return index != null ? index : state == State.LOADING ? provisional : null;
	}

	public EditingDomain domain() {
		return domain;
	}

	public ModelGuard guard() {
		return guard;
	}

	public void addListener(SessionListener listener) {
		listeners.add(listener);
	}

	public void removeListener(SessionListener listener) {
		listeners.remove(listener);
	}

	/** The editor's undo context: annotation changes and text edits share one undo order. */
	public IUndoContext undoContext() {
		IDocumentUndoManager manager = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		return manager != null ? manager.getUndoContext() : fallbackContext;
	}

	/** Runs a change that goes through the editing domain's command stack (undoable). */
	public void execute(org.eclipse.emf.common.command.Command command) {
		if (!isReady()) {
			throw new IllegalStateException(problem != null ? problem : article.getName() + " is still loading"); //$NON-NLS-1$
		}
		domain.getCommandStack().execute(command);
	}

	/** Whether the annotation file on disk holds every change (no save pending or failed). */
	public boolean isSaved() {
		return saver == null
				|| (!saver.isPending() && saver.lastFailure() == null && !savePolicy.isWaitingForArticleSave());
	}

	/** Annotation changes wait for the article to be saved. */
	public boolean isWaitingForArticleSave() {
		return savePolicy.isWaitingForArticleSave();
	}

	// ---------------------------------------------------------------- loading

	void load() {
		state = State.LOADING;
		loader.load();
	}

	void showProvisional(AnnotationIndex scanned) {
		provisional = scanned;
		fire(SessionListener.Change.LOADED);
	}

	/** The loader's result: the annotations, with the edits made while they were read. */
	void install(Preloader.Loaded loaded, List<int[]> editsMeanwhile) {
		guard.begin();
		try {
			model = loaded.model();
			index = loaded.index();
			provisional = null;
			if (document instanceof IDocumentExtension4 stamped) {
				indexStamp = stamped.getModificationStamp();
			}
			for (int[] edit : editsMeanwhile) {
				index.applyEdit(edit[0], edit[1], edit[2]);
			}
			if (!editsMeanwhile.isEmpty()) {
				index.syncObjects();
				DocumentOrder.sort(model.getAnnotations());
				savePolicy.textEdited();
			}
		} finally {
			guard.end();
		}
		ReanchorReport reanchored = loaded.reanchored();
		problem = reanchored == null || reanchored.orphaned() == 0 ? null
				: NLS.bind(dev.gloss.ui.internal.Messages.Session_reanchoredWithOrphans,
						new Object[] { article.getName(), reanchored.moved(), reanchored.orphaned() });
		base.set(loaded.disk());
		model.eAdapters().add(new IndexUpdater(() -> index));
		domain = new AdapterFactoryEditingDomain(GlossAdapterFactory.get(), new HistoryCommandStack(this),
				model.eResource().getResourceSet());
		// how EMF.Edit's property descriptors find the domain, and so run their changes as commands
		model.eResource().getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		saver = new AnnotationSaver(STORE, model, guard, annotationPath, annotationFile(), base,
				() -> Display.getDefault().asyncExec(this::saved),
				() -> Display.getDefault().asyncExec(diskChanges::saveConflicted));
		state = State.READY;
		if (reanchored != null) {
			ILog.of(getClass()).info(article.getFullPath() + " changed since it was annotated: re-anchored " //$NON-NLS-1$
					+ reanchored.anchored() + " in place, " + reanchored.moved() + " moved, " + reanchored.orphaned() //$NON-NLS-1$ //$NON-NLS-2$
					+ " orphaned (old text " + (reanchored.oldTextKnown() ? "from " + reanchored.oldTextFrom() //$NON-NLS-1$ //$NON-NLS-2$
							: "unknown: quote search only") + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			// the file on disk still has the old offsets: write the re-anchored ones, with the article if it is dirty
			savePolicy.changed();
		}
		fire(SessionListener.Change.LOADED);
	}

	/** UI thread, after the annotation file was written. */
	private void saved() {
		if (model != null && !isBufferDirty()) {
			snapshots.keep(model.getTextHash(), document.get(), article.getName());
		}
		fire(SessionListener.Change.SAVED);
	}

	/**
	 * Leaves the annotation file as it is and shows why: nothing is loaded, so nothing can be
	 * written; the session loads again when the article or its annotation file changes.
	 */
	void hold(String why) {
		state = State.HELD;
		provisional = null;
		index = null;
		model = null;
		domain = null;
		if (saver != null) {
			saver.cancel();
			saver = null;
		}
		savePolicy.reset();
		problem = why;
		ILog.of(getClass()).info(why);
		fire(SessionListener.Change.LOADED);
	}

	void failed(Exception e) {
		state = State.FAILED;
		provisional = null;
		problem = e.getMessage();
		ILog.of(getClass()).log(Status.warning("Gloss cannot read the annotations of " + article.getFullPath() //$NON-NLS-1$
				+ ": " + e.getMessage(), e)); //$NON-NLS-1$
		fire(SessionListener.Change.LOADED);
	}

	/** The article changed in the workspace (added by a refresh, say): a held session tries again. */
	void articleChanged() {
		if (state == State.HELD) {
			load();
		}
	}

	/** The buffer is about to be replaced whole (revert, reload from disk). */
	void contentAboutToBeReplaced() {
		tracker.setSuspended(true);
	}

	/** The buffer was replaced whole: the annotation file on disk belongs to it. */
	void contentReplaced() {
		tracker.setSuspended(false);
		savePolicy.reset();
		index = null;
		load();
	}

	// ---------------------------------------------------------------- changes on disk

	/** The annotation file changed on disk, not through this session: read again, or merged ({@link DiskChanges}). */
	void annotationFileChanged() {
		diskChanges.fileChanged();
	}

	/** Reads the annotation file again; changes made here are gone (nothing waits to be written). */
	void reload() {
		index = null;
		load();
	}

	/** Shows a problem the analyst should know about (the Annotations view, the commands). */
	void report(String problem) {
		this.problem = problem;
		fire(SessionListener.Change.ANNOTATIONS);
	}

	DiskBase base() {
		return base;
	}

	SavePolicy savePolicy() {
		return savePolicy;
	}

	// ---------------------------------------------------------------- changes

	void deferEdit(int offset, int removed, int inserted) {
		loader.deferEdit(offset, removed, inserted);
		if (provisional != null) {
			provisional.applyEdit(offset, removed, inserted);
		}
	}

	/**
	 * Whether the index has seen every edit of the document: the editor's own listeners hear an
	 * edit before Gloss's, so during one the caret can move while the index still has the old
	 * offsets.
	 */
	public boolean isIndexCurrent() {
		return index != null && (!(document instanceof IDocumentExtension4 stamped)
				|| stamped.getModificationStamp() == indexStamp);
	}

	void applyEdit(int offset, int removed, int inserted) {
		if (document instanceof IDocumentExtension4 stamped) {
			indexStamp = stamped.getModificationStamp();
		}
		guard.begin();
		try {
			AnnotationIndex.EditEffect effect = index.applyEdit(offset, removed, inserted);
			orderBroken |= effect.orderBroken();
		} finally {
			guard.end();
		}
		savePolicy.textEdited();
		fire(SessionListener.Change.TEXT);
	}

	void restore(List<Placement> placements) {
		if (placements.isEmpty()) {
			return;
		}
		guard.begin();
		try {
			for (Placement p : placements) {
				index.place(p.annotation(), p.begin(), p.end());
				p.annotation().setOrphaned(p.orphaned());
			}
			index.reorder();
			DocumentOrder.sort(model.getAnnotations());
		} finally {
			guard.end();
		}
		fire(SessionListener.Change.TEXT);
	}

	/**
	 * Runs one step of a command (execute, undo or redo) and brings index and disk up to date.
	 *
	 * @param movesSpans whether the step may set offsets on the model objects (then the index is rebuilt from them)
	 */
	void change(Runnable step, boolean movesSpans) {
		syncOffsets();
		guard.begin();
		try {
			step.run();
			if (movesSpans) {
				index.rebuild(model.getAnnotations());
			}
		} finally {
			guard.end();
		}
		fire(SessionListener.Change.ANNOTATIONS);
		savePolicy.changed();
	}

	/**
	 * A change made from outside the editor (a quick fix, a refactoring) on the annotations this
	 * session holds: one undoable step in the editor's history, written like any other change.
	 *
	 * @return whether the edit changed anything
	 */
	boolean changeAnnotations(String label, AnnotationFileService.Edit edit) throws CoreException {
		syncOffsets();
		ExternalChange change = new ExternalChange(label, model, document.get(), edit);
		execute(change);
		change.rethrow();
		return change.changed();
	}

	/** The article was saved: re-anchor what its edits touched, record its hash, write the file. */
	void articleSaved() {
		if (!isReady()) {
			return;
		}
		if (tracker.isEditing() && !isIndexCurrent()) {
			// Ctrl+Z back to the saved text: the buffer is clean before the offsets moved back; quotes
			// refreshed and offsets written now would be those of the typed text, against the old one
			savedDuringEdit = true;
			return;
		}
		syncOffsets();
		savePolicy.articleSaved();
		problem = null;
	}

	/** The tracker has taken the document's last edit (moved, or restored the annotations). */
	void editTaken() {
		if (savedDuringEdit) {
			savedDuringEdit = false;
			articleSaved();
		}
	}

	AnnotationSaver saver() {
		return saver;
	}

	/** Blocks until pending writes are done (for shutdown and tests); true when all reached disk. */
	public boolean flush(long timeoutMillis) throws InterruptedException {
		if (saver == null) {
			return true;
		}
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (saver.isPending() && System.currentTimeMillis() < deadline) {
			if (saver.getState() == Job.SLEEPING) {
				saver.wakeUp();
			}
			saver.join(Math.max(1, deadline - System.currentTimeMillis()), null);
			if (saver.getState() == Job.NONE && saver.isPending() && Display.getCurrent() != null) {
				// a save met someone else's write: the merge runs on this thread, then asks to write again
				if (!Display.getCurrent().readAndDispatch()) {
					Thread.sleep(5);
				}
			}
		}
		return !saver.isPending() && saver.lastFailure() == null;
	}

	public boolean isBufferDirty() {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer != null && buffer.isDirty();
	}

	void dispose() {
		document.removeDocumentListener(tracker);
		loader.cancel();
		listeners.clear();
	}

	void fire(SessionListener.Change change) {
		for (SessionListener listener : listeners) {
			try {
				listener.sessionChanged(this, change);
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("Gloss session listener failed", e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public String toString() {
		return "GlossSession[" + article.getFullPath() + ", " + state + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
