/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

/**
 * Precision, recall and F1 of one annotator's units against another's (the reference).
 *
 * @param matched   units matched
 * @param reference units of the reference annotator
 * @param response  units of the other annotator
 */
public record Scores(long matched, long reference, long response) {

	public double precision() {
		return response == 0 ? Double.NaN : (double) matched / response;
	}

	public double recall() {
		return reference == 0 ? Double.NaN : (double) matched / reference;
	}

	/** 2PR/(P+R) = 2 matched / (reference + response); 1 when neither has any unit. */
	public double f1() {
		return reference + response == 0 ? Double.NaN : 2.0 * matched / (reference + response);
	}

	Scores plus(Scores other) {
		return new Scores(matched + other.matched, reference + other.reference, response + other.response);
	}

	static final Scores NONE = new Scores(0, 0, 0);
}
