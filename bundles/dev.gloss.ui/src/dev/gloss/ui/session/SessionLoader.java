/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.ui.session.Preloader.Loaded;

/**
 * Loads a session's annotations: placeholder passages from a quick scan first, then the model, in
 * the background; edits made meanwhile are replayed on what arrives. Refuses to load against a
 * text the editor could not read ({@link ArticleReadiness}) and holds back a re-anchoring that
 * would orphan most annotations ({@link ReanchorGate}). UI thread.
 */
final class SessionLoader {

	private final GlossSession session;
	private final List<int[]> deferredEdits = new ArrayList<>();
	private int generation;

	SessionLoader(GlossSession session) {
		this.session = session;
	}

	void load() {
		int loadGeneration = ++generation;
		// the text read below already holds every edit made before now
		deferredEdits.clear();
		IFile article = session.article();
		IDocument document = session.document();
		String unread = ArticleReadiness.whyNotRead(article, document);
		if (unread != null) {
			session.hold(NLS.bind(Messages.Held_textNotRead, article.getName(), unread));
			return;
		}
		Path annotationPath = session.annotationPath();
		String text = document.get();
		Display display = Display.getCurrent();
		if (!Files.isRegularFile(annotationPath)) {
			// nothing to read: ready at once, so that the first annotation can be made right away
			AnnotatedDocument fresh = GlossSession.STORE.newDocument(annotationPath, article.getName(),
					charsetOf(article), TextHash.of(text));
			session.install(new Loaded(fresh, new AnnotationIndex(), null, 0, DiskContent.ABSENT),
					List.of());
			return;
		}
		CompletableFuture<Loaded> reading = Preloader.take(document);
		CompletableFuture<AnnotationIndex> scanning = Preloader.takeScan(document);
		if (reading == null) {
			scanning = Preloader.scan(annotationPath);
			reading = Preloader.read(annotationPath, text);
		}
		scanning.thenAccept(scanned -> display.asyncExec(() -> {
			if (scanned != null && loadGeneration == generation && session.state() == GlossSession.State.LOADING) {
				for (int[] edit : deferredEdits) {
					scanned.applyEdit(edit[0], edit[1], edit[2]);
				}
				session.showProvisional(scanned);
			}
		}));
		reading.whenComplete((loaded, failure) -> display.asyncExec(() -> {
			if (loadGeneration != generation) {
				return;
			}
			if (failure != null) {
				session.failed(failure instanceof Exception e ? e : new RuntimeException(failure));
			} else if (loaded.reanchored() != null && ReanchorGate.mustAsk(loaded.orphanedBefore(),
					loaded.model().getAnnotations().size(), loaded.reanchored())) {
				int total = loaded.model().getAnnotations().size() - loaded.orphanedBefore();
				int orphaned = loaded.reanchored().orphaned() - loaded.orphanedBefore();
				session.hold(NLS.bind(Messages.Held_mostOrphaned, new Object[] { article.getName(), orphaned, total }));
			} else {
				List<int[]> edits = List.copyOf(deferredEdits);
				deferredEdits.clear();
				session.install(loaded, edits);
			}
		}));
	}

	/** An edit of the text while nothing is loaded yet: replayed on what arrives. */
	void deferEdit(int offset, int removed, int inserted) {
		deferredEdits.add(new int[] { offset, removed, inserted });
	}

	/** Whatever is still being read is dropped. */
	void cancel() {
		generation++;
		deferredEdits.clear();
	}

	static String charsetOf(IFile file) {
		try {
			return file.getCharset();
		} catch (CoreException e) {
			return "UTF-8"; //$NON-NLS-1$
		}
	}
}
