/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.diff;

import java.util.List;

import dev.gloss.team.diff.AnnotationChange.Kind;

/** The changes to one annotation file between two revisions. @param path its path in the repository */
public record FileDiff(String path, List<AnnotationChange> changes) {

	public long count(Kind kind) {
		return changes.stream().filter(change -> change.is(kind)).count();
	}
}
