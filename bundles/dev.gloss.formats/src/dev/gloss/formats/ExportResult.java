/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.nio.file.Path;
import java.util.List;

import dev.gloss.core.corpus.Problem;

/**
 * What an export did.
 *
 * @param folder      the export folder
 * @param written     whether the export was moved into place; {@code false} leaves the folder as
 *                    it was before (no half-written export)
 * @param documents   documents written
 * @param annotations annotations written
 * @param problems    per document: what kept it out of the export (errors) or what was left out
 *                    of it (warnings)
 */
public record ExportResult(Path folder, boolean written, int documents, int annotations, List<Problem> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
