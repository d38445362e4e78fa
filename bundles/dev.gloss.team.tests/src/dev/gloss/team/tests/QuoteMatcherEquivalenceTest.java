/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.gloss.team.anchor.QuoteMatcher;

/**
 * The quote search, made faster (searches bounded to their window, the text's index built by
 * counting, unchanged contexts recognised at once, hopeless candidates not aligned), finds exactly
 * what it found before ({@link ReferenceQuoteMatcher}): the same place, errors and scores, on
 * random texts with few distinct words (many occurrences of every quote), CRLF, Hangul, CJK and
 * emoji, after random edits, for quotes with and without typos and with changed contexts, enough
 * searches per text for the index to be built.
 */
class QuoteMatcherEquivalenceTest {

	private static final String[] WORDS = { "trucks", "crossed", "the", "river", "border", "at", "least", "100",
			"vehicles", "customs", "said", "coal", "barges", "market", "prices", "rose", "장마당", "국경", "丹东", "口岸",
			"night", "port", "🚚", "according", "to", "residents", "Hyesan", "Dandong" };

	@Test
	void findsWhatTheReferenceFinds() {
		Random random = new Random(20261201);
		int compared = 0;
		int found = 0;
		for (int round = 0; round < 12; round++) {
			String old = text(random, 4_000 + random.nextInt(40_000));
			String edited = edit(random, old, 1 + random.nextInt(30));
			QuoteMatcher matcher = new QuoteMatcher(edited);
			ReferenceQuoteMatcher reference = new ReferenceQuoteMatcher(edited);
			for (int search = 0; search < 160; search++) {
				int begin = safe(old, random.nextInt(old.length() - 60));
				int end = safe(old, begin + 1 + random.nextInt(50));
				String quote = old.substring(begin, end);
				String prefix = old.substring(Math.max(0, begin - 32), begin);
				String suffix = old.substring(end, Math.min(old.length(), end + 32));
				switch (random.nextInt(6)) {
				case 0 -> quote = typo(random, quote);
				case 1 -> prefix = typo(random, prefix);
				case 2 -> suffix = "";
				case 3 -> prefix = null;
				default -> {
					// as recorded
				}
				}
				int hint = random.nextInt(4) == 0 ? random.nextInt(edited.length() + 1)
						: Math.min(edited.length(), begin);
				Optional<QuoteMatcher.Match> actual = matcher.find(quote, prefix, suffix, hint);
				Optional<ReferenceQuoteMatcher.Match> expected = reference.find(quote, prefix, suffix, hint);
				String what = "round " + round + ", search " + search + ": '" + quote + "' near " + hint;
				assertEquals(expected.isPresent(), actual.isPresent(), what);
				if (actual.isPresent()) {
					ReferenceQuoteMatcher.Match e = expected.get();
					QuoteMatcher.Match a = actual.get();
					assertEquals(e.begin(), a.begin(), what);
					assertEquals(e.end(), a.end(), what);
					assertEquals(e.errors(), a.errors(), what);
					assertEquals(e.score(), a.score(), what);
					assertEquals(e.quoteScore(), a.quoteScore(), what);
					assertEquals(e.prefixScore(), a.prefixScore(), what);
					assertEquals(e.suffixScore(), a.suffixScore(), what);
					found++;
				}
				compared++;
			}
		}
		assertTrue(found > compared / 2, "most quotes are found: " + found + " of " + compared);
	}

	private static String text(Random random, int chars) {
		StringBuilder text = new StringBuilder(chars + 64);
		while (text.length() < chars) {
			text.append(WORDS[random.nextInt(WORDS.length)]);
			text.append(random.nextInt(12) == 0 ? (random.nextBoolean() ? ".\r\n\r\n" : ". ") : " ");
		}
		return text.toString();
	}

	private static String edit(Random random, String text, int edits) {
		StringBuilder edited = new StringBuilder(text);
		for (int e = 0; e < edits; e++) {
			int at = safe(edited, random.nextInt(edited.length()));
			int length = Math.min(edited.length() - at, random.nextInt(120));
			int stop = safe(edited, at + length);
			String insert = switch (random.nextInt(3)) {
			case 0 -> "";
			case 1 -> "the desk added a line about the convoy " + e + " ";
			default -> text.substring(0, Math.min(text.length(), random.nextInt(80))); // a repeated passage
			};
			edited.replace(at, stop, insert);
		}
		return edited.toString();
	}

	private static String typo(Random random, String text) {
		if (text.length() < 4) {
			return text;
		}
		int at = safe(text, random.nextInt(text.length() - 2));
		if (Character.isSurrogate(text.charAt(at)) || Character.isSurrogate(text.charAt(at + 1))) {
			return text;
		}
		return switch (random.nextInt(3)) {
		case 0 -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
		case 1 -> text.substring(0, at) + text.substring(at + 1);
		default -> text.substring(0, at) + 'x' + text.substring(at + 1);
		};
	}

	/** Moves an offset off the second half of a surrogate pair. */
	private static int safe(CharSequence text, int offset) {
		return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1
				: Math.min(offset, text.length());
	}
}
