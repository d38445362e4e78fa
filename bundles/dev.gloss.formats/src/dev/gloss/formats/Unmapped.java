/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.gloss.core.corpus.Problem;

/**
 * The labels an import could not map, with how often each occurred, so that the user sees at once
 * which {@code --map} entries are missing instead of one warning per span.
 */
public final class Unmapped {

	private final Map<String, Integer> spans = new TreeMap<>();
	private final Map<String, Integer> relations = new TreeMap<>();

	public void span(String label) {
		spans.merge(label, 1, Integer::sum);
	}

	public void relation(String label) {
		relations.merge(label, 1, Integer::sum);
	}

	/** Adds another file's tally. */
	public void add(Unmapped other) {
		other.spans.forEach((label, count) -> spans.merge(label, count, Integer::sum));
		other.relations.forEach((label, count) -> relations.merge(label, count, Integer::sum));
	}

	public boolean isEmpty() {
		return spans.isEmpty() && relations.isEmpty();
	}

	/** One warning listing every unmapped label and its count, on the first source. */
	public void report(Path source, ImportPlan plan) {
		if (isEmpty()) {
			return;
		}
		StringBuilder message = new StringBuilder("not imported, no Gloss type or link for these labels:");
		spans.forEach((label, count) -> message.append(' ').append(label).append(" (").append(count)
				.append(count == 1 ? " span)," : " spans),"));
		relations.forEach((label, count) -> message.append(' ').append(label).append(" (").append(count)
				.append(count == 1 ? " relation)," : " relations),"));
		message.setLength(message.length() - 1);
		message.append("; map them with --map LABEL=TARGET (claim, source, location, count; sources, locations, "
				+ "counts or links for relations; ignore)");
		plan.problem(Problem.warning(source, 0, 0, message.toString()));
	}
}
