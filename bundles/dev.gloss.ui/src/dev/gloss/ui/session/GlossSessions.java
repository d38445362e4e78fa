/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.store.GlossStore;
import dev.gloss.ui.highlight.SessionHighlighter;

/**
 * The open articles: one {@link GlossSession} per article open in text editors, created when an
 * editor opens an article that has an annotation file, or when the first annotation is made in
 * one that has none. UI thread only.
 */
public final class GlossSessions {

	private static final GlossSessions INSTANCE = new GlossSessions();

	private final Map<IDocument, Entry> entries = new HashMap<>();
	private final Map<ITextEditor, IDocument> editors = new HashMap<>();
	private final List<Consumer<GlossSession>> openListeners = new CopyOnWriteArrayList<>();
	private final IFileBufferListener bufferListener = new BufferListener();
	private boolean listening;

	private static final class Entry {
		final GlossSession session;
		final SessionHighlighter highlighter;

		Entry(GlossSession session) {
			this.session = session;
			this.highlighter = new SessionHighlighter(session);
		}
	}

	private GlossSessions() {
	}

	public static GlossSessions get() {
		return INSTANCE;
	}

	/** Hears each session as it opens (the Annotations view follows the active article). */
	public void addOpenListener(Consumer<GlossSession> listener) {
		openListeners.add(listener);
	}

	public void removeOpenListener(Consumer<GlossSession> listener) {
		openListeners.remove(listener);
	}

	/** An editor opened: start showing its article's annotations, if it has any. */
	public void editorOpened(ITextEditor editor) {
		IFile file = fileOf(editor);
		IDocument document = documentOf(editor);
		if (file == null || document == null || isAnnotationFile(file)) {
			return;
		}
		editors.put(editor, document);
		Entry entry = entries.get(document);
		if (entry == null && file.getLocation() != null
				&& Files.isRegularFile(GlossStore.annotationFileOf(file.getLocation().toPath()))) {
			entry = open(file, document);
		}
		if (entry != null) {
			attach(entry, editor);
		}
	}

	public void editorClosed(ITextEditor editor) {
		IDocument document = editors.remove(editor);
		Entry entry = document == null ? null : entries.get(document);
		if (entry == null) {
			return;
		}
		entry.highlighter.detach(editor);
		if (!editors.containsValue(document)) {
			entries.remove(document);
			entry.highlighter.dispose();
			entry.session.dispose();
		}
	}

	/** The session of the editor's article; created (with an empty model) when {@code create}. */
	public GlossSession sessionOf(ITextEditor editor, boolean create) {
		IDocument document = editors.get(editor);
		if (document == null) {
			editorOpened(editor);
			document = editors.get(editor);
			if (document == null) {
				return null;
			}
		}
		Entry entry = entries.get(document);
		if (entry == null && create) {
			IFile file = fileOf(editor);
			if (file == null || file.getLocation() == null) {
				return null;
			}
			entry = open(file, document);
			for (Map.Entry<ITextEditor, IDocument> e : editors.entrySet()) {
				if (e.getValue() == document) {
					attach(entry, e.getKey());
				}
			}
		}
		return entry == null ? null : entry.session;
	}

	public SessionHighlighter highlighterOf(GlossSession session) {
		Entry entry = entries.get(session.document());
		return entry == null ? null : entry.highlighter;
	}

	public List<GlossSession> sessions() {
		List<GlossSession> all = new ArrayList<>();
		entries.values().forEach(e -> all.add(e.session));
		return all;
	}

	/**
	 * Starts following file buffers (saves, reverts; early reading of annotation files) and the
	 * annotation files in the workspace (changed by git, say).
	 */
	public void listen() {
		if (!listening) {
			FileBuffers.getTextFileBufferManager().addFileBufferListener(bufferListener);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(this::resourcesChanged,
					IResourceChangeEvent.POST_CHANGE);
			listening = true;
		}
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<IPath> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && isAnnotationFile(file)
						&& (delta.getKind() == IResourceDelta.ADDED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed.add(file.getFullPath());
				}
				return true;
			});
		} catch (org.eclipse.core.runtime.CoreException e) {
			return;
		}
		if (changed.isEmpty()) {
			return;
		}
		org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> {
			for (Entry entry : new ArrayList<>(entries.values())) {
				if (changed.contains(entry.session.annotationFile().getFullPath())) {
					entry.session.annotationFileChanged();
				}
			}
		});
	}

	private Entry open(IFile file, IDocument document) {
		listen();
		Entry entry = new Entry(new GlossSession(file, document));
		entries.put(document, entry);
		entry.session.load();
		openListeners.forEach(listener -> listener.accept(entry.session));
		return entry;
	}

	private static void attach(Entry entry, ITextEditor editor) {
		ITextViewer viewer = viewerOf(editor);
		if (viewer != null) {
			entry.highlighter.attach(editor, viewer);
		}
	}

	public static ITextViewer viewerOf(ITextEditor editor) {
		Object target = editor.getAdapter(ITextOperationTarget.class);
		return target instanceof ITextViewer viewer ? viewer : null;
	}

	public static IFile fileOf(ITextEditor editor) {
		IEditorInput input = editor.getEditorInput();
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : input == null ? null
				: input.getAdapter(IFile.class);
	}

	public static IDocument documentOf(ITextEditor editor) {
		IDocumentProvider provider = editor.getDocumentProvider();
		return provider == null ? null : provider.getDocument(editor.getEditorInput());
	}

	private static boolean isAnnotationFile(IFile file) {
		return GlossStore.FILE_EXTENSION.equals(file.getFileExtension());
	}

	private Entry entryOf(IFileBuffer buffer) {
		return buffer instanceof ITextFileBuffer text ? entries.get(text.getDocument()) : null;
	}

	/** Saves and reverts of the article decide when annotations written "with the article" go out. */
	private final class BufferListener implements IFileBufferListener {

		@Override
		public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
			Entry entry = entryOf(buffer);
			if (entry != null && !isDirty) {
				entry.session.articleSaved();
			}
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
			Entry entry = entryOf(buffer);
			if (entry != null) {
				entry.session.contentAboutToBeReplaced();
			}
		}

		@Override
		public void bufferContentReplaced(IFileBuffer buffer) {
			Entry entry = entryOf(buffer);
			if (entry != null) {
				entry.session.contentReplaced();
			}
		}

		@Override
		public void bufferCreated(IFileBuffer buffer) {
			if (buffer instanceof ITextFileBuffer text && buffer.getLocation() != null) {
				java.io.File file = FileBuffers.getSystemFileAtLocation(buffer.getLocation());
				if (file != null) {
					Preloader.start(text.getDocument(), GlossStore.annotationFileOf(file.toPath()));
				}
			}
		}

		@Override
		public void bufferDisposed(IFileBuffer buffer) {
			if (buffer instanceof ITextFileBuffer text) {
				Preloader.forget(text.getDocument());
			}
		}

		@Override
		public void stateChanging(IFileBuffer buffer) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer buffer) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer buffer) {
		}
	}
}
