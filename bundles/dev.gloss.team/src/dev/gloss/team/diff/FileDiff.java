package dev.gloss.team.diff;

import java.util.List;

import dev.gloss.team.diff.AnnotationChange.Kind;

/** The changes to one annotation file between two revisions. @param path its path in the repository */
public record FileDiff(String path, List<AnnotationChange> changes) {

	public long count(Kind kind) {
		return changes.stream().filter(change -> change.is(kind)).count();
	}
}
