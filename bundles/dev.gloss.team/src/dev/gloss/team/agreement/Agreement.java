/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.team.agreement.AgreementReport.Row;
import dev.gloss.team.agreement.SpanMatching.Span;

/** Computes an {@link AgreementReport} from an {@link AgreementStudy}. */
public final class Agreement {

	private Agreement() {
	}

	public static AgreementReport measure(AgreementStudy study) {
		List<String> annotators = study.annotators();
		int m = annotators.size();
		// spans on the continuum, per type and annotator
		Map<AnnotationType, List<List<Span>>> spans = new EnumMap<>(AnnotationType.class);
		for (AnnotationType type : AnnotationType.values()) {
			List<List<Span>> perAnnotator = new ArrayList<>();
			for (int i = 0; i < m; i++) {
				perAnnotator.add(new ArrayList<>());
			}
			spans.put(type, perAnnotator);
		}
		for (AgreementStudy.Unit unit : study.units()) {
			int start = study.document(unit.document()).start();
			spans.get(unit.type()).get(annotators.indexOf(unit.annotator()))
					.add(new Span(start + unit.begin(), start + unit.end()));
		}

		// tokens of all documents, numbered across documents
		List<Tokens> tokens = new ArrayList<>();
		List<AgreementStudy.Document> documents = study.documents();
		Map<String, Integer> documentIndex = new java.util.HashMap<>();
		int[] tokenStarts = new int[documents.size()];
		int tokenCount = 0;
		for (int d = 0; d < documents.size(); d++) {
			documentIndex.put(documents.get(d).key(), d);
			Tokens of = Tokens.of(documents.get(d).text());
			tokens.add(of);
			tokenStarts[d] = tokenCount;
			tokenCount += of.count();
		}

		List<Row> rows = new ArrayList<>();
		List<Row> pairs = new ArrayList<>();
		int pairCount = m * (m - 1) / 2;
		long[][] allTables = new long[pairCount][4];
		Scores[] allExact = filled(pairCount);
		Scores[] allOverlap = filled(pairCount);
		double observedSum = 0;
		double expectedSum = 0;
		int[] allUnits = new int[m];

		for (AnnotationType type : AnnotationType.values()) {
			List<List<Span>> perAnnotator = spans.get(type);
			boolean[][] covered = new boolean[m][tokenCount];
			for (AgreementStudy.Unit unit : study.units()) {
				if (unit.type() == type) {
					int d = documentIndex.get(unit.document());
					tokens.get(d).mark(unit.begin(), unit.end(), covered[annotators.indexOf(unit.annotator())],
							tokenStarts[d]);
				}
			}
			UnitizingAlpha.Disagreement disagreement = UnitizingAlpha.of(perAnnotator, Math.max(1, study.length()));
			observedSum += disagreement.observed();
			expectedSum += disagreement.expected();

			Scores exact = Scores.NONE;
			Scores overlap = Scores.NONE;
			double kappaSum = 0;
			int kappas = 0;
			int pair = 0;
			for (int i = 0; i < m; i++) {
				for (int j = i + 1; j < m; j++, pair++) {
					List<Span> a = perAnnotator.get(i);
					List<Span> b = perAnnotator.get(j);
					Scores pairExact = new Scores(SpanMatching.exact(a, b), a.size(), b.size());
					Scores pairOverlap = new Scores(SpanMatching.overlapping(a, b), a.size(), b.size());
					long[] table = table(covered[i], covered[j]);
					double kappa = kappa(table);
					for (int k = 0; k < 4; k++) {
						allTables[pair][k] += table[k];
					}
					allExact[pair] = allExact[pair].plus(pairExact);
					allOverlap[pair] = allOverlap[pair].plus(pairOverlap);
					exact = exact.plus(pairExact);
					overlap = overlap.plus(pairOverlap);
					if (!Double.isNaN(kappa)) {
						kappaSum += kappa;
						kappas++;
					}
					pairs.add(new Row(type.label(), annotators.get(i), annotators.get(j), List.of(a.size(), b.size()),
							pairExact, pairOverlap, kappa, m == 2 ? disagreement.alpha() : Double.NaN));
				}
			}
			List<Integer> units = new ArrayList<>();
			for (int i = 0; i < m; i++) {
				units.add(perAnnotator.get(i).size());
				allUnits[i] += perAnnotator.get(i).size();
			}
			rows.add(new Row(type.label(), null, null, List.copyOf(units), exact, overlap,
					kappas == 0 ? Double.NaN : kappaSum / kappas, disagreement.alpha()));
		}

		Scores exact = Scores.NONE;
		Scores overlap = Scores.NONE;
		double kappaSum = 0;
		int kappas = 0;
		int pair = 0;
		for (int i = 0; i < m; i++) {
			for (int j = i + 1; j < m; j++, pair++) {
				double kappa = kappa(allTables[pair]);
				exact = exact.plus(allExact[pair]);
				overlap = overlap.plus(allOverlap[pair]);
				if (!Double.isNaN(kappa)) {
					kappaSum += kappa;
					kappas++;
				}
				double alpha = m == 2 && expectedSum > 0 ? 1 - observedSum / expectedSum : Double.NaN;
				pairs.add(new Row(AgreementReport.ALL, annotators.get(i), annotators.get(j),
						List.of(allUnits[i], allUnits[j]), allExact[pair], allOverlap[pair], kappa, alpha));
			}
		}
		List<Integer> units = new ArrayList<>();
		for (int count : allUnits) {
			units.add(count);
		}
		rows.add(new Row(AgreementReport.ALL, null, null, List.copyOf(units), exact, overlap,
				kappas == 0 ? Double.NaN : kappaSum / kappas, expectedSum > 0 ? 1 - observedSum / expectedSum : Double.NaN));
		return new AgreementReport(annotators, study.documents().size(), study.length(), tokenCount, List.copyOf(rows),
				List.copyOf(pairs), List.copyOf(study.notes()));
	}

	/** {both, only a, only b, neither} over the tokens. */
	private static long[] table(boolean[] a, boolean[] b) {
		long[] table = new long[4];
		for (int t = 0; t < a.length; t++) {
			table[a[t] ? (b[t] ? 0 : 1) : (b[t] ? 2 : 3)]++;
		}
		return table;
	}

	/** Cohen's kappa of a 2x2 table; NaN when chance agreement is total (nothing to agree on). */
	static double kappa(long[] table) {
		double n = table[0] + table[1] + table[2] + table[3];
		if (n == 0) {
			return Double.NaN;
		}
		double observed = (table[0] + table[3]) / n;
		double aYes = (table[0] + table[1]) / n;
		double bYes = (table[0] + table[2]) / n;
		double expected = aYes * bYes + (1 - aYes) * (1 - bYes);
		return expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
	}

	private static Scores[] filled(int size) {
		Scores[] scores = new Scores[size];
		java.util.Arrays.fill(scores, Scores.NONE);
		return scores;
	}
}
