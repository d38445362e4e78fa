/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.gloss.core.corpus.Problem;
import dev.gloss.model.Annotation;

/**
 * What an import will do, before it does it: the documents read from the sources, and the
 * problems found reading them.
 */
public final class ImportPlan {

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

	public void add(Document document) {
		documents.add(document);
	}

	public void problem(Problem problem) {
		problems.add(problem);
	}

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
