/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.util.List;

import dev.gloss.core.corpus.Problem;

/**
 * What an import did.
 *
 * @param written  whether anything was written; {@code false} when problems stopped it
 * @param articles articles written (brat brings the text)
 * @param added    annotations new to the corpus
 * @param replaced annotations that replaced one with the same id
 */
public record ImportResult(boolean written, int documents, int articles, int added, int replaced,
		List<Problem> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
