/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.store.FileErrors;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.formats.internal.Iris;
import dev.gloss.formats.internal.ReadAhead;
import dev.gloss.formats.internal.StagedFolder;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Status;

/**
 * Exports corpus folders in one format, the way both the command line and the workbench do it:
 * document by document (one in memory at a time), each checked before it is written, into a
 * staging folder that replaces the destination only when the export is complete.
 *
 * <p>A document that cannot be exported exactly (unreadable, article changed since it was
 * annotated, offsets outside the text, a span that would not reproduce its quote) is an error. By
 * default any error keeps the whole export from being written; with {@code keepGoing} the other
 * documents are written and the result lists the ones left out. Unfinished work is not an error:
 * a count without a number, a claim without a source, any other broken rule of the annotations'
 * attributes is a warning and the annotation is exported as it is, so a corpus still being
 * annotated exports; {@code strict} makes every warning an error (for CI). Orphaned annotations
 * (their passage is gone from the article) have no span to export: they are left out with a
 * warning.
 */
public final class CorpusExport {

	private final ExportFormat format;
	private final ExportOptions options;
	private boolean keepGoing;
	private boolean strict;
	private boolean includeProposed;
	private ProgressMonitor monitor = ProgressMonitor.NONE;
	private int threads = ReadAhead.defaultThreads();

	public CorpusExport(ExportFormat format, ExportOptions options) {
		this.format = format;
		this.options = options;
	}

	/** Writes the documents without problems even when others have errors. */
	public CorpusExport keepGoing(boolean keep) {
		this.keepGoing = keep;
		return this;
	}

	/** Treats every warning (incomplete annotations, orphans left out ...) as an error, for CI. */
	public CorpusExport strict(boolean strictly) {
		this.strict = strictly;
		return this;
	}

	/**
	 * Exports the annotations a recommender proposed (status {@code proposed}) too; by default they
	 * are left out, since nobody has reviewed them, and so are a kept claim's links to them.
	 */
	public CorpusExport includeProposed(boolean include) {
		this.includeProposed = include;
		return this;
	}

	/**
	 * Reads and checks documents on this many threads ahead of the writing (by default one per
	 * processor, at most four; 1 reads each document when it is written). The export is the same
	 * whatever the number: documents are written, and problems listed, in corpus order.
	 */
	public CorpusExport threads(int count) {
		this.threads = Math.max(1, count);
		return this;
	}

	public CorpusExport monitor(ProgressMonitor progress) {
		this.monitor = progress;
		return this;
	}

	/**
	 * @param folders     corpus folders; with more than one, each document's path in the export
	 *                    starts with its folder's name
	 * @param destination the export folder: new, empty, or an earlier Gloss export (replaced)
	 * @throws Cancelled if the monitor was cancelled; nothing was written
	 */
	public ExportResult run(List<Path> folders, Path destination) throws IOException {
		List<Corpus> corpora = new ArrayList<>();
		for (Path folder : folders) {
			corpora.add(Corpus.open(folder));
		}
		List<String> prefixes = prefixes(corpora);
		int total = corpora.stream().mapToInt(c -> c.articles().size()).sum();
		List<Problem> problems = new ArrayList<>();
		int documents = 0;
		int annotations = 0;
		// without an export IRI, W3C ids are relative: right wherever the export folder is published
		ExportOptions effective = options;
		// documents are read and checked ahead on other threads, and written here in corpus order
		List<Callable<Prepared>> reads = new ArrayList<>(total);
		for (int c = 0; c < corpora.size(); c++) {
			Corpus corpus = corpora.get(c);
			String prefix = prefixes.get(c);
			for (Article article : corpus.articles()) {
				reads.add(() -> prepare(article, corpus, prefix + article.relativePath(), effective));
			}
		}
		try (StagedFolder staged = StagedFolder.create(destination);
				ReadAhead<Prepared> ahead = new ReadAhead<>(reads, threads)) {
			boolean failed = false;
			monitor.begin(total);
			int done = 0;
			try (CorpusWriter writer = format.open(staged.folder(), effective)) {
				for (int c = 0; c < corpora.size(); c++) {
					Corpus corpus = corpora.get(c);
					for (Path stray : corpus.strayAnnotationFiles()) {
						problems.add(strictly(Problem.warning(stray, 0, 0,
								"annotation file without its article: not exported")));
						failed |= strict;
					}
					for (Article article : corpus.articles()) {
						if (monitor.isCanceled()) {
							throw new Cancelled();
						}
						Prepared prepared = next(ahead);
						ExportDocument document = prepared.document();
						List<Problem> found = prepared.problems();
						problems.addAll(found);
						boolean ok = document != null && found.stream().noneMatch(CorpusExport::isError);
						if (ok && (keepGoing || !failed)) {
							try {
								for (String warning : writer.write(document)) {
									Problem problem = strictly(Problem.warning(article.file(), 0, 0, warning));
									problems.add(problem);
									ok &= !isError(problem);
								}
								documents++;
								annotations += document.annotations().size();
							} catch (ExportException e) {
								problems.add(Problem.error(article.file(), 0, 0, e.getMessage()));
								ok = false;
							} catch (IllegalArgumentException e) {
								// an offset no format can hold (validation reports these first): name the document
								problems.add(Problem.error(article.file(), 0, 0, "cannot export: " + e.getMessage()));
								ok = false;
							}
						}
						failed |= !ok;
						monitor.worked(++done, prefixes.get(c) + article.relativePath());
					}
				}
				if (failed && !keepGoing) {
					return new ExportResult(staged.destination(), false, 0, 0, List.copyOf(problems));
				}
			}
			writeMarker(staged.folder(), documents, annotations);
			staged.commit();
			return new ExportResult(staged.destination(), true, documents, annotations, List.copyOf(problems));
		}
	}

	/** A document ready to write (or {@code null} when it cannot be), and what was found reading it. */
	private record Prepared(ExportDocument document, List<Problem> problems) {
	}

	private static Prepared next(ReadAhead<Prepared> ahead) throws IOException {
		try {
			return ahead.next();
		} catch (IOException | RuntimeException e) {
			throw e;
		} catch (InterruptedException e) {
			throw new java.io.InterruptedIOException("the export was interrupted");
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private Prepared prepare(Article article, Corpus corpus, String path, ExportOptions effective) {
		List<Problem> found = new ArrayList<>();
		ExportDocument document = prepare(article, corpus, path, effective, found);
		found.replaceAll(this::strictly);
		return new Prepared(document, found);
	}

	private ExportDocument prepare(Article article, Corpus corpus, String path, ExportOptions effective,
			List<Problem> problems) {
		CorpusDocument document;
		try {
			document = corpus.open(article);
		} catch (GlossFormatException e) {
			problems.add(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
			return null;
		} catch (IOException e) {
			problems.add(Problem.error(article.file(), 0, 0, "cannot read: " + FileErrors.reason(e)));
			return null;
		}
		boolean exact = document.textStatus() != CorpusDocument.TextStatus.CHANGED
				&& document.annotations().stream().allMatch(a -> a.isOrphaned() || anchored(a, document.text().text()));
		for (Problem problem : document.check()) {
			// Only a text or span that does not match makes the export wrong; the rest is unfinished work,
			// exported as it is. Rule warnings (a claim without a source ...) are not the export's business
			// unless it is strict.
			if (isError(problem)) {
				problems.add(exact ? new Problem(Problem.Severity.WARNING, problem.file(), problem.line(),
						problem.column(), problem.message() + " (exported as it is)") : problem);
			} else if (strict) {
				problems.add(problem);
			} else if (problem.message().contains(GlossValidator.INCOMPLETE)) {
				// unfinished work (a count marked, its number not filled in yet) is worth a word
				problems.add(new Problem(Problem.Severity.WARNING, problem.file(), problem.line(), problem.column(),
						problem.message() + " (exported as it is)"));
			}
		}
		List<Annotation> kept = new ArrayList<>(document.annotations().size());
		for (Annotation annotation : document.annotations()) {
			if (!includeProposed && annotation.getStatus() == Status.PROPOSED) {
				continue;
			}
			if (annotation.isOrphaned()) {
				problems.add(Problem.warning(article.annotationFile(), 0, 0, "annotation " + annotation.getId()
						+ " is orphaned (its passage is gone from the article): left out of the export"));
			} else {
				kept.add(annotation);
			}
		}
		if (!includeProposed) {
			dropLinksToProposals(kept);
		}
		kept.sort(DocumentOrder.COMPARATOR);
		return new ExportDocument(path, document.text().text(), document.offsets(),
				sourceIri(article, path, effective), List.copyOf(kept), document.model(), document.text().bom());
	}

	/** Whether the annotation's offsets are inside the text and its quote is the text between them. */
	private static boolean anchored(Annotation annotation, String text) {
		int begin = annotation.getBegin();
		int end = annotation.getEnd();
		String quote = annotation.getQuote();
		return begin >= 0 && begin <= end && end <= text.length() && (quote == null
				|| quote.length() == end - begin && text.regionMatches(begin, quote, 0, quote.length()));
	}

	private Problem strictly(Problem problem) {
		return strict && !isError(problem) ? new Problem(Problem.Severity.ERROR, problem.file(), problem.line(),
				problem.column(), problem.message() + " (--strict)") : problem;
	}

	/**
	 * The article's W3C source: its path resolved against the base IRI, or a URN of its path (never
	 * the exporting machine's file: IRI unless the base IRI asks for it).
	 */
	/** A reviewed claim may link to a proposal not reviewed yet: the export does not name what it leaves out. */
	private static void dropLinksToProposals(List<Annotation> kept) {
		for (Annotation annotation : kept) {
			if (annotation instanceof Claim claim) {
				claim.getSources().removeIf(a -> a.getStatus() == Status.PROPOSED);
				claim.getLocations().removeIf(a -> a.getStatus() == Status.PROPOSED);
				claim.getCounts().removeIf(a -> a.getStatus() == Status.PROPOSED);
			}
		}
	}

	/** The article's W3C source: its path resolved against the base IRI, or its file: IRI. */
	static URI sourceIri(Article article, String path, ExportOptions options) {
		if (options.baseIri() == null) {
			return URI.create(Iris.article(path));
		}
		try {
			return options.baseIri().resolve(new URI(null, null, path, null));
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("cannot make an IRI of " + path, e);
		}
	}

	private static List<String> prefixes(List<Corpus> corpora) {
		List<String> prefixes = new ArrayList<>();
		if (corpora.size() == 1) {
			prefixes.add("");
			return prefixes;
		}
		Set<String> used = new HashSet<>();
		for (Corpus corpus : corpora) {
			Path name = corpus.folder().getFileName();
			String base = name == null ? "corpus" : name.toString();
			String prefix = base;
			for (int n = 2; !used.add(prefix); n++) {
				prefix = base + "-" + n;
			}
			prefixes.add(prefix + "/");
		}
		return prefixes;
	}

	private void writeMarker(Path folder, int documents, int annotations) throws IOException {
		String content = "# written by Gloss: this folder is replaced by the next export to it\n" + "format="
				+ format.id() + "\ngenerated=" + options.generated() + "\ndocuments=" + documents + "\nannotations="
				+ annotations + "\n";
		try (OutputStream out = Files.newOutputStream(folder.resolve(StagedFolder.MARKER))) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static boolean isError(Problem problem) {
		return problem.severity() == Problem.Severity.ERROR;
	}
}
