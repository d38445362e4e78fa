/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;

import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.core.index.QuickScan;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.anchor.ReanchorReport;

/**
 * Starts reading an article's annotation file the moment the editor's file buffer exists, while
 * the editor is still building its widget: 50,000 annotations take about as long to read as a 5 MB
 * article takes to show, so done one after the other they would double the wait for highlights.
 */
final class Preloader {

	/**
	 * What reading the annotation file gives.
	 *
	 * @param reanchored     what re-anchoring did, when the article had changed since it was annotated; else null
	 * @param orphanedBefore how many annotations the file had flagged orphaned before re-anchoring
	 * @param disk           the bytes read: the ancestor of a later merge, and the stamp a save compares
	 */
	record Loaded(AnnotatedDocument model, AnnotationIndex index, ReanchorReport reanchored, int orphanedBefore,
			DiskContent disk) {
	}

	private static final GlossStore STORE = new GlossStore();
	private static final Map<IDocument, CompletableFuture<Loaded>> PENDING = new WeakHashMap<>();
	private static final Map<IDocument, CompletableFuture<AnnotationIndex>> SCANS = new WeakHashMap<>();

	private Preloader() {
	}

	/** UI thread: starts reading, if the article has an annotation file. */
	static void start(IDocument document, Path annotationFile) {
		if (!Files.isRegularFile(annotationFile) || PENDING.containsKey(document)) {
			return;
		}
		SCANS.put(document, scan(annotationFile));
		PENDING.put(document, read(annotationFile, document.get()));
	}

	/** UI thread: the quick scan started for the document, or null. */
	static CompletableFuture<AnnotationIndex> takeScan(IDocument document) {
		return SCANS.remove(document);
	}

	/** Placeholder passages for the highlights while the full model loads (null when unusable). */
	static CompletableFuture<AnnotationIndex> scan(Path annotationFile) {
		CompletableFuture<AnnotationIndex> result = new CompletableFuture<>();
		Job job = GlossJobs.create("Scanning " + annotationFile.getFileName(), monitor -> {
			try {
				result.complete(QuickScan.scan(annotationFile));
			} catch (Exception e) {
				result.complete(null);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
		return result;
	}

	/** UI thread: the reading started for the document, or null. */
	static CompletableFuture<Loaded> take(IDocument document) {
		return PENDING.remove(document);
	}

	static void forget(IDocument document) {
		PENDING.remove(document);
		SCANS.remove(document);
	}

	/** Reads and indexes an annotation file in a background job. */
	static CompletableFuture<Loaded> read(Path annotationFile, String text) {
		CompletableFuture<Loaded> result = new CompletableFuture<>();
		Job job = GlossJobs.create("Loading " + annotationFile.getFileName(), monitor -> {
			try {
				// a workbench or command killed while writing here left debris (or a half-committed run): settle it first
				DiskWrite.recoverOnce(annotationFile.toAbsolutePath().getParent());
				byte[] bytes = Files.readAllBytes(annotationFile);
				AnnotatedDocument loaded = STORE.load(new java.io.ByteArrayInputStream(bytes), annotationFile);
				int orphanedBefore = (int) loaded.getAnnotations().stream().filter(a -> a.isOrphaned()).count();
				ReanchorReport reanchored = TextHash.of(text).equals(loaded.getTextHash()) ? null
						: OpenReanchoring.reanchor(loaded, GlossStore.articleOf(annotationFile), text);
				AnnotationIndex index = new AnnotationIndex();
				index.rebuild(loaded.getAnnotations());
				result.complete(new Loaded(loaded, index, reanchored, orphanedBefore, DiskContent.of(bytes)));
			} catch (Exception e) {
				result.completeExceptionally(e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
		return result;
	}
}
