/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.gloss.core.store.DocumentOrder;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Conflict;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Status;

/**
 * Three-way merge of annotation files on annotations, not lines: annotations are matched by id,
 * then merged attribute by attribute against the common ancestor.
 *
 * <ul>
 * <li>Added on either side: kept.</li>
 * <li>Removed on one side, unchanged on the other: removed (links to it too).</li>
 * <li>Removed on one side, changed on the other: kept, disputed (no edit is lost).</li>
 * <li>Changed on one side: that side's value. Changed alike on both: that value.</li>
 * <li>Changed differently on both: ours is kept, the annotation becomes {@code disputed} and a
 * {@link Conflict} records base, ours and theirs, so the merged file is valid and shows the
 * dispute.</li>
 * <li>Links (a claim's sources, locations, counts) merge as sets: additions and removals of both
 * sides apply.</li>
 * <li>{@code modified}: the later of the two.</li>
 * </ul>
 *
 * <p>The span (begin, end and with them quote, prefix, suffix) merges as one value, named
 * {@value #SPAN} in conflicts and written {@code begin..end}.
 */
public final class AnnotationMerger {
	// not thread-safe: one merge at a time per instance

	/** Conflict feature name of the span. */
	public static final String SPAN = "span";
	/** Conflict feature name of an annotation removed on one side and changed on the other. */
	public static final String REMOVED = "removed";
	/** Conflict feature name of an annotation whose type the two sides changed differently. */
	public static final String TYPE = "type";

	private static final GlossPackage GLOSS = GlossPackage.eINSTANCE;

	private String theirsName;
	private Map<String, Annotation> current;
	/** Their annotation -> its copy in the merged document, whose links are set at the end. */
	private Map<Annotation, Annotation> copies;

	/**
	 * Merges {@code theirs} into {@code ours}, changing and returning {@code ours}.
	 *
	 * @param base the common ancestor, or {@code null} when there is none (added on both sides)
	 */
	public MergeResult merge(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs) {
		return merge(base, ours, theirs, null);
	}

	/**
	 * @param theirsName who made their changes (the author of the merged commit), recorded in
	 *                   conflicts; {@code null} to record each annotation's creator instead
	 */
	public MergeResult merge(AnnotatedDocument base, AnnotatedDocument ours, AnnotatedDocument theirs,
			String theirsName) {
		this.theirsName = theirsName;
		Map<String, Annotation> baseById = index(base);
		Map<String, Annotation> oursById = index(ours);
		Map<String, Annotation> theirsById = index(theirs);
		List<String> removed = new ArrayList<>();
		List<String> disputed = new ArrayList<>();
		Set<String> taken = new LinkedHashSet<>();
		Set<String> fromTheirs = new LinkedHashSet<>();

		String ourHash = ours.getTextHash();
		String theirHash = theirs.getTextHash();
		String mergedHash = mergeDocumentAttributes(base, ours, theirs);
		// offsets anchor on the text of the side they come from: id -> that side's text hash
		Map<String, String> anchoredOn = new LinkedHashMap<>();

		// their annotations: added, or changed where ours removed them
		copies = new LinkedHashMap<>();
		for (Annotation their : theirsById.values()) {
			String id = their.getId();
			if (oursById.containsKey(id)) {
				continue;
			}
			Annotation original = baseById.get(id);
			if (original == null) {
				copies.put(their, copyInto(ours, their));
				fromTheirs.add(id);
				anchoredOn.put(id, theirHash);
			} else if (!sameContent(original, their)) {
				Annotation kept = copyInto(ours, their);
				copies.put(their, kept);
				dispute(kept, REMOVED, "present", "removed", "changed", nameOf(their));
				disputed.add(id);
				anchoredOn.put(id, theirHash);
			}
			// removed by us and unchanged by them: stays removed
		}

		// the merged document by id, kept current as annotations are removed (links resolve against it)
		current = index(ours);
		Set<Annotation> doomed = new java.util.HashSet<>();
		for (Annotation our : List.copyOf(oursById.values())) {
			String id = our.getId();
			Annotation their = theirsById.get(id);
			Annotation original = baseById.get(id);
			if (their == null) {
				if (original == null) {
					anchoredOn.put(id, ourHash); // added by us
					continue;
				}
				if (sameContent(original, our)) {
					doomed.add(our);
					current.remove(id);
					removed.add(id);
				} else {
					dispute(our, REMOVED, "present", "changed", "removed", theirsName);
					disputed.add(id);
				}
				continue;
			}
			Outcome outcome = mergeAnnotation(ours, original, our, their);
			if (outcome.conflicting) {
				disputed.add(id);
			}
			if (outcome.tookTheirs) {
				taken.add(id);
			}
			if (outcome.spanFromTheirs) {
				anchoredOn.put(id, theirHash);
			} else if (original == null || !span(original).equals(span(our))) {
				anchoredOn.put(id, ourHash);
			}
		}

		// one pass for all removals: a pass per removal would cost O(n^2) on large documents
		if (!doomed.isEmpty()) {
			for (Annotation annotation : ours.getAnnotations()) {
				for (EReference link : links(annotation.eClass())) {
					@SuppressWarnings("unchecked")
					List<Annotation> targets = (List<Annotation>) annotation.eGet(link);
					targets.removeIf(doomed::contains);
				}
			}
			// by index, from the end: EList.removeAll compares every pair, O(n * removed)
			List<Annotation> annotations = ours.getAnnotations();
			for (int i = annotations.size() - 1; i >= 0; i--) {
				if (doomed.contains(annotations.get(i))) {
					annotations.remove(i);
				}
			}
		}

		// links of copied annotations point into their document: re-point them by id
		Map<String, Annotation> merged = current;
		for (Map.Entry<Annotation, Annotation> copy : copies.entrySet()) {
			for (EReference link : links(copy.getKey().eClass())) {
				@SuppressWarnings("unchecked")
				List<Annotation> targets = (List<Annotation>) copy.getKey().eGet(link);
				@SuppressWarnings("unchecked")
				List<Annotation> into = (List<Annotation>) copy.getValue().eGet(link);
				for (Annotation target : targets) {
					Annotation resolved = merged.get(target.getId());
					if (resolved != null && !into.contains(resolved)) {
						into.add(resolved);
					}
				}
			}
		}
		fromTheirs.addAll(taken);

		Map<String, String> stale = new LinkedHashMap<>();
		anchoredOn.forEach((id, hash) -> {
			if (merged.containsKey(id) && !Objects.equals(hash, mergedHash)) {
				stale.put(id, hash);
			}
		});
		DocumentOrder.sort(ours.getAnnotations());
		int fromOursCount = merged.size() - fromTheirs.size();
		return new MergeResult(ours, fromOursCount, fromTheirs.size(), List.copyOf(removed), List.copyOf(disputed),
				stale);
	}

	/** Three-way merge of the document's own attributes; returns the merged text hash. */
	private static String mergeDocumentAttributes(AnnotatedDocument base, AnnotatedDocument ours,
			AnnotatedDocument theirs) {
		for (EAttribute attribute : GLOSS.getAnnotatedDocument().getEAllAttributes()) {
			Object b = base == null ? null : base.eGet(attribute);
			Object o = ours.eGet(attribute);
			Object t = theirs.eGet(attribute);
			if (Objects.equals(o, b) && !Objects.equals(t, b)) {
				ours.eSet(attribute, t);
			}
			// changed on both sides differently: ours stays; for the text hash, MergeResult.staleAnchors
			// lists the annotations anchored on their text
		}
		return ours.getTextHash();
	}

	private record Outcome(boolean conflicting, boolean tookTheirs, boolean spanFromTheirs) {
	}

	private Outcome mergeAnnotation(AnnotatedDocument ours, Annotation original, Annotation our, Annotation their) {
		String creator = nameOf(their);
		if (our.eClass() != their.eClass()) {
			boolean oursRetyped = original == null || original.eClass() != our.eClass();
			boolean theirsRetyped = original == null || original.eClass() != their.eClass();
			if (theirsRetyped && !oursRetyped && (original == null || sameContentIgnoringType(original, our))) {
				Annotation replacement = copyInto(ours, their);
				relink(ours, our, replacement);
				removeFrom(ours, our);
				current.put(replacement.getId(), replacement);
				copies.put(their, replacement);
				replacement.getConflicts().addAll(EcoreUtil.copyAll(our.getConflicts()));
				return new Outcome(false, true, true);
			}
			// both retyped differently, or retyped by them while we changed it: ours stays, disputed
			dispute(our, TYPE, original == null ? null : original.eClass().getName(), our.eClass().getName(),
					their.eClass().getName(), creator);
			return new Outcome(true, false, false);
		}
		boolean conflicting = false;
		boolean tookTheirs = false;
		boolean spanFromTheirs = false;

		// the span, as one value
		String baseSpan = original == null ? null : span(original);
		String ourSpan = span(our);
		String theirSpan = span(their);
		if (!ourSpan.equals(theirSpan)) {
			if (ourSpan.equals(baseSpan)) {
				copySpan(their, our);
				tookTheirs = spanFromTheirs = true;
			} else if (!theirSpan.equals(baseSpan)) {
				dispute(our, SPAN, baseSpan, ourSpan, theirSpan, creator);
				conflicting = true;
			}
		}

		for (EStructuralFeature feature : our.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || isSpan(feature)
					|| feature == GLOSS.getAnnotation_Id() || feature == GLOSS.getAnnotation_Conflicts()) {
				continue;
			}
			if (feature == GLOSS.getAnnotation_Modified()) {
				if (their.getModified() != null
						&& (our.getModified() == null || their.getModified().isAfter(our.getModified()))) {
					our.setModified(their.getModified());
				}
				continue;
			}
			if (feature instanceof EReference reference) {
				tookTheirs |= mergeLinks(current, reference, original, our, their);
				continue;
			}
			EAttribute attribute = (EAttribute) feature;
			if (attribute == GLOSS.getAnnotation_Status()) {
				continue; // after the others: a conflict makes it disputed
			}
			// values compared as objects; written as in the file only when a conflict records them
			Object b = original == null ? null : original.eGet(attribute);
			Object o = our.eGet(attribute);
			Object t = their.eGet(attribute);
			if (Objects.equals(o, t)) {
				continue;
			}
			if (Objects.equals(o, b)) {
				our.eSet(attribute, t);
				tookTheirs = true;
			} else if (!Objects.equals(t, b)) {
				if (attribute == GLOSS.getAnnotation_Orphaned()) {
					// one side could not find the passage: keep it flagged until re-anchoring says otherwise
					our.setOrphaned(true);
					continue;
				}
				dispute(our, attribute.getName(), original == null ? null : value(original, attribute),
						value(our, attribute), value(their, attribute), creator);
				conflicting = true;
			}
		}

		// conflicts recorded on either side (earlier merges) stay until someone resolves them
		for (Conflict conflict : their.getConflicts()) {
			if (our.getConflicts().stream().noneMatch(existing -> EcoreUtil.equals(existing, conflict))) {
				boolean resolvedByUs = original != null
						&& original.getConflicts().stream().anyMatch(old -> EcoreUtil.equals(old, conflict));
				if (!resolvedByUs) {
					our.getConflicts().add(EcoreUtil.copy(conflict));
				}
			}
		}
		if (original != null) {
			// a conflict they resolved (present in base, gone on their side) and we left alone goes away
			our.getConflicts().removeIf(conflict -> original.getConflicts().stream()
					.anyMatch(old -> EcoreUtil.equals(old, conflict))
					&& their.getConflicts().stream().noneMatch(t -> EcoreUtil.equals(t, conflict)));
		}

		String b = original == null ? null : value(original, GLOSS.getAnnotation_Status());
		String o = value(our, GLOSS.getAnnotation_Status());
		String t = value(their, GLOSS.getAnnotation_Status());
		if (conflicting || !our.getConflicts().isEmpty()) {
			our.setStatus(Status.DISPUTED);
		} else if (!Objects.equals(o, t) && Objects.equals(o, b)) {
			our.setStatus(their.getStatus());
			tookTheirs = true;
		} else if (!Objects.equals(o, t) && !Objects.equals(t, b)) {
			dispute(our, GLOSS.getAnnotation_Status().getName(), b, o, t, creator);
			our.setStatus(Status.DISPUTED);
			conflicting = true;
		}
		return new Outcome(conflicting, tookTheirs, spanFromTheirs);
	}

	private String nameOf(Annotation their) {
		return theirsName != null ? theirsName : their.getCreator();
	}

	/** Set merge of a claim's links: what either side added or removed since the base applies. */
	@SuppressWarnings("unchecked")
	private static boolean mergeLinks(Map<String, Annotation> merged, EReference reference, Annotation original,
			Annotation our, Annotation their) {
		List<Annotation> result = (List<Annotation>) our.eGet(reference);
		Set<String> baseIds = original == null ? Set.of() : ids((List<Annotation>) original.eGet(reference));
		Set<String> theirIds = ids((List<Annotation>) their.eGet(reference));
		boolean changed = false;
		for (String id : baseIds) {
			if (!theirIds.contains(id)) {
				changed |= result.removeIf(target -> id.equals(target.getId()));
			}
		}
		for (String id : theirIds) {
			if (!baseIds.contains(id) && result.stream().noneMatch(target -> id.equals(target.getId()))) {
				Annotation target = merged.get(id);
				if (target != null) {
					result.add(target);
					changed = true;
				}
				// a link to an annotation we removed: the removal wins
			}
		}
		return changed;
	}

	private static Set<String> ids(List<Annotation> annotations) {
		Set<String> ids = new LinkedHashSet<>();
		for (Annotation annotation : annotations) {
			ids.add(annotation.getId());
		}
		return ids;
	}

	private static void dispute(Annotation annotation, String feature, String base, String ours, String theirs,
			String theirsCreator) {
		Conflict conflict = GlossFactory.eINSTANCE.createConflict();
		conflict.setFeature(feature);
		conflict.setBase(base);
		conflict.setOurs(ours);
		conflict.setTheirs(theirs);
		conflict.setTheirsCreator(theirsCreator);
		if (annotation.getConflicts().stream().noneMatch(existing -> EcoreUtil.equals(existing, conflict))) {
			annotation.getConflicts().add(conflict);
		}
		annotation.setStatus(Status.DISPUTED);
	}

	/** Everything but the modification time and the conflicts equal: "unchanged since the base". */
	static boolean sameContent(Annotation a, Annotation b) {
		return a.eClass() == b.eClass() && sameContentIgnoringType(a, b);
	}

	private static boolean sameContentIgnoringType(Annotation a, Annotation b) {
		for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
			if (feature == GLOSS.getAnnotation_Modified() || feature == GLOSS.getAnnotation_Conflicts()
					|| feature.isDerived() || feature.isTransient() || !b.eClass().getEAllStructuralFeatures().contains(feature)) {
				continue;
			}
			if (feature instanceof EReference reference) {
				@SuppressWarnings("unchecked")
				Set<String> left = ids((List<Annotation>) a.eGet(reference));
				@SuppressWarnings("unchecked")
				Set<String> right = ids((List<Annotation>) b.eGet(reference));
				if (!left.equals(right)) {
					return false;
				}
			} else if (!Objects.equals(a.eGet(feature), b.eGet(feature))) {
				return false;
			}
		}
		return true;
	}

	/** An attribute as written in the file, {@code null} when unset. */
	static String value(Annotation annotation, EAttribute attribute) {
		Object value = annotation.eGet(attribute);
		return value == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	static String span(Annotation annotation) {
		return annotation.getBegin() + ".." + annotation.getEnd();
	}

	private static boolean isSpan(EStructuralFeature feature) {
		return feature == GLOSS.getAnnotation_Begin() || feature == GLOSS.getAnnotation_End()
				|| feature == GLOSS.getAnnotation_Quote() || feature == GLOSS.getAnnotation_Prefix()
				|| feature == GLOSS.getAnnotation_Suffix();
	}

	private static void copySpan(Annotation from, Annotation to) {
		to.setBegin(from.getBegin());
		to.setEnd(from.getEnd());
		to.setQuote(from.getQuote());
		to.setPrefix(from.getPrefix());
		to.setSuffix(from.getSuffix());
	}

	/** A copy of an annotation of another document, added to {@code into}; links are set later. */
	private static Annotation copyInto(AnnotatedDocument into, Annotation source) {
		Annotation copy = (Annotation) EcoreUtil.create(source.eClass());
		for (EAttribute attribute : source.eClass().getEAllAttributes()) {
			if (!attribute.isDerived() && !attribute.isTransient() && source.eIsSet(attribute)) {
				copy.eSet(attribute, source.eGet(attribute));
			}
		}
		copy.getConflicts().addAll(EcoreUtil.copyAll(source.getConflicts()));
		into.getAnnotations().add(copy);
		return copy;
	}

	/** Points every link to {@code from} at {@code to}. */
	@SuppressWarnings("unchecked")
	private static void relink(AnnotatedDocument document, Annotation from, Annotation to) {
		for (Annotation annotation : document.getAnnotations()) {
			for (EReference link : links(annotation.eClass())) {
				List<Annotation> targets = (List<Annotation>) annotation.eGet(link);
				int index = targets.indexOf(from);
				if (index >= 0) {
					targets.remove(index);
					if (link.getEReferenceType().isInstance(to) && !targets.contains(to)) {
						targets.add(index, to);
					}
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void removeFrom(AnnotatedDocument document, Annotation annotation) {
		for (Annotation other : document.getAnnotations()) {
			for (EReference link : links(other.eClass())) {
				((List<Annotation>) other.eGet(link)).remove(annotation);
			}
		}
		document.getAnnotations().remove(annotation);
	}

	private static List<EReference> links(EClass eClass) {
		List<EReference> links = new ArrayList<>();
		for (EReference reference : eClass.getEAllReferences()) {
			if (!reference.isContainment() && !reference.isDerived() && reference.isMany()) {
				links.add(reference);
			}
		}
		return links;
	}

	private static Map<String, Annotation> index(AnnotatedDocument document) {
		int size = document == null ? 0 : document.getAnnotations().size();
		Map<String, Annotation> byId = new LinkedHashMap<>(size + size / 3 + 16);
		if (document != null) {
			for (Annotation annotation : document.getAnnotations()) {
				byId.put(annotation.getId(), annotation);
			}
		}
		return byId;
	}
}
