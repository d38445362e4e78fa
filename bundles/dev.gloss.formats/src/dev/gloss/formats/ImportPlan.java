/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.gloss.core.corpus.Problem;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.Annotation;

/**
 * What an import will do, before it does it: the documents read from the sources, and the
 * problems found reading them.
 *
 * <p>A plan made with a {@link Sink} holds no documents: each one goes to the sink as soon as the
 * format has read it (and is dropped by the format), so an import holds one document at a time
 * ({@link CorpusImport} merges and stages it at once). Formats therefore hand over each document
 * as soon as it is complete, and never keep it after {@link #add}.
 */
public final class ImportPlan {

	/** Receives each document as soon as it is read. */
	@FunctionalInterface
	public interface Sink {
		void accept(Document document) throws IOException;
	}

	/** Carries a sink's failure through a format's {@code read} to the caller that gave the sink. */
	static final class SinkFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		SinkFailure(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}
	}

	/**
	 * Annotations for one article.
	 *
	 * @param path        the article's path in the corpus, '/'-separated
	 * @param text        the article's text: from the sources (brat), or read from the corpus (W3C)
	 * @param origin      the file the annotations come from, for messages
	 * @param newArticle  whether the article must be written (brat brings its text)
	 * @param annotations detached annotations with id, type, offsets (UTF-16 into {@code text}),
	 *                    attributes and links among themselves; quotes are set on import
	 * @param bom         a new article is written with a UTF-8 byte order mark (its source had one)
	 */
	public record Document(String path, String text, Path origin, boolean newArticle, List<Annotation> annotations,
			boolean bom) {

		public Document(String path, String text, Path origin, boolean newArticle, List<Annotation> annotations) {
			this(path, text, origin, newArticle, annotations, false);
		}
	}

	private final List<Document> documents = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();
	private final Sink sink;
	private final ArticleReader articles;

	/** Reads an article of the corpus (see {@link #article}). */
	@FunctionalInterface
	interface ArticleReader {
		ArticleText read(Path article) throws IOException;
	}

	/** A plan that holds the documents read, for {@link #documents()}. */
	public ImportPlan() {
		this(null, CorpusImport::readArticle);
	}

	/** A plan that passes every document to {@code sink} at once and holds none. */
	public ImportPlan(Sink sink) {
		this(sink, CorpusImport::readArticle);
	}

	/** ... and reads the corpus's articles through {@code articles} (which may keep what it loads). */
	ImportPlan(Sink sink, ArticleReader articles) {
		this.sink = sink;
		this.articles = articles;
	}

	public void add(Document document) {
		if (sink == null) {
			documents.add(document);
			return;
		}
		try {
			sink.accept(document);
		} catch (IOException e) {
			throw new SinkFailure(e);
		}
	}

	/**
	 * The text of an article of the corpus, read with the charset its annotation file records: for
	 * formats that anchor on the corpus's own articles (W3C, CoNLL).
	 */
	public ArticleText article(Path article) throws IOException {
		return articles.read(article);
	}

	public void problem(Problem problem) {
		problems.add(problem);
	}

	/** The documents read; always empty for a plan with a {@link Sink}. */
	public List<Document> documents() {
		return Collections.unmodifiableList(documents);
	}

	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
