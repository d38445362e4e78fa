/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.gloss.team.agreement.SpanMatching.Span;

/**
 * Krippendorff's alpha for unitizing (alpha_U; Krippendorff 1995, 2004): agreement on where units
 * begin and end on a continuum, here all documents end to end, counted in characters.
 *
 * <p>For one category c, with m annotators, continuum length L, each annotator's units (their
 * spans of that type, overlapping ones joined) and gaps (the rest of the continuum):
 *
 * <pre>
 * D_o(c) = sum over ordered pairs of annotators i != j, units or gaps g of i and h of j, of delta^2(g, h)
 *          / (m (m - 1) L^2)
 *   delta^2 = (b_g - b_h)^2 + (e_g - e_h)^2   when g and h are both units and overlap
 *           = l_g^2                           when g is a unit inside a gap h
 *           = l_h^2                           when h is a unit inside a gap g
 *           = 0                               otherwise
 * D_e(c) = (2 / L) * sum over all units g of [ (N_c - 1)/3 (2 l_g^3 - 3 l_g^2 + l_g)
 *                                             + l_g^2 * sum over all gaps h with l_h >= l_g of (l_h - l_g + 1) ]
 *          / ( m L (m L - 1) - sum over all units g of l_g (l_g - 1) )
 * alpha_U(c) = 1 - D_o(c) / D_e(c);   alpha_U = 1 - sum_c D_o(c) / sum_c D_e(c)
 * </pre>
 *
 * N_c is the number of units of c of all annotators. With no unit at all, D_e is 0 and alpha is
 * undefined (NaN).
 */
final class UnitizingAlpha {

	/** Observed and expected disagreement of one category. */
	record Disagreement(double observed, double expected) {
		double alpha() {
			return expected == 0 ? Double.NaN : 1 - observed / expected;
		}
	}

	private UnitizingAlpha() {
	}

	/** @param units per annotator, that annotator's spans of the category on [0, length) */
	static Disagreement of(List<List<Span>> units, int length) {
		int m = units.size();
		double l = length;
		List<List<Span>> joined = new ArrayList<>();
		for (List<Span> spans : units) {
			joined.add(join(spans));
		}
		double observed = 0;
		for (int i = 0; i < m; i++) {
			for (int j = i + 1; j < m; j++) {
				observed += 2 * pairDisagreement(joined.get(i), joined.get(j));
			}
		}
		observed /= m * (m - 1.0) * l * l;

		long unitCount = 0;
		double lengthTerm = 0;
		List<Integer> gapLengths = new ArrayList<>();
		for (List<Span> spans : joined) {
			unitCount += spans.size();
			int at = 0;
			for (Span span : spans) {
				if (span.begin() > at) {
					gapLengths.add(span.begin() - at);
				}
				at = span.end();
				double length1 = span.end() - span.begin();
				lengthTerm += length1 * (length1 - 1);
			}
			if (length > at) {
				gapLengths.add(length - at);
			}
		}
		if (unitCount == 0) {
			return new Disagreement(0, 0);
		}
		int[] gaps = gapLengths.stream().mapToInt(Integer::intValue).sorted().toArray();
		// suffix sums over sorted gap lengths: count and total of gaps at least a given length
		double[] suffixTotal = new double[gaps.length + 1];
		for (int k = gaps.length - 1; k >= 0; k--) {
			suffixTotal[k] = suffixTotal[k + 1] + gaps[k];
		}
		double numerator = 0;
		for (List<Span> spans : joined) {
			for (Span span : spans) {
				double lg = span.end() - span.begin();
				int first = firstAtLeast(gaps, span.end() - span.begin());
				int count = gaps.length - first;
				double gapSum = suffixTotal[first] - count * (lg - 1);
				numerator += (unitCount - 1) / 3.0 * (2 * lg * lg * lg - 3 * lg * lg + lg) + lg * lg * gapSum;
			}
		}
		double denominator = m * l * (m * l - 1) - lengthTerm;
		double expected = 2 / l * numerator / denominator;
		return new Disagreement(observed, expected);
	}

	/** Sum of delta^2 over the units and gaps of two annotators (one direction). */
	private static double pairDisagreement(List<Span> a, List<Span> b) {
		double sum = 0;
		boolean[] bOverlapped = new boolean[b.size()];
		int start = 0;
		for (Span g : a) {
			while (start < b.size() && b.get(start).end() <= g.begin()) {
				start++;
			}
			boolean overlapped = false;
			for (int k = start; k < b.size() && b.get(k).begin() < g.end(); k++) {
				Span h = b.get(k);
				if (g.overlap(h) > 0) {
					double db = g.begin() - h.begin();
					double de = g.end() - h.end();
					sum += db * db + de * de;
					overlapped = true;
					bOverlapped[k] = true;
				}
			}
			if (!overlapped) {
				double lg = g.end() - g.begin();
				sum += lg * lg; // g lies in a gap of b
			}
		}
		for (int k = 0; k < b.size(); k++) {
			if (!bOverlapped[k]) {
				double lh = b.get(k).end() - b.get(k).begin();
				sum += lh * lh; // h lies in a gap of a
			}
		}
		return sum;
	}

	/** Units of one annotator: sorted, overlapping ones joined (alpha_U wants no overlap), empty ones dropped. */
	static List<Span> join(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.removeIf(span -> span.end() <= span.begin());
		sorted.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
		List<Span> joined = new ArrayList<>();
		for (Span span : sorted) {
			Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && span.begin() < last.end()) {
				joined.set(joined.size() - 1, new Span(last.begin(), Math.max(last.end(), span.end())));
			} else {
				joined.add(span);
			}
		}
		return joined;
	}

	private static int firstAtLeast(int[] sorted, int value) {
		int found = Arrays.binarySearch(sorted, value);
		if (found < 0) {
			return -found - 1;
		}
		while (found > 0 && sorted[found - 1] == value) {
			found--;
		}
		return found;
	}
}
