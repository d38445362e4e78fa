/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.swt.widgets.Display;

import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.core.text.TextSnapshots;
import dev.gloss.team.anchor.ReanchorReport;
import dev.gloss.ui.internal.Messages;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.GlossPackage;
import dev.gloss.ui.properties.GlossAdapterFactory;

/**
 * The annotations of one article open in one or more text editors: loaded in the background, kept
 * in step with the editor's text, changed through undoable commands, and written to the annotation
 * file beside the article.
 *
 * <p><b>When annotations reach disk.</b> While the article in the editor is saved (not dirty), an
 * annotation change is written at once (within about 100 ms, in the background, atomically): kill
 * the workbench after that and the change is there. While the article has unsaved edits, the
 * offsets refer to text that exists only in the editor, so the annotations are written when the
 * article is saved, together with its new text hash; closing the editor without saving drops both,
 * as the editor's dirty mark says.
 *
 * <p>Confined to the UI thread, except for the saver, which only reads.
 */
public final class GlossSession {

	/** Where an annotation goes back to when a deletion is undone. */
	record Placement(Annotation annotation, int begin, int end, boolean orphaned) {
	}

	/** How far the session is in loading its annotation file. */
	public enum State {
		LOADING, READY, FAILED
	}

	private static final GlossStore STORE = new GlossStore();

	private final IFile article;
	private final IDocument document;
	private final Path annotationPath;
	private final ModelGuard guard = new ModelGuard();
	private final OffsetTracker tracker = new OffsetTracker(this);
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private final List<int[]> deferredEdits = new ArrayList<>();
	private final ObjectUndoContext fallbackContext = new ObjectUndoContext(this);

	private State state = State.LOADING;
	private String problem;
	/** The text hash last kept as a snapshot in this session. */
	private String snapshotHash;
	private AnnotatedDocument model;
	private AnnotationIndex index;
	/** Placeholder passages (type and offsets only) shown while the model loads. */
	private AnnotationIndex provisional;
	private EditingDomain domain;
	private AnnotationSaver saver;
	private boolean unsavedWithArticle;
	private boolean orderBroken;
	private long indexStamp = -1;
	private boolean textEditedSinceSave;
	private int generation;

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
		return article.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(
				article.getName() + "." + GlossStore.FILE_EXTENSION));
	}

	public State state() {
		return state;
	}

	public boolean isReady() {
		return state == State.READY;
	}

	/** Why the annotations could not be loaded, or which of them were orphaned by re-anchoring; else null. */
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
			throw new IllegalStateException(problem != null ? problem : article.getName() + " is still loading");
		}
		domain.getCommandStack().execute(command);
	}

	/** Whether the annotation file on disk holds every change (no save pending or failed). */
	public boolean isSaved() {
		return saver == null || (!saver.isPending() && saver.lastFailure() == null && !unsavedWithArticle);
	}

	/** Annotation changes wait for the article to be saved. */
	public boolean isWaitingForArticleSave() {
		return unsavedWithArticle;
	}

	// ---------------------------------------------------------------- loading

	void load() {
		state = State.LOADING;
		int loadGeneration = ++generation;
		String text = document.get();
		String charset = charsetOf(article);
		String articleName = article.getName();
		Display display = Display.getCurrent();
		if (!Files.isRegularFile(annotationPath)) {
			// nothing to read: ready at once, so that the first annotation can be made right away
			AnnotatedDocument fresh = STORE.newDocument(annotationPath, articleName, charset, TextHash.of(text));
			ready(loadGeneration, fresh, new AnnotationIndex(), null);
			return;
		}
		CompletableFuture<Preloader.Loaded> reading = Preloader.take(document);
		CompletableFuture<AnnotationIndex> scanning = Preloader.takeScan(document);
		if (reading == null) {
			scanning = Preloader.scan(annotationPath);
			reading = Preloader.read(annotationPath, text);
		}
		scanning.thenAccept(scanned -> display.asyncExec(() -> {
			if (scanned != null && loadGeneration == generation && state == State.LOADING) {
				for (int[] edit : deferredEdits) {
					scanned.applyEdit(edit[0], edit[1], edit[2]);
				}
				provisional = scanned;
				fire(SessionListener.Change.LOADED);
			}
		}));
		reading.whenComplete((loaded, failure) -> display.asyncExec(() -> {
			if (failure != null) {
				failed(loadGeneration, failure instanceof Exception e ? e : new RuntimeException(failure));
			} else {
				ready(loadGeneration, loaded.model(), loaded.index(), loaded.reanchored());
			}
		}));
	}

	/** @param reanchored what re-anchoring did while loading (the article had changed), or null */
	private void ready(int loadGeneration, AnnotatedDocument loaded, AnnotationIndex built, ReanchorReport reanchored) {
		if (loadGeneration != generation) {
			return;
		}
		guard.begin();
		try {
			model = loaded;
			index = built;
			provisional = null;
			if (document instanceof org.eclipse.jface.text.IDocumentExtension4 stamped) {
				indexStamp = stamped.getModificationStamp();
			}
			for (int[] edit : deferredEdits) {
				index.applyEdit(edit[0], edit[1], edit[2]);
			}
			if (!deferredEdits.isEmpty()) {
				index.syncObjects();
				DocumentOrder.sort(model.getAnnotations());
				textEditedSinceSave = true;
			}
			deferredEdits.clear();
		} finally {
			guard.end();
		}
		problem = reanchored == null || reanchored.orphaned() == 0 ? null
				: NLS.bind(Messages.Session_reanchoredWithOrphans, new Object[] { article.getName(),
						reanchored.moved(), reanchored.orphaned() });
		model.eAdapters().add(new IndexUpdater());
		domain = new AdapterFactoryEditingDomain(GlossAdapterFactory.get(), new HistoryCommandStack(this),
				model.eResource().getResourceSet());
		// how EMF.Edit's property descriptors find the domain, and so run their changes as commands
		model.eResource().getResourceSet().eAdapters()
				.add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		saver = new AnnotationSaver(STORE, model, guard, annotationPath, annotationFile(),
				() -> Display.getDefault().asyncExec(() -> {
					keepSnapshot();
					fire(SessionListener.Change.SAVED);
				}));
		state = State.READY;
		if (reanchored != null) {
			ILog.of(getClass()).info(article.getFullPath() + " changed since it was annotated: re-anchored "
					+ reanchored.anchored() + " in place, " + reanchored.moved() + " moved, " + reanchored.orphaned()
					+ " orphaned (old text " + (reanchored.oldTextKnown() ? "from " + reanchored.oldTextFrom()
							: "unknown: quote search only") + ")");
			// the file on disk still has the old offsets: write the re-anchored ones, with the article if it is dirty
			if (isBufferDirty()) {
				unsavedWithArticle = true;
			} else {
				saver.request();
			}
		}
		fire(SessionListener.Change.LOADED);
	}

	/**
	 * UI thread, after the annotation file was written: keeps the text its annotations are anchored
	 * on ({@link TextSnapshots}), once per text, so that re-anchoring after an edit outside Eclipse
	 * can diff old and new text even without git. Only while the buffer is the file on disk: its
	 * text is then the one the file's hash names.
	 */
	private void keepSnapshot() {
		String hash = model == null ? null : model.getTextHash();
		if (hash == null || hash.equals(snapshotHash) || isBufferDirty()) {
			return;
		}
		snapshotHash = hash;
		String text = document.get();
		Job job = Job.create("Keeping the text of " + article.getName(), monitor -> {
			TextSnapshots.shared().remember(text);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void failed(int loadGeneration, Exception e) {
		if (loadGeneration != generation) {
			return;
		}
		state = State.FAILED;
		provisional = null;
		problem = e.getMessage();
		ILog.of(getClass()).log(Status.warning("Gloss cannot read the annotations of " + article.getFullPath()
				+ ": " + e.getMessage(), e));
		fire(SessionListener.Change.LOADED);
	}

	/** The buffer is about to be replaced whole (revert, reload from disk). */
	void contentAboutToBeReplaced() {
		tracker.setSuspended(true);
	}

	/** The buffer was replaced whole: the annotation file on disk belongs to it. */
	void contentReplaced() {
		tracker.setSuspended(false);
		unsavedWithArticle = false;
		textEditedSinceSave = false;
		index = null;
		load();
	}

	/**
	 * The annotation file changed on disk, not through this session (a git pull, another tool):
	 * read it again when nothing here is waiting to be written; otherwise keep what is here (it is
	 * written next) and say so.
	 */
	void annotationFileChanged() {
		if (!isReady() || saver == null || saver.isOwnWrite() || !Files.isRegularFile(annotationPath)) {
			return;
		}
		if (saver.isPending() || unsavedWithArticle || isBufferDirty()) {
			ILog.of(getClass()).warn(annotationPath + " changed on disk while annotation changes here are not "
					+ "saved yet: the next save writes this workbench's annotations over it");
			return;
		}
		// operations on the old objects cannot be undone on the new ones
		var history = org.eclipse.core.commands.operations.OperationHistoryFactory.getOperationHistory();
		for (var operation : history.getUndoHistory(undoContext())) {
			if (operation instanceof GlossOperation) {
				history.replaceOperation(operation, new org.eclipse.core.commands.operations.IUndoableOperation[0]);
			}
		}
		for (var operation : history.getRedoHistory(undoContext())) {
			if (operation instanceof GlossOperation) {
				history.replaceOperation(operation, new org.eclipse.core.commands.operations.IUndoableOperation[0]);
			}
		}
		index = null;
		load();
	}

	// ---------------------------------------------------------------- changes

	void deferEdit(int offset, int removed, int inserted) {
		deferredEdits.add(new int[] { offset, removed, inserted });
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
		return index != null && (!(document instanceof org.eclipse.jface.text.IDocumentExtension4 stamped)
				|| stamped.getModificationStamp() == indexStamp);
	}

	void applyEdit(int offset, int removed, int inserted) {
		if (document instanceof org.eclipse.jface.text.IDocumentExtension4 stamped) {
			indexStamp = stamped.getModificationStamp();
		}
		guard.begin();
		try {
			AnnotationIndex.EditEffect effect = index.applyEdit(offset, removed, inserted);
			orderBroken |= effect.orderBroken();
		} finally {
			guard.end();
		}
		textEditedSinceSave = true;
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

	/** Runs one step of a command (execute, undo or redo) and brings index and disk up to date. */
	void change(Runnable step) {
		syncOffsets();
		guard.begin();
		try {
			step.run();
		} finally {
			guard.end();
		}
		fire(SessionListener.Change.ANNOTATIONS);
		saveOrWait();
	}

	/**
	 * Keeps the index in step with the model's list of annotations, one notification per added or
	 * removed annotation: a command at 50,000 annotations must not rebuild anything.
	 */
	private final class IndexUpdater extends AdapterImpl {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() != GlossPackage.Literals.ANNOTATED_DOCUMENT__ANNOTATIONS
					|| notification.isTouch() || index == null) {
				return;
			}
			switch (notification.getEventType()) {
			case Notification.ADD -> index.add((Annotation) notification.getNewValue());
			case Notification.REMOVE -> index.remove((Annotation) notification.getOldValue());
			case Notification.SET -> {
				index.remove((Annotation) notification.getOldValue());
				index.add((Annotation) notification.getNewValue());
			}
			case Notification.ADD_MANY -> ((List<?>) notification.getNewValue())
					.forEach(a -> index.add((Annotation) a));
			case Notification.REMOVE_MANY -> ((List<?>) notification.getOldValue())
					.forEach(a -> index.remove((Annotation) a));
			default -> {
				// MOVE: order in the list means nothing to the index
			}
			}
		}
	}

	private void saveOrWait() {
		if (isBufferDirty()) {
			unsavedWithArticle = true;
		} else {
			saver.request();
		}
	}

	/** The article was saved: re-anchor what its edits touched, record its hash, write the file. */
	void articleSaved() {
		if (!isReady()) {
			return;
		}
		if (!textEditedSinceSave && !unsavedWithArticle && model.getAnnotations().isEmpty()
				&& !Files.exists(annotationPath)) {
			return;
		}
		syncOffsets();
		guard.begin();
		try {
			if (textEditedSinceSave) {
				// quotes and their context follow the saved text; an orphan keeps its last quote
				String text = document.get();
				for (Annotation a : model.getAnnotations()) {
					if (!a.isOrphaned()) {
						reanchor(a, text);
					}
				}
				String hash = TextHash.of(text);
				if (!hash.equals(model.getTextHash())) {
					model.setTextHash(hash);
				}
			}
		} finally {
			guard.end();
		}
		textEditedSinceSave = false;
		unsavedWithArticle = false;
		problem = null;
		if (!model.getAnnotations().isEmpty() || Files.exists(annotationPath)) {
			saver.request();
		}
	}

	/** Sets quote, prefix and suffix from the text, touching only what differs (no idle notifications). */
	private static void reanchor(Annotation a, String text) {
		int begin = a.getBegin();
		int end = a.getEnd();
		if (begin < 0 || end > text.length() || begin > end) {
			a.setOrphaned(true);
			return;
		}
		String quote = a.getQuote();
		String prefix = a.getPrefix();
		String suffix = a.getSuffix();
		Anchors.anchor(a, text, begin, end);
		restoreIfEqual(a, quote, prefix, suffix);
	}

	private static void restoreIfEqual(Annotation a, String quote, String prefix, String suffix) {
		// Anchors sets all three: put back the very same strings where nothing changed
		if (java.util.Objects.equals(quote, a.getQuote())) {
			a.setQuote(quote);
		}
		if (java.util.Objects.equals(prefix, a.getPrefix())) {
			a.setPrefix(prefix);
		}
		if (java.util.Objects.equals(suffix, a.getSuffix())) {
			a.setSuffix(suffix);
		}
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
		}
		return !saver.isPending() && saver.lastFailure() == null;
	}

	public boolean isBufferDirty() {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer != null && buffer.isDirty();
	}

	void dispose() {
		document.removeDocumentListener(tracker);
		generation++;
		listeners.clear();
	}

	void fire(SessionListener.Change change) {
		for (SessionListener listener : listeners) {
			try {
				listener.sessionChanged(this, change);
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("Gloss session listener failed", e);
			}
		}
	}

	private static String charsetOf(IFile file) {
		try {
			return file.getCharset();
		} catch (CoreException e) {
			return "UTF-8";
		}
	}

	@Override
	public String toString() {
		return "GlossSession[" + article.getFullPath() + ", " + state + "]";
	}

}
