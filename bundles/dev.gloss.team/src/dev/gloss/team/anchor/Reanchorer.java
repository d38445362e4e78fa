/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.team.anchor.Outcome.Kind;
import dev.gloss.team.anchor.Outcome.Method;

/**
 * Moves annotations from the text they were made on to a changed version of it.
 *
 * <ol>
 * <li>When the old text is known, offsets are mapped through a diff of old and new text. A passage
 * the diff carries over whole keeps its annotation (anchored, or moved when text before it
 * changed). A passage with text only inserted or only deleted strictly inside it stretches or
 * shrinks with it; one with other edits inside (a corrected typo) is kept when the new text is
 * still close to the quote.</li>
 * <li>Otherwise, and for passages the diff says were deleted or rewritten (a moved paragraph is a
 * deletion plus an insertion to a diff), the quote is searched with its prefix and suffix
 * ({@link QuoteMatcher}), near where the diff puts it.</li>
 * <li>An annotation found nowhere is orphaned: kept with its quote, prefix and suffix, flagged,
 * and placed (as an empty range) where its passage used to be. Orphans are searched again each
 * time, so they come back when their passage does.</li>
 * </ol>
 *
 * Nothing is ever dropped. The annotation's {@code modified} time is left alone: re-anchoring is
 * not an edit, and two people re-anchoring the same change get identical files.
 */
public final class Reanchorer {

	/** Lowest {@link QuoteMatcher.Match#score()} accepted. */
	public static final double MIN_SCORE = 0.75;

	/** Lowest similarity of quote and mapped text for a diff-mapped passage with edits inside. */
	public static final double MIN_SIMILARITY = 0.8;

	/**
	 * Re-anchors every annotation of a document on {@code newText} and records the new text's hash.
	 *
	 * @param oldText the text the annotations were made on, or {@code null} when it is not known
	 */
	public ReanchorReport reanchor(AnnotatedDocument document, String oldText, String newText, String oldTextFrom) {
		List<Outcome> outcomes = reanchor(document.getAnnotations(), oldText, newText);
		document.setTextHash(TextHash.of(newText));
		return new ReanchorReport(outcomes, oldText != null, oldTextFrom);
	}

	/** Re-anchors some annotations (those anchored on {@code oldText}); the document is left alone. */
	public List<Outcome> reanchor(Collection<? extends Annotation> annotations, String oldText, String newText) {
		OffsetMapping mapping = oldText == null ? null : OffsetMapping.between(oldText, newText);
		QuoteMatcher matcher = new QuoteMatcher(newText);
		List<Outcome> outcomes = new ArrayList<>(annotations.size());
		for (Annotation annotation : List.copyOf(annotations)) {
			outcomes.add(reanchor(annotation, oldText, newText, mapping, matcher));
		}
		return outcomes;
	}

	private static Outcome reanchor(Annotation annotation, String oldText, String newText, OffsetMapping mapping,
			QuoteMatcher matcher) {
		int begin = annotation.getBegin();
		int end = annotation.getEnd();
		boolean wasOrphan = annotation.isOrphaned();
		boolean validInOld = oldText != null && begin >= 0 && begin <= end && end <= oldText.length();
		String quote = annotation.getQuote();
		if (quote == null && validInOld && !wasOrphan) {
			quote = oldText.substring(begin, end);
		}
		int hint = clamp(begin, newText);
		if (wasOrphan && mapping != null && begin >= 0 && begin <= oldText.length()) {
			hint = mapping.mapNearest(begin, false);
		}
		if (quote == null) {
			return orphan(annotation, hint, newText);
		}

		if (mapping != null && validInOld && !wasOrphan && oldText.regionMatches(begin, quote, 0, quote.length())
				&& quote.length() == end - begin) {
			if (mapping.unchanged(begin, end)) {
				int newBegin = mapping.map(begin, false);
				int newEnd = newBegin + (end - begin);
				return place(annotation, newText, newBegin, newEnd, Method.DIFF, false, 1);
			}
			int newBegin = mapping.mapNearest(begin, false);
			int newEnd = mapping.mapNearest(end, true);
			hint = newBegin;
			if (stretched(mapping, begin, end)) {
				// text only inserted, or only deleted, strictly inside the passage: it stretches or shrinks
				// with it, as Eclipse's position updater and Hypothesis keep such a passage
				String found = newText.substring(newBegin, newEnd);
				return place(annotation, newText, newBegin, newEnd, Method.DIFF, true,
						QuoteMatcher.similarity(quote, found));
			}
			if (newEnd >= newBegin && newEnd - newBegin <= 2 * quote.length() + 16) {
				String found = newText.substring(newBegin, newEnd);
				double similarity = QuoteMatcher.similarity(quote, found);
				if (!found.isEmpty() && similarity >= MIN_SIMILARITY) {
					return place(annotation, newText, newBegin, newEnd, Method.DIFF, !found.equals(quote), similarity);
				}
			}
		} else if (mapping == null && !wasOrphan && end <= newText.length() && begin >= 0 && begin <= end
				&& newText.regionMatches(begin, quote, 0, quote.length()) && quote.length() == end - begin) {
			// old text unknown, passage still where it was
			return place(annotation, newText, begin, end, Method.QUOTE, false, 1);
		}

		Optional<QuoteMatcher.Match> match = matcher.find(quote, annotation.getPrefix(), annotation.getSuffix(), hint);
		if (match.isPresent() && match.get().score() >= MIN_SCORE) {
			QuoteMatcher.Match found = match.get();
			return place(annotation, newText, found.begin(), found.end(), Method.QUOTE, found.errors() > 0,
					found.score());
		}
		return orphan(annotation, hint, newText);
	}

	/**
	 * Whether both ends of the old passage lie in shared text and the changes between them are only
	 * insertions (every old character survives) or only deletions (every new character is old).
	 */
	private static boolean stretched(OffsetMapping mapping, int begin, int end) {
		int newBegin = mapping.map(begin, false);
		int newEnd = mapping.map(end, true);
		if (begin >= end || newBegin < 0 || newEnd <= newBegin) {
			return false;
		}
		return mapping.sharedInOld(begin, end) == end - begin
				|| mapping.sharedInNew(newBegin, newEnd) == newEnd - newBegin;
	}

	private static Outcome place(Annotation annotation, String newText, int newBegin, int newEnd, Method method,
			boolean quoteChanged, double score) {
		int oldBegin = annotation.getBegin();
		int oldEnd = annotation.getEnd();
		boolean wasOrphan = annotation.isOrphaned();
		Anchors.anchor(annotation, newText, newBegin, newEnd);
		annotation.setOrphaned(false);
		boolean same = newBegin == oldBegin && newEnd == oldEnd && !quoteChanged && !wasOrphan;
		return new Outcome(annotation, same ? Kind.ANCHORED : Kind.MOVED, method, oldBegin, oldEnd, quoteChanged,
				score);
	}

	/** Keeps quote, prefix and suffix; an empty range where the passage was. */
	private static Outcome orphan(Annotation annotation, int where, String newText) {
		int oldBegin = annotation.getBegin();
		int oldEnd = annotation.getEnd();
		int at = clamp(where, newText);
		annotation.setBegin(at);
		annotation.setEnd(at);
		annotation.setOrphaned(true);
		return new Outcome(annotation, Kind.ORPHANED, Method.NONE, oldBegin, oldEnd, false, 0);
	}

	/** Inside the text, never between the two halves of a surrogate pair. */
	private static int clamp(int offset, String text) {
		int at = Math.max(0, Math.min(offset, text.length()));
		if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
				&& Character.isHighSurrogate(text.charAt(at - 1))) {
			at--;
		}
		return at;
	}
}
