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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.InternalEList;

import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.store.FileStamp;
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
 * Imports annotations into a corpus folder, as the command line and the workbench do it, one
 * document at a time: the format reads a document, it is merged with the corpus's annotation file
 * and checked, and its new annotation file (and article, for formats that bring the text) is
 * staged beside its target at once; then the next. Only when every document is read, merged and
 * staged without an error are they all put in place at once ({@link WriteBatch}). Any error, in
 * any step (a full disk, a read-only file), leaves every file of the corpus as it was; a crash is
 * completed or undone by the next run ({@link Recovery}). Memory holds one document (the one read
 * and merged) plus the list of problems, whatever the size of the import.
 *
 * <p>The import holds the corpus's {@link WriteLock}s from the merge of the first document that
 * needs a folder until the end, so concurrent imports and the workbench take turns instead of
 * overwriting each other's annotations. Folders are locked as documents reach them: a folder after
 * every folder held (in the locks' global order) is waited for; one before them is only taken if
 * free, since waiting for it could deadlock with a run that locks in order. If it is not free,
 * everything staged is thrown away and the import starts again with every folder it has met locked
 * up front, in order (rare: another writer in that folder at that moment).
 *
 * <p>An imported annotation whose id is already in the article's annotation file replaces it
 * (claims that linked to the old one link to the new one), so importing the same file twice
 * changes nothing.
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
			Path file, int added, int replaced) {
	}

	public ImportResult run(List<Path> sources, Path corpusFolder) throws IOException {
		Path corpus = corpusFolder.toAbsolutePath().normalize();
		if (Files.exists(corpus) && !Files.isDirectory(corpus)) {
			throw new IOException(corpus + " is not a folder");
		}
		if (Files.isDirectory(corpus)) {
			Recovery.recover(corpus); // finish or undo what a crashed run left
		}
		boolean existed = Files.isDirectory(corpus);
		ImportResult result = null;
		// folders to lock before reading: the corpus's own, then those a busy folder made known
		Set<Path> known = new TreeSet<>();
		known.add(corpus.resolve(WriteLock.LOCK_FILE));
		monitor.begin(-1);
		try {
			while (true) {
				try (Attempt attempt = new Attempt(corpus, known)) {
					result = attempt.run(sources);
					return result;
				} catch (FolderBusy busy) {
					known.addAll(busy.met);
				}
			}
		} finally {
			if (!existed && (result == null || !result.written())) {
				removeLockFolders(corpus); // a failed import into a new folder leaves no trace
			}
		}
	}

	/** A folder was not free where waiting for it could deadlock: start again with it locked first. */
	private static final class FolderBusy extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient Set<Path> met;

		FolderBusy(Set<Path> met) {
			super(null, null, false, false);
			this.met = met;
		}
	}

	/** One pass over the sources: read, merge and stage each document, then commit or throw away. */
	private final class Attempt implements AutoCloseable {

		private final Path corpus;
		/** Files whose folders are locked, in the locks' order; the locks themselves. */
		private final TreeSet<Path> lockedFolders = new TreeSet<>();
		private final Set<Path> met = new TreeSet<>();
		private final List<WriteLock> locks = new ArrayList<>();
		private final WriteBatch batch;
		/** Annotation files the format loaded to read an article (W3C, CoNLL), so merge need not again. */
		private final Map<Path, GlossStore.Stamped> loaded = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<Path, GlossStore.Stamped> eldest) {
				return size() > 8;
			}
		};
		private final List<Problem> mergeProblems = new ArrayList<>();
		private ImportPlan plan;
		private boolean failed;
		private boolean readError;
		private int problemsChecked;
		private int documents;
		private int articles;
		private int added;
		private int replaced;

		Attempt(Path corpus, Set<Path> known) throws IOException {
			this.corpus = corpus;
			met.addAll(known);
			WriteLock all = WriteLock.acquire(known, WriteLock.DEFAULT_TIMEOUT);
			locks.add(all);
			for (Path file : known) {
				lockedFolders.add(WriteLock.folderOf(file));
			}
			this.batch = WriteBatch.begin(corpus);
		}

		ImportResult run(List<Path> sources) throws IOException {
			plan = new ImportPlan(this::accept, this::readArticle);
			try {
				format.read(sources, corpus, options, plan);
			} catch (ImportPlan.SinkFailure e) {
				throw e.getCause();
			}
			List<Problem> problems = new ArrayList<>(plan.problems());
			problems.addAll(mergeProblems);
			if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
				return new ImportResult(false, 0, 0, 0, 0, List.copyOf(problems));
			}
			if (monitor.isCanceled()) {
				throw new Cancelled();
			}
			batch.commit();
			return new ImportResult(true, documents, articles, added, replaced, List.copyOf(problems));
		}

		private void accept(ImportPlan.Document document) throws IOException {
			if (monitor.isCanceled()) {
				throw new Cancelled();
			}
			Path article = corpus.resolve(document.path()).normalize();
			if (article.startsWith(corpus)) {
				lock(article);
			}
			Merged result = merge(corpus, document, mergeProblems, loaded);
			failed = failed || readErrors() || !mergeProblems.isEmpty();
			if (result != null) {
				documents++;
				added += result.added();
				replaced += result.replaced();
				if (!failed) {
					// nothing is staged once the import cannot be written: it only reads on, to report
					if (result.writeArticle()) {
						byte[] bytes = ((result.bom() ? "\uFEFF" : "") + result.text()).getBytes(StandardCharsets.UTF_8);
						batch.write(result.article(), out -> out.write(bytes));
						articles++;
					}
					batch.write(result.file(), out -> store.write(result.model(), out));
				}
			}
			monitor.worked(documents, document.path());
		}

		/** Whether the format reported an error so far; each problem is looked at once (linear). */
		private boolean readErrors() {
			List<Problem> problems = plan.problems();
			for (; problemsChecked < problems.size(); problemsChecked++) {
				readError = readError || problems.get(problemsChecked).severity() == Problem.Severity.ERROR;
			}
			return readError;
		}

		/** Locks the article's folder for the rest of the run; see the class comment for the order. */
		private void lock(Path article) throws IOException {
			Path folder = WriteLock.folderOf(article);
			if (lockedFolders.contains(folder)) {
				return;
			}
			met.add(article);
			WriteLock lock;
			if (folder.compareTo(lockedFolders.last()) > 0) {
				lock = WriteLock.acquire(List.of(article), WriteLock.DEFAULT_TIMEOUT);
			} else {
				lock = WriteLock.tryAcquire(article);
				if (lock == null) {
					throw new FolderBusy(met);
				}
			}
			locks.add(lock);
			lockedFolders.add(folder);
		}

		/** {@link CorpusImport#readArticle}, keeping the annotation file it loads for the merge. */
		private ArticleText readArticle(Path article) throws IOException {
			Path file = GlossStore.annotationFileOf(article);
			String charset = null;
			if (Files.isRegularFile(file)) {
				GlossStore.Stamped stamped = store.loadStamped(file);
				if (stamped.document() != null) {
					loaded.put(file.toAbsolutePath().normalize(), stamped);
					charset = stamped.document().getCharset();
				}
			}
			return ArticleText.read(article, charset);
		}

		@Override
		public void close() {
			try {
				batch.close(); // throws the staged files away unless committed
			} finally {
				for (int i = locks.size() - 1; i >= 0; i--) {
					locks.get(i).close();
				}
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

	private Merged merge(Path corpus, ImportPlan.Document document, List<Problem> problems,
			Map<Path, GlossStore.Stamped> loaded) throws IOException {
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
		GlossStore.Stamped before = loaded.remove(file);
		if (Files.isRegularFile(file)) {
			try {
				// what the format loaded to read the article, if the file is still what it read
				model = before != null && before.stamp().equals(FileStamp.of(file)) ? before.document()
						: store.load(file);
			} catch (GlossFormatException e) {
				problems.add(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
				return null;
			}
		}
		if (Files.isRegularFile(article)) {
			// with the charset of the annotation file just loaded, as readArticle would (it loads it again)
			String existing = ArticleText.read(article, model == null ? null : model.getCharset()).text();
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
		// old -> the first incoming annotation with its id; linear, where replacing one at a time
		// (a scan of every claim's links and of the list per annotation) was quadratic in the file
		Map<Annotation, Annotation> replacements = new IdentityHashMap<>();
		int added = 0;
		int replaced = 0;
		for (Annotation annotation : incoming) {
			Annotation old = byId.get(annotation.getId());
			if (old != null) {
				replacements.putIfAbsent(old, annotation);
				replaced++;
			} else {
				added++;
			}
		}
		// the same list as removing each replaced annotation and adding each incoming one, built in
		// one pass: addAllUnique, because addAll checks each new element against the list (quadratic)
		// and every element here is a distinct object
		InternalEList<Annotation> annotations = (InternalEList<Annotation>) model.getAnnotations();
		if (!replacements.isEmpty()) {
			relink(model, replacements);
			List<Annotation> kept = new ArrayList<>(annotations.size() + incoming.size());
			for (Annotation annotation : annotations) {
				if (!replacements.containsKey(annotation)) {
					kept.add(annotation);
				}
			}
			kept.addAll(incoming);
			annotations.clear();
			annotations.addAllUnique(kept);
		} else {
			annotations.addAllUnique(incoming);
		}
		DocumentOrder.sort(model.getAnnotations());
		return new Merged(article, text, writeArticle, document.bom(), model, file, added, replaced);
	}

	/** Claims that linked to a replaced annotation link to its replacement (of the same type). */
	@SuppressWarnings("unchecked")
	private static void relink(AnnotatedDocument model, Map<Annotation, Annotation> replacements) {
		for (Annotation other : model.getAnnotations()) {
			if (other instanceof Claim claim) {
				for (List<? extends Annotation> links : List.of(claim.getSources(), claim.getLocations(),
						claim.getCounts())) {
					for (int index = 0; index < links.size(); index++) {
						Annotation old = links.get(index);
						Annotation replacement = replacements.get(old);
						if (replacement != null && old.eClass() == replacement.eClass()) {
							((List<Annotation>) links).set(index, replacement);
						}
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
