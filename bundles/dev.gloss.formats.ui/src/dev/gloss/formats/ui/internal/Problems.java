/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;

import dev.gloss.core.corpus.Problem;

/** Problems as an Eclipse status: one child per document, its problems below it. */
final class Problems {

	static final String PLUGIN_ID = "dev.gloss.formats.ui";

	private Problems() {
	}

	static MultiStatus toStatus(String message, List<Problem> problems) {
		Map<Path, MultiStatus> byFile = new LinkedHashMap<>();
		for (Problem problem : problems) {
			int severity = problem.severity() == Problem.Severity.ERROR ? IStatus.ERROR : IStatus.WARNING;
			MultiStatus file = byFile.computeIfAbsent(problem.file(),
					f -> new MultiStatus(PLUGIN_ID, 0, f.toString(), null));
			String place = problem.line() > 0 ? "line " + problem.line() + ": " : "";
			file.add(new Status(severity, PLUGIN_ID, place + problem.message()));
		}
		MultiStatus status = new MultiStatus(PLUGIN_ID, 0, message, null);
		byFile.values().forEach(status::add);
		return status;
	}
}
