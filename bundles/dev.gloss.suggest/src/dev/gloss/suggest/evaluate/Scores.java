// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.evaluate;

/**
 * Precision, recall and F1 of one type's suggestions against the gold annotations, with spans
 * matched exactly (same begin and end) or overlapping (one to one, largest overlap first).
 */
public record Scores(long gold, long predicted, long exact, long overlapping) {

	public double precision(boolean overlap) {
		return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched(overlap) / predicted;
	}

	public double recall(boolean overlap) {
		return gold == 0 ? 1 : (double) matched(overlap) / gold;
	}

	public double f1(boolean overlap) {
		double p = precision(overlap);
		double r = recall(overlap);
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	private long matched(boolean overlap) {
		return overlap ? overlapping : exact;
	}

	Scores plus(Scores other) {
		return new Scores(gold + other.gold, predicted + other.predicted, exact + other.exact,
				overlapping + other.overlapping);
	}
}
