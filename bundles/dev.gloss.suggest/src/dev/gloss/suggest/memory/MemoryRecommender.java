// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.memory;

import java.util.ArrayList;
import java.util.List;

import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.SuggestionRequest;
import dev.gloss.suggest.internal.Token;
import dev.gloss.suggest.internal.Tokens;

/**
 * Proposes what the corpus remembers ({@link CorpusMemory}) wherever the same words occur, with
 * the attributes the analyst gave them; the longest remembered passage wins at each word.
 */
public final class MemoryRecommender implements Recommender {

	public static final String ID = "memory";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Suggestion> suggest(SuggestionRequest request) {
		CorpusMemory memory = request.memory();
		List<Suggestion> found = new ArrayList<>();
		if (memory == null || memory.isEmpty()) {
			return found;
		}
		List<Token> tokens = Tokens.of(request.text());
		List<String> keys = new ArrayList<>(tokens.size());
		for (Token token : tokens) {
			keys.add(Tokens.key(token.text()));
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin() && tokens.get(i - 1).isWord()
					&& tokens.get(i).isWord()) {
				continue;
			}
			List<CorpusMemory.Entry> entries = memory.startingWith(keys.get(i));
			for (CorpusMemory.Entry entry : entries) {
				int end = matchEnd(entry.key(), keys, tokens, i);
				if (end > i) {
					Suggestion suggestion = new Suggestion(CorpusMemory.copyAttributes(entry.example()),
							tokens.get(i).begin(), tokens.get(end - 1).end(), ID,
							"marked as " + entry.type().label() + " in " + entry.where());
					found.add(suggestion);
				}
			}
		}
		return found;
	}

	/** The token index after the entry's words when they start at {@code i}, or -1. */
	private static int matchEnd(String key, List<String> keys, List<Token> tokens, int i) {
		String[] words = key.split(" ");
		int j = i;
		for (String word : words) {
			while (j < keys.size() && keys.get(j).isEmpty()) {
				j++;
			}
			if (j >= keys.size() || !keys.get(j).equals(word)) {
				return -1;
			}
			j++;
		}
		// the passage must end at a word boundary: "Hyesan" is not in "Hyesanese"
		return j;
	}
}
