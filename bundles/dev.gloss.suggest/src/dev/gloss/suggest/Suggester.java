// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Status;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.suggest.memory.Rejections;

/**
 * Runs the recommenders over one article and resolves what they propose: nothing the corpus
 * rejected, nothing where the analyst already marked a passage of the same type, one suggestion
 * per passage and type (the earlier recommender wins a tie, a longer passage wins an overlap), in
 * document order. Recommenders that link (claims) run last, on the resolved suggestions.
 */
public final class Suggester {

	private final List<Recommender> recommenders;
	private final Rejections rejections;

	public Suggester(List<Recommender> recommenders, Rejections rejections) {
		this.recommenders = List.copyOf(recommenders);
		this.rejections = rejections;
	}

	/**
	 * @param text        the article's text
	 * @param annotations the article's annotations (proposals among them are ignored: they are
	 *                    what this replaces)
	 * @param memory      the corpus memory, or an empty one
	 */
	public List<Suggestion> suggest(String text, List<Annotation> annotations, CorpusMemory memory) {
		List<Annotation> existing = annotations.stream().filter(a -> a.getStatus() != Status.PROPOSED && !a.isOrphaned())
				.toList();
		List<Suggestion> plain = new ArrayList<>();
		for (Recommender recommender : recommenders) {
			if (!recommender.links()) {
				plain.addAll(recommender.suggest(new SuggestionRequest(text, existing, memory, List.of())));
			}
		}
		List<Suggestion> resolved = resolve(plain, existing, text);
		List<Suggestion> linked = new ArrayList<>();
		for (Recommender recommender : recommenders) {
			if (recommender.links()) {
				linked.addAll(recommender.suggest(new SuggestionRequest(text, existing, memory, resolved)));
			}
		}
		List<Suggestion> all = new ArrayList<>(resolved);
		all.addAll(resolve(linked, existing, text));
		all.sort(Comparator.comparingInt(Suggestion::begin).thenComparingInt(Suggestion::end));
		return all;
	}

	private List<Suggestion> resolve(List<Suggestion> proposed, List<Annotation> existing, String text) {
		List<Suggestion> kept = new ArrayList<>();
		for (Suggestion candidate : proposed) {
			if (candidate.end() > text.length()
					|| rejections.contains(candidate.type(), text.substring(candidate.begin(), candidate.end()))
					|| coveredByAnalyst(candidate, existing)) {
				continue;
			}
			Suggestion rival = null;
			for (Suggestion other : kept) {
				if (other.type() == candidate.type() && other.overlaps(candidate.begin(), candidate.end())) {
					rival = other;
					break;
				}
			}
			if (rival == null) {
				kept.add(candidate);
			} else if (candidate.end() - candidate.begin() > rival.end() - rival.begin()) {
				kept.set(kept.indexOf(rival), candidate);
			}
		}
		return kept;
	}

	private static boolean coveredByAnalyst(Suggestion candidate, List<Annotation> existing) {
		for (Annotation annotation : existing) {
			if (AnnotationType.of(annotation) == candidate.type()
					&& annotation.getBegin() < candidate.end() && candidate.begin() < annotation.getEnd()) {
				return true;
			}
		}
		return false;
	}
}
