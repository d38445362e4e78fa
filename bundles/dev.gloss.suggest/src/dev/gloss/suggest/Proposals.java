// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;

import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;
import dev.gloss.model.Status;
import dev.gloss.suggest.memory.CorpusMemory;

/**
 * Suggestions as annotations of a document: written with the status {@code proposed}, the
 * recommender as creator ("suggest:places") and the reason as comment, linked as proposed;
 * accepted by turning them into drafts of the analyst. Annotations the analyst made are never
 * changed here, except that an accepted claim's links are theirs to keep.
 */
public final class Proposals {

	/** The creator of proposals: this prefix and the recommender's id. */
	public static final String CREATOR_PREFIX = "suggest:";

	private Proposals() {
	}

	/** Removes the document's proposals (the ones a new run replaces); returns how many. */
	public static int clear(CorpusDocument document) {
		List<Annotation> proposed = document.annotations().stream().filter(a -> a.getStatus() == Status.PROPOSED)
				.toList();
		for (Annotation annotation : proposed) {
			document.remove(annotation);
		}
		return proposed.size();
	}

	/**
	 * Adds suggestions to a document as proposed annotations, with their attributes and links.
	 *
	 * @return the annotations added, in the order of the suggestions
	 */
	public static List<Annotation> add(CorpusDocument document, List<Suggestion> suggestions) {
		Map<Suggestion, Annotation> added = new HashMap<>();
		List<Annotation> result = new ArrayList<>();
		for (Suggestion suggestion : suggestions) {
			Annotation annotation = document.add(suggestion.type(), suggestion.begin(), suggestion.end());
			copyAttributes(suggestion.proposal(), annotation);
			annotation.setStatus(Status.PROPOSED);
			annotation.setCreator(CREATOR_PREFIX + suggestion.recommender());
			annotation.setComment(suggestion.reason());
			added.put(suggestion, annotation);
			result.add(annotation);
		}
		for (Suggestion suggestion : suggestions) {
			if (added.get(suggestion) instanceof Claim claim) {
				for (Suggestion linked : suggestion.linkedSuggestions()) {
					link(claim, added.get(linked));
				}
				for (Annotation existing : suggestion.linkedAnnotations()) {
					if (existing.eContainer() == document.model()) {
						link(claim, existing);
					}
				}
			}
		}
		return result;
	}

	/**
	 * Accepts a proposal: it becomes the analyst's draft (creator, time), keeps its attributes,
	 * and the memory learns it at once.
	 */
	public static void accept(CorpusDocument document, Annotation proposal, String analyst, CorpusMemory memory) {
		if (proposal.getStatus() != Status.PROPOSED) {
			return;
		}
		proposal.setStatus(Status.DRAFT);
		proposal.setCreator(analyst);
		proposal.setComment(null);
		document.touch(proposal);
		if (memory != null) {
			memory.learn(proposal, document.article().relativePath());
		}
	}

	/** Links a claim to a source, place or count, once (accepting a claim brings its links). */
	public static void link(Claim claim, Annotation target) {
		if (target instanceof Source source && !claim.getSources().contains(source)) {
			claim.getSources().add(source);
		} else if (target instanceof Location location && !claim.getLocations().contains(location)) {
			claim.getLocations().add(location);
		} else if (target instanceof Count count && !claim.getCounts().contains(count)) {
			claim.getCounts().add(count);
		}
	}

	private static void copyAttributes(Annotation from, Annotation to) {
		Annotation attributes = CorpusMemory.copyAttributes(from);
		for (EAttribute attribute : attributes.eClass().getEAllAttributes()) {
			if (attributes.eIsSet(attribute)) {
				to.eSet(attribute, attributes.eGet(attribute));
			}
		}
	}
}
