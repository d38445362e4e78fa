// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.count;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.Annotation;
import dev.gloss.model.Count;
import dev.gloss.suggest.internal.FileBatch;

/**
 * {@code gloss normalise} as a library: fills in the counts that have no number yet (made by hand,
 * or imported from another tool) from their quotes. A count already holding a value or a range is
 * left alone; one whose quote the normaliser is not sure of is listed for the analyst. All files
 * or none.
 */
public final class CorpusNormalisation {

	/**
	 * @param filled   counts filled in
	 * @param unsure   counts left for the analyst, each as a problem at its place
	 * @param problems files that could not be read (nothing written then)
	 */
	public record Result(boolean written, int filled, List<Problem> unsure, List<Problem> problems) {
	}

	private final CountNormaliser normaliser = new CountNormaliser();

	public Result run(Corpus corpus, boolean dryRun) throws IOException {
		GlossStore store = new GlossStore();
		List<Problem> problems = new ArrayList<>();
		List<Problem> unsure = new ArrayList<>();
		int filled = 0;
		try (FileBatch batch = new FileBatch()) {
			for (Article article : corpus.articles()) {
				if (!article.hasAnnotationFile()) {
					continue;
				}
				CorpusDocument document;
				try {
					document = corpus.open(article);
				} catch (GlossFormatException e) {
					problems.add(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
					continue;
				}
				int before = filled;
				for (Annotation annotation : document.annotations()) {
					if (annotation instanceof Count count && count.getValue() == null && count.getMin() == null
							&& count.getMax() == null && !count.isOrphaned()) {
						Optional<CountReading> reading = normaliser.read(count.getQuote() == null ? "" : count.getQuote());
						if (reading.isPresent()) {
							reading.get().fillIn(count);
							document.touch(count);
							filled++;
						} else {
							int line = document.lines().line(count.getBegin());
							int column = document.lines().column(count.getBegin());
							unsure.add(Problem.warning(article.file(), line, column,
									"count \"" + count.getQuote() + "\" not read: fill it in by hand"));
						}
					}
				}
				if (filled > before && !dryRun) {
					batch.stage(article.annotationFile(), store.toBytes(document.model()));
				}
			}
			if (!problems.isEmpty()) {
				return new Result(false, filled, unsure, problems);
			}
			if (!dryRun) {
				batch.commit();
			}
		}
		return new Result(!dryRun, filled, unsure, problems);
	}
}
