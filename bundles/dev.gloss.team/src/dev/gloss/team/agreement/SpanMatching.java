/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Span-level matching of two annotators' units of one type: exact (same begin and end) and
 * overlapping (sharing at least one character, each unit matched at most once, largest overlaps
 * first).
 */
final class SpanMatching {

	/** A span on the continuum of all documents. */
	record Span(int begin, int end) {
		int overlap(Span other) {
			return Math.min(end, other.end) - Math.max(begin, other.begin);
		}
	}

	private SpanMatching() {
	}

	static int exact(List<Span> a, List<Span> b) {
		Map<Span, Integer> counts = new HashMap<>();
		for (Span span : a) {
			counts.merge(span, 1, Integer::sum);
		}
		int matched = 0;
		for (Span span : b) {
			Integer left = counts.get(span);
			if (left != null && left > 0) {
				counts.put(span, left - 1);
				matched++;
			}
		}
		return matched;
	}

	/** A one-to-one matching of overlapping spans; greedy by overlap, which is what users read it as. */
	static int overlapping(List<Span> a, List<Span> b) {
		List<Span> left = new ArrayList<>(a);
		List<Span> right = new ArrayList<>(b);
		left.sort(Comparator.comparingInt(Span::begin));
		right.sort(Comparator.comparingInt(Span::begin));
		record Pair(int left, int right, int overlap) {
		}
		List<Pair> pairs = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < left.size(); i++) {
			Span span = left.get(i);
			// right spans ending before this one begins cannot overlap it or any later one
			while (start < right.size() && right.get(start).end() <= span.begin()) {
				start++;
			}
			for (int j = start; j < right.size() && right.get(j).begin() < span.end(); j++) {
				int overlap = span.overlap(right.get(j));
				if (overlap > 0) {
					pairs.add(new Pair(i, j, overlap));
				}
			}
		}
		pairs.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparingInt(Pair::left)
				.thenComparingInt(Pair::right));
		boolean[] usedLeft = new boolean[left.size()];
		boolean[] usedRight = new boolean[right.size()];
		int matched = 0;
		for (Pair pair : pairs) {
			if (!usedLeft[pair.left] && !usedRight[pair.right]) {
				usedLeft[pair.left] = true;
				usedRight[pair.right] = true;
				matched++;
			}
		}
		return matched;
	}

}
