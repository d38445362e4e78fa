/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Conflict;
import dev.gloss.model.GlossPackage;
import dev.gloss.team.diff.AnnotationChange.FieldChange;
import dev.gloss.team.diff.AnnotationChange.Kind;

/**
 * Compares two versions of an annotation file annotation by annotation: added, removed, retyped
 * (the type changed, whether the tool kept the id or replaced the annotation on the same passage),
 * moved (new offsets) and changed (attributes and links, each with its old and new value).
 */
public final class AnnotationDiff {

	private static final GlossPackage GLOSS = GlossPackage.eINSTANCE;

	private AnnotationDiff() {
	}

	/** @param before the first version, or null (all added); @param after likewise (all removed) */
	public static List<AnnotationChange> between(AnnotatedDocument before, AnnotatedDocument after) {
		Map<String, Annotation> old = index(before);
		Map<String, Annotation> now = index(after);
		List<AnnotationChange> changes = new ArrayList<>();
		List<Annotation> added = new ArrayList<>();
		List<Annotation> removed = new ArrayList<>();
		for (Annotation annotation : now.values()) {
			Annotation previous = old.get(annotation.getId());
			if (previous == null) {
				added.add(annotation);
				continue;
			}
			Set<Kind> kinds = EnumSet.noneOf(Kind.class);
			if (previous.eClass() != annotation.eClass()) {
				kinds.add(Kind.RETYPED);
			}
			if (previous.getBegin() != annotation.getBegin() || previous.getEnd() != annotation.getEnd()) {
				kinds.add(Kind.MOVED);
			}
			List<FieldChange> fields = fields(previous, annotation);
			if (!fields.isEmpty()) {
				kinds.add(Kind.CHANGED);
			}
			if (!kinds.isEmpty()) {
				changes.add(new AnnotationChange(kinds, previous, annotation, fields));
			}
		}
		for (Annotation annotation : old.values()) {
			if (!now.containsKey(annotation.getId())) {
				removed.add(annotation);
			}
		}
		// a removal and an addition of another type on the same passage: a retyping
		Map<String, Annotation> removedBySpan = new HashMap<>();
		for (Annotation annotation : removed) {
			removedBySpan.putIfAbsent(annotation.getBegin() + ":" + annotation.getEnd(), annotation);
		}
		for (Iterator<Annotation> it = added.iterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Annotation previous = removedBySpan.remove(annotation.getBegin() + ":" + annotation.getEnd());
			if (previous != null && previous.eClass() != annotation.eClass()) {
				removed.remove(previous);
				it.remove();
				changes.add(new AnnotationChange(EnumSet.of(Kind.RETYPED), previous, annotation,
						fields(previous, annotation)));
			} else if (previous != null) {
				removedBySpan.put(previous.getBegin() + ":" + previous.getEnd(), previous);
			}
		}
		for (Annotation annotation : added) {
			changes.add(new AnnotationChange(EnumSet.of(Kind.ADDED), null, annotation, List.of()));
		}
		for (Annotation annotation : removed) {
			changes.add(new AnnotationChange(EnumSet.of(Kind.REMOVED), annotation, null, List.of()));
		}
		changes.sort(Comparator.comparingInt((AnnotationChange c) -> c.current().getBegin())
				.thenComparingInt(c -> c.current().getEnd()).thenComparing(c -> c.current().getId()));
		return changes;
	}

	/** Attributes and links that differ; offsets, quote and context are the move, not listed. */
	private static List<FieldChange> fields(Annotation before, Annotation after) {
		List<FieldChange> fields = new ArrayList<>();
		for (EStructuralFeature feature : after.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || feature == GLOSS.getAnnotation_Begin()
					|| feature == GLOSS.getAnnotation_End() || feature == GLOSS.getAnnotation_Prefix()
					|| feature == GLOSS.getAnnotation_Suffix() || feature == GLOSS.getAnnotation_Id()
					|| !before.eClass().getEAllStructuralFeatures().contains(feature)) {
				continue;
			}
			String old = text(before, feature);
			String now = text(after, feature);
			if (!Objects.equals(old, now)) {
				fields.add(new FieldChange(feature.getName(), old, now));
			}
		}
		return fields;
	}

	private static String text(Annotation annotation, EStructuralFeature feature) {
		Object value = annotation.eGet(feature);
		if (feature == GLOSS.getAnnotation_Conflicts()) {
			StringJoiner joined = new StringJoiner("; ");
			for (Conflict conflict : annotation.getConflicts()) {
				joined.add(conflict.getFeature() + ": " + conflict.getOurs() + " / " + conflict.getTheirs());
			}
			return annotation.getConflicts().isEmpty() ? null : joined.toString();
		}
		if (feature instanceof EReference) {
			StringJoiner joined = new StringJoiner(", ");
			@SuppressWarnings("unchecked")
			List<Annotation> targets = (List<Annotation>) value;
			targets.stream().map(AnnotationDiff::label).sorted().forEach(joined::add);
			return targets.isEmpty() ? null : joined.toString();
		}
		return value == null ? null : EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
	}

	/** The quote, or the id when there is none. */
	static String label(Annotation annotation) {
		String quote = annotation.getQuote();
		if (quote == null || quote.isBlank()) {
			return annotation.getId();
		}
		String line = quote.replace("\r", " ").replace("\n", " ");
		return line.length() <= 40 ? line : line.substring(0, 37) + "...";
	}

	private static Map<String, Annotation> index(AnnotatedDocument document) {
		Map<String, Annotation> byId = new LinkedHashMap<>();
		if (document != null) {
			for (Annotation annotation : document.getAnnotations()) {
				byId.put(annotation.getId(), annotation);
			}
		}
		return byId;
	}
}
