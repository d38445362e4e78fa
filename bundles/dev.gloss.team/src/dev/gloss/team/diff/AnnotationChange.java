/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.diff;

import java.util.List;
import java.util.Set;

import dev.gloss.model.Annotation;

/**
 * How one annotation differs between two versions of an annotation file.
 *
 * @param kinds  ADDED or REMOVED alone, else any of RETYPED, MOVED, CHANGED
 * @param before the annotation in the first version (null when added)
 * @param after  the annotation in the second version (null when removed)
 * @param fields the attributes and links that changed (for CHANGED)
 */
public record AnnotationChange(Set<Kind> kinds, Annotation before, Annotation after, List<FieldChange> fields) {

	public enum Kind {
		ADDED, REMOVED, RETYPED, MOVED, CHANGED
	}

	/** One attribute or link, as written in the file; null when unset. */
	public record FieldChange(String feature, String before, String after) {
	}

	/** The annotation as it is now, or as it was when removed. */
	public Annotation current() {
		return after != null ? after : before;
	}

	public boolean is(Kind kind) {
		return kinds.contains(kind);
	}
}
