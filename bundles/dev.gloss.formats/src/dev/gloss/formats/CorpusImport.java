/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.Recovery;
import dev.gloss.core.store.WriteBatch;
import dev.gloss.core.store.WriteLock;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.ArticleText;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;

/**
 * Imports annotations into a corpus folder, as the command line and the workbench do it. Three
 * steps: read the sources (nothing written), merge into the corpus in memory and check (nothing
 * written), then stage every article and annotation file and put them all in place at once
 * ({@link WriteBatch}). Any error, in any step (a full disk, a read-only file), leaves every file
 * of the corpus as it was; a crash is completed or undone by the next run ({@link Recovery}). The
 * whole import holds the corpus's {@link WriteLock}s, so concurrent imports and the workbench take
 * turns instead of overwriting each other's annotations.
 *
 * <p>An imported annotation whose id is already in the article's annotation file replaces it
 * (claims that linked to the old one link to the new one), so importing the same file twice
 * changes nothing. Memory holds the imported annotations until they are written.
 */
public final class CorpusImport {

	private final ImportFormat format;
	private final ImportOptions options;
	private final GlossStore store = new GlossStore();
	private ProgressMonitor monitor = ProgressMonitor.NONE;

	public CorpusImport(ImportFormat format, ImportOptions options) {
		this.format = format;
		this.options = options;
	}

	public CorpusImport monitor(ProgressMonitor progress) {
		this.monitor = progress;
		return this;
	}

	private record Merged(Path article, String text, boolean writeArticle, boolean bom, AnnotatedDocument model,
			Path file) {
	}

	public ImportResult run(List<Path> sources, Path corpusFolder) throws IOException {
		Path corpus = corpusFolder.toAbsolutePath().normalize();
		if (Files.exists(corpus) && !Files.isDirectory(corpus)) {
			throw new IOException(corpus + " is not a folder");
		}
		if (Files.isDirectory(corpus)) {
			Recovery.recover(corpus); // finish or undo what a crashed run left
		}
		ImportPlan plan = new ImportPlan();
		format.read(sources, corpus, options, plan);
		// one writer at a time: reading the corpus, merging and writing happen under the lock, so a
		// concurrent import (or the workbench) cannot slip a write in between and have it overwritten
		List<Path> targets = new ArrayList<>();
		targets.add(corpus.resolve(WriteLock.LOCK_FILE));
		for (ImportPlan.Document document : plan.documents()) {
			Path article = corpus.resolve(document.path()).normalize();
			if (article.startsWith(corpus)) {
				targets.add(article);
			}
		}
		boolean existed = Files.isDirectory(corpus);
		ImportResult result = null;
		try (WriteLock lock = WriteLock.acquire(targets, WriteLock.DEFAULT_TIMEOUT)) {
			result = mergeAndWrite(plan, corpus);
			return result;
		} finally {
			if (!existed && (result == null || !result.written())) {
				removeLockFolders(corpus); // a failed import into a new folder leaves no trace
			}
		}
	}

	/** Removes a folder tree that holds nothing but lock files (made by this run). */
	private static void removeLockFolders(Path folder) {
		try (var walk = Files.walk(folder)) {
			List<Path> paths = walk.sorted(java.util.Comparator.reverseOrder()).toList();
			for (Path path : paths) {
				if (Files.isDirectory(path) || path.getFileName().toString().equals(WriteLock.LOCK_FILE)) {
					continue;
				}
				return; // something else is there: leave it all
			}
			for (Path path : paths) {
				Files.deleteIfExists(path);
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			// best effort: an empty folder is harmless
		}
	}

	private ImportResult mergeAndWrite(ImportPlan plan, Path corpus) throws IOException {
		List<Problem> problems = new ArrayList<>(plan.problems());
		List<Merged> merged = new ArrayList<>();
		int added = 0;
		int replaced = 0;
		monitor.begin(plan.documents().size() * 2);
		int done = 0;
		for (ImportPlan.Document document : plan.documents()) {
			if (monitor.isCanceled()) {
				throw new Cancelled();
			}
			int[] counts = new int[2];
			Merged result = merge(corpus, document, problems, counts);
			if (result != null) {
				merged.add(result);
				added += counts[0];
				replaced += counts[1];
			}
			monitor.worked(++done, document.path());
		}
		if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
			return new ImportResult(false, 0, 0, 0, 0, List.copyOf(problems));
		}
		int articles = 0;
		// whole run or nothing: every file is staged first, then all are put in place at once
		try (WriteBatch batch = WriteBatch.begin(corpus)) {
			for (Merged result : merged) {
				if (monitor.isCanceled()) {
					throw new Cancelled();
				}
				if (result.writeArticle()) {
					byte[] bytes = ((result.bom() ? "\uFEFF" : "") + result.text()).getBytes(StandardCharsets.UTF_8);
					batch.write(result.article(), out -> out.write(bytes));
					articles++;
				}
				batch.write(result.file(), out -> store.write(result.model(), out));
				monitor.worked(++done, result.article().toString());
			}
			if (monitor.isCanceled()) {
				throw new Cancelled();
			}
			batch.commit();
		}
		return new ImportResult(true, merged.size(), articles, added, replaced, List.copyOf(problems));
	}

	private Merged merge(Path corpus, ImportPlan.Document document, List<Problem> problems, int[] counts)
			throws IOException {
		Path article = corpus.resolve(document.path()).normalize();
		if (!article.startsWith(corpus)) {
			problems.add(Problem.error(document.origin(), 0, 0, "the path " + document.path()
					+ " leads outside the corpus folder"));
			return null;
		}
		String text = document.text();
		boolean writeArticle = false;
		Path file = GlossStore.annotationFileOf(article);
		AnnotatedDocument model = null;
		if (Files.isRegularFile(file)) {
			try {
				model = store.load(file);
			} catch (GlossFormatException e) {
				problems.add(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
				return null;
			}
		}
		if (Files.isRegularFile(article)) {
			String existing = readArticle(article).text();
			if (!existing.equals(text)) {
				problems.add(Problem.error(document.origin(), 0, 0, "the corpus already has " + document.path()
						+ " with a different text: import into another folder, or replace the article first"));
				return null;
			}
		} else if (document.newArticle()) {
			writeArticle = true;
		} else {
			problems.add(Problem.error(document.origin(), 0, 0, "no article " + document.path() + " in " + corpus));
			return null;
		}
		String hash = TextHash.of(text);
		if (model == null) {
			model = store.newDocument(file, article.getFileName().toString(), StandardCharsets.UTF_8.name(), hash);
		} else if (!hash.equals(model.getTextHash())) {
			problems.add(Problem.error(file, 0, 0, "the article changed since these annotations were made: "
					+ "re-anchor them in Gloss before importing more"));
			return null;
		}
		Map<String, Annotation> byId = new HashMap<>();
		for (Annotation annotation : model.getAnnotations()) {
			byId.put(annotation.getId(), annotation);
		}
		List<Annotation> incoming = new ArrayList<>();
		for (Annotation annotation : document.annotations()) {
			try {
				Anchors.anchor(annotation, text, annotation.getBegin(), annotation.getEnd());
				incoming.add(annotation);
			} catch (IllegalArgumentException e) {
				problems.add(Problem.error(document.origin(), 0, 0,
						"annotation " + annotation.getId() + ": " + e.getMessage()));
			}
		}
		for (Annotation annotation : incoming) {
			Annotation old = byId.get(annotation.getId());
			if (old != null) {
				relink(model, old, annotation);
				model.getAnnotations().remove(old);
				counts[1]++;
			} else {
				counts[0]++;
			}
			model.getAnnotations().add(annotation);
		}
		DocumentOrder.sort(model.getAnnotations());
		return new Merged(article, text, writeArticle, document.bom(), model, file);
	}

	/** Claims that linked to the replaced annotation link to its replacement. */
	@SuppressWarnings("unchecked")
	private static void relink(AnnotatedDocument model, Annotation old, Annotation replacement) {
		for (Annotation other : model.getAnnotations()) {
			if (other instanceof Claim claim) {
				for (List<? extends Annotation> links : List.of(claim.getSources(), claim.getLocations(),
						claim.getCounts())) {
					int index = links.indexOf(old);
					if (index >= 0 && old.eClass() == replacement.eClass()) {
						((List<Annotation>) links).set(index, replacement);
					}
				}
			}
		}
	}

	/** Reads an article of the corpus with the charset its annotation file records. */
	public static ArticleText readArticle(Path article) throws IOException {
		Path file = GlossStore.annotationFileOf(article);
		String charset = null;
		if (Files.isRegularFile(file)) {
			charset = new GlossStore().load(file).getCharset();
		}
		return ArticleText.read(article, charset);
	}
}
