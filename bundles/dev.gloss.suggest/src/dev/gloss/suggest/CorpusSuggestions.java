// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.Annotation;
import dev.gloss.suggest.internal.FileBatch;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;
import dev.gloss.suggest.place.Gazetteer;

/**
 * {@code gloss suggest} as a library: proposes annotations for every article of a corpus and
 * writes them into the annotation files as {@code proposed}, replacing the proposals of an earlier
 * run and never touching the analyst's annotations. All files or none: a file that cannot be read,
 * an article changed since it was annotated, or a failed write leaves every file as it was.
 */
public final class CorpusSuggestions {

	/**
	 * What a run did or would do.
	 *
	 * @param documents documents that got proposals
	 * @param perType   proposals per type
	 * @param replaced  proposals of an earlier run removed
	 * @param problems  why nothing was written, when {@code written} is false
	 */
	public record Result(boolean written, int documents, Map<AnnotationType, Integer> perType, int replaced,
			List<Problem> problems) {
		public int total() {
			return perType.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private final List<Recommender> recommenders;

	public CorpusSuggestions(List<Recommender> recommenders) {
		this.recommenders = recommenders;
	}

	/** With the recommenders that ship with Gloss and any plugged in. */
	public static CorpusSuggestions standard() {
		return new CorpusSuggestions(Recommenders.all(Gazetteer.shared()));
	}

	/** @param dryRun compute and count, write nothing */
	public Result run(Corpus corpus, boolean dryRun) throws IOException {
		Rejections rejections = Rejections.load(corpus.folder());
		CorpusMemory memory = CorpusMemory.of(corpus);
		Suggester suggester = new Suggester(recommenders, rejections);
		GlossStore store = new GlossStore();
		List<Problem> problems = new ArrayList<>();
		Map<AnnotationType, Integer> perType = new EnumMap<>(AnnotationType.class);
		int documents = 0;
		int replaced = 0;
		try (FileBatch batch = new FileBatch()) {
			for (Article article : corpus.articles()) {
				CorpusDocument document;
				try {
					document = corpus.open(article);
				} catch (GlossFormatException e) {
					problems.add(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
					continue;
				}
				if (document.textStatus() == CorpusDocument.TextStatus.CHANGED) {
					problems.add(Problem.error(article.annotationFile(), 0, 0, "the article changed since it was "
							+ "annotated: run 'gloss reanchor' first"));
					continue;
				}
				int removed = Proposals.clear(document);
				List<Suggestion> suggestions = suggester.suggest(document.text().text(), document.annotations(), memory);
				if (suggestions.isEmpty() && removed == 0) {
					continue;
				}
				List<Annotation> added = Proposals.add(document, suggestions);
				for (Annotation annotation : added) {
					perType.merge(AnnotationType.of(annotation), 1, Integer::sum);
				}
				replaced += removed;
				documents += added.isEmpty() ? 0 : 1;
				if (!dryRun) {
					batch.stage(article.annotationFile(), store.toBytes(document.model()));
				}
			}
			if (!problems.isEmpty()) {
				return new Result(false, documents, perType, replaced, problems);
			}
			if (!dryRun) {
				batch.commit();
			}
		}
		return new Result(!dryRun, documents, perType, replaced, problems);
	}
}
