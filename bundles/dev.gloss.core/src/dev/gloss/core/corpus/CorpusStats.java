/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.gloss.core.store.GlossFormatException;
import dev.gloss.model.Annotation;

/**
 * What a corpus holds: per document, the annotations of each type and the problems found.
 *
 * @param documents one row per article, in path order
 * @param problems  every problem, including files that could not be read
 */
public record CorpusStats(Path folder, List<DocumentStats> documents, List<Problem> problems) {

	/** @param perType annotations of each type in the document */
	public record DocumentStats(String relativePath, Map<AnnotationType, Integer> perType, int problems) {

		public int annotations() {
			return perType.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Reads every document once; memory holds one document at a time. */
	public static CorpusStats of(Corpus corpus) {
		List<DocumentStats> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Path stray : corpus.strayAnnotationFiles()) {
			problems.add(Problem.warning(stray, 0, 0, "annotation file without its article "
					+ stray.getFileName().toString().replaceFirst("\\.gloss$", "")));
		}
		corpus.forEach((article, document, failure) -> {
			Map<AnnotationType, Integer> perType = new EnumMap<>(AnnotationType.class);
			for (AnnotationType type : AnnotationType.values()) {
				perType.put(type, 0);
			}
			List<Problem> found = document == null ? List.of(toProblem(article, failure)) : document.check();
			if (document != null) {
				for (Annotation annotation : document.annotations()) {
					perType.merge(AnnotationType.of(annotation), 1, Integer::sum);
				}
			}
			rows.add(new DocumentStats(article.relativePath(), perType, found.size()));
			problems.addAll(found);
		});
		return new CorpusStats(corpus.folder(), List.copyOf(rows), List.copyOf(problems));
	}

	public int total(AnnotationType type) {
		return documents.stream().mapToInt(row -> row.perType().get(type)).sum();
	}

	public int totalAnnotations() {
		return documents.stream().mapToInt(DocumentStats::annotations).sum();
	}

	private static Problem toProblem(Article article, IOException failure) {
		if (failure instanceof GlossFormatException format) {
			return Problem.error(format.getFile(), format.getLine(), format.getColumn(), format.getProblem());
		}
		return Problem.error(article.file(), 0, 0, "cannot read: " + failure);
	}
}
