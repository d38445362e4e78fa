/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.util.List;

/**
 * Agreement between annotators, per annotation type and over all types.
 *
 * @param annotators in the order given
 * @param documents  documents compared
 * @param length     characters of all documents
 * @param tokens     tokens of all documents
 * @param rows       one per type, then "all"; scores pooled over annotator pairs
 * @param pairs      one per pair of annotators and type (with more than two annotators, the
 *                   rows are the pooled view of these)
 * @param notes      documents left out, and why
 */
public record AgreementReport(List<String> annotators, int documents, int length, int tokens, List<Row> rows,
		List<Row> pairs, List<String> notes) {

	/** The label of the row over all types. */
	public static final String ALL = "all";

	/**
	 * @param type       "Claim", ..., or {@link #ALL}
	 * @param reference  first annotator of the pair ({@code null} in pooled rows)
	 * @param response   second annotator ({@code null} in pooled rows)
	 * @param units      units of each annotator in {@link AgreementReport#annotators()} order
	 *                   (pairs: the two)
	 * @param exact      units with the same begin and end
	 * @param overlap    units sharing at least one character, matched one to one
	 * @param kappa      Cohen's kappa on tokens (covered by a unit of the type or not); pooled
	 *                   rows: the mean over pairs (Light's kappa)
	 * @param alpha      Krippendorff's unitizing alpha over all annotators (NaN in pair rows of
	 *                   more than two annotators: see the pooled row)
	 */
	public record Row(String type, String reference, String response, List<Integer> units, Scores exact,
			Scores overlap, double kappa, double alpha) {
	}

	public Row row(String type) {
		return rows.stream().filter(row -> row.type().equals(type)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no row " + type));
	}
}
