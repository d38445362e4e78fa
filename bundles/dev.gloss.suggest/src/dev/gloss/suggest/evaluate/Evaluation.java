// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.evaluate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Count;
import dev.gloss.model.Status;
import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Suggester;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.count.CountNormaliser;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;

/**
 * Measures the suggestions against a gold corpus (articles annotated by people): each article is
 * suggested as if it had no annotations, and the suggestions are compared with its gold
 * annotations per type. With corpus memory, each article gets the memory of all the other
 * articles' gold annotations (leave one out), as an analyst has after annotating the rest; without,
 * only the rules and the gazetteer count. Also the share of gold counts whose quote the normaliser
 * reads exactly as the gold says (value, min, max, qualifier, unit, period).
 */
public final class Evaluation {

	/** A suggestion or a gold annotation that found no partner, for the verbose listing. */
	public record Miss(String article, AnnotationType type, boolean falsePositive, String quote) {
	}

	/**
	 * @param perType       scores per type
	 * @param counts        gold counts
	 * @param countsExact   gold counts the normaliser reads exactly
	 * @param countMisreads the quotes it reads otherwise or not at all, with what it reads
	 */
	public record Report(int documents, boolean memory, Map<AnnotationType, Scores> perType, int counts,
			int countsExact, List<String> countMisreads, List<Miss> misses) {

		public double countsNormalisedExactly() {
			return counts == 0 ? 1 : (double) countsExact / counts;
		}
	}

	private final List<Recommender> recommenders;
	private final CountNormaliser normaliser = new CountNormaliser();

	public Evaluation(List<Recommender> recommenders) {
		this.recommenders = recommenders;
	}

	public Report run(Corpus gold, boolean memory) throws IOException {
		List<CorpusDocument> documents = new ArrayList<>();
		for (Article article : gold.articles()) {
			if (article.hasAnnotationFile()) {
				documents.add(gold.open(article));
			}
		}
		Suggester suggester = new Suggester(recommenders, Rejections.none());
		Map<AnnotationType, Scores> perType = new EnumMap<>(AnnotationType.class);
		for (AnnotationType type : AnnotationType.values()) {
			perType.put(type, new Scores(0, 0, 0, 0));
		}
		List<Miss> misses = new ArrayList<>();
		int counts = 0;
		int countsExact = 0;
		List<String> misreads = new ArrayList<>();
		for (CorpusDocument document : documents) {
			CorpusMemory remembered = new CorpusMemory();
			if (memory) {
				for (CorpusDocument other : documents) {
					if (other != document) {
						remembered.learnAll(other, other.article().relativePath());
					}
				}
			}
			List<Annotation> goldAnnotations = document.annotations().stream()
					.filter(a -> a.getStatus() != Status.PROPOSED && !a.isOrphaned()).toList();
			List<Suggestion> suggestions = suggester.suggest(document.text().text(), List.of(), remembered);
			String path = document.article().relativePath();
			for (AnnotationType type : AnnotationType.values()) {
				List<int[]> g = goldAnnotations.stream().filter(a -> AnnotationType.of(a) == type)
						.map(a -> new int[] { a.getBegin(), a.getEnd() }).toList();
				List<int[]> p = suggestions.stream().filter(s -> s.type() == type)
						.map(s -> new int[] { s.begin(), s.end() }).toList();
				Scores scores = new Scores(g.size(), p.size(), exact(g, p), overlapping(g, p, misses, path, type,
						document.text().text()));
				perType.put(type, perType.get(type).plus(scores));
			}
			for (Annotation annotation : goldAnnotations) {
				if (annotation instanceof Count count) {
					counts++;
					var reading = normaliser.read(count.getQuote());
					if (reading.isPresent() && reading.get().sameAs(count)) {
						countsExact++;
					} else {
						misreads.add(path + ": \"" + count.getQuote() + "\" read as "
								+ reading.map(r -> r.describe()).orElse("(not read)"));
					}
				}
			}
		}
		return new Report(documents.size(), memory, perType, counts, countsExact, misreads, misses);
	}

	private static long exact(List<int[]> gold, List<int[]> predicted) {
		long matched = 0;
		List<int[]> left = new ArrayList<>(gold);
		for (int[] p : predicted) {
			for (int i = 0; i < left.size(); i++) {
				if (left.get(i)[0] == p[0] && left.get(i)[1] == p[1]) {
					left.remove(i);
					matched++;
					break;
				}
			}
		}
		return matched;
	}

	/** One-to-one, largest overlaps first; records what stays unmatched. */
	private static long overlapping(List<int[]> gold, List<int[]> predicted, List<Miss> misses, String path,
			AnnotationType type, String text) {
		record Pair(int g, int p, int overlap) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < gold.size(); i++) {
			for (int j = 0; j < predicted.size(); j++) {
				int overlap = Math.min(gold.get(i)[1], predicted.get(j)[1]) - Math.max(gold.get(i)[0], predicted.get(j)[0]);
				if (overlap > 0) {
					pairs.add(new Pair(i, j, overlap));
				}
			}
		}
		pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
		boolean[] g = new boolean[gold.size()];
		boolean[] p = new boolean[predicted.size()];
		long matched = 0;
		for (Pair pair : pairs) {
			if (!g[pair.g] && !p[pair.p]) {
				g[pair.g] = true;
				p[pair.p] = true;
				matched++;
			}
		}
		for (int i = 0; i < gold.size(); i++) {
			if (!g[i]) {
				misses.add(new Miss(path, type, false, text.substring(gold.get(i)[0], gold.get(i)[1])));
			}
		}
		for (int j = 0; j < predicted.size(); j++) {
			if (!p[j]) {
				misses.add(new Miss(path, type, true, text.substring(predicted.get(j)[0], predicted.get(j)[1])));
			}
		}
		return matched;
	}

	/** The report as a table, the way {@code gloss suggest --evaluate} prints it. */
	public static String format(Report report) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d documents, %s%n", report.documents(), report.memory()
				? "with corpus memory (each article remembers the other articles' gold annotations)"
				: "without corpus memory (rules and gazetteer only)"));
		out.append(String.format(Locale.ROOT, "%-10s %5s %5s   %-21s %-21s%n", "type", "gold", "sugg.",
				"exact P / R / F1", "overlap P / R / F1"));
		for (Map.Entry<AnnotationType, Scores> e : report.perType().entrySet()) {
			Scores s = e.getValue();
			out.append(String.format(Locale.ROOT, "%-10s %5d %5d   %.2f / %.2f / %.2f    %.2f / %.2f / %.2f%n",
					e.getKey().label(), s.gold(), s.predicted(), s.precision(false), s.recall(false), s.f1(false),
					s.precision(true), s.recall(true), s.f1(true)));
		}
		out.append(String.format(Locale.ROOT, "counts normalised exactly: %d of %d (%.1f%%)%n", report.countsExact(),
				report.counts(), 100 * report.countsNormalisedExactly()));
		return out.toString();
	}
}
