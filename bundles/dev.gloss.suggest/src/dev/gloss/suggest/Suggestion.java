// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;

/**
 * A passage a recommender proposes to annotate, with the attributes it proposes and why. The
 * attributes travel on a detached annotation of the proposed type ({@link #proposal()}); only its
 * type-specific attributes count (name, kind, value, unit ...), offsets and bookkeeping are set
 * when the suggestion is written or accepted. A claim may link to other suggestions and to
 * annotations the analyst made.
 */
public final class Suggestion {

	private final AnnotationType type;
	private final int begin;
	private final int end;
	private final Annotation proposal;
	private final String recommender;
	private final String reason;
	private final List<Suggestion> linkedSuggestions = new ArrayList<>();
	private final List<Annotation> linkedAnnotations = new ArrayList<>();

	/**
	 * @param proposal    a new, detached annotation of the type, carrying the proposed attributes
	 * @param begin       UTF-16 offset into the article
	 * @param end         exclusive UTF-16 offset
	 * @param recommender the id of the recommender that proposes it
	 * @param reason      why, in a few words a person reads ("GeoNames 2043837: Hyesan, KP")
	 */
	public Suggestion(Annotation proposal, int begin, int end, String recommender, String reason) {
		if (begin < 0 || end <= begin) {
			throw new IllegalArgumentException("empty or negative range " + begin + ".." + end);
		}
		this.type = AnnotationType.of(proposal);
		this.proposal = proposal;
		this.begin = begin;
		this.end = end;
		this.recommender = Objects.requireNonNull(recommender);
		this.reason = Objects.requireNonNull(reason);
	}

	public AnnotationType type() {
		return type;
	}

	public int begin() {
		return begin;
	}

	public int end() {
		return end;
	}

	public Annotation proposal() {
		return proposal;
	}

	public String recommender() {
		return recommender;
	}

	public String reason() {
		return reason;
	}

	public boolean overlaps(int otherBegin, int otherEnd) {
		return begin < otherEnd && otherBegin < end;
	}

	/** A claim's link to another suggestion (a source, place or count it proposes too). */
	public void link(Suggestion other) {
		if (!linkedSuggestions.contains(other)) {
			linkedSuggestions.add(other);
		}
	}

	/** A claim's link to an annotation the analyst already made. */
	public void link(Annotation existing) {
		if (!linkedAnnotations.contains(existing)) {
			linkedAnnotations.add(existing);
		}
	}

	public List<Suggestion> linkedSuggestions() {
		return Collections.unmodifiableList(linkedSuggestions);
	}

	public List<Annotation> linkedAnnotations() {
		return Collections.unmodifiableList(linkedAnnotations);
	}

	@Override
	public String toString() {
		return type.label() + " " + begin + ".." + end + " (" + recommender + ": " + reason + ")";
	}
}
