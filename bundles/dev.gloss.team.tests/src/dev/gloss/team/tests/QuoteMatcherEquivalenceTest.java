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
 * counting, unchanged contexts recognised at once, hopeless candidates not aligned, alignments
 * computed 64 characters per machine word), finds exactly what it found before
 * ({@link ReferenceQuoteMatcher}): the same place, errors and scores, on random texts with few
 * distinct words (many occurrences of every quote), CRLF, Hangul, CJK and emoji, after random
 * edits, for quotes with and without typos and with changed contexts, enough searches per text for
 * the index to be built. The bit-parallel alignments are exercised on each side of a machine
 * word (quotes and contexts of 63, 64, 65, 128 and 130 characters and more), with typos that
 * insert or replace surrogate pairs, with empty contexts, and where nothing matches.
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
				String what = "round " + round + ", search " + search + ": '" + quote + "' near " + hint;
				if (sameAsReference(matcher, reference, quote, prefix, suffix, hint, what)) {
					found++;
				}
				compared++;
			}
		}
		assertTrue(found > compared / 2, "most quotes are found: " + found + " of " + compared);
	}

	/**
	 * Quotes and contexts on each side of the 64 characters of a machine word (one word, then
	 * blocks of 64 rows), with up to three typos that swap, delete, insert or replace characters
	 * (surrogate pairs among them), so that exact search fails and the alignments decide.
	 */
	@Test
	void longQuotesAndContextsWithTyposAgreeWithTheReference() {
		Random random = new Random(64);
		int[] quoteLengths = { 16, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 130, 200 };
		int[] contextLengths = { 0, 4, 32, 63, 64, 65, 130 };
		int compared = 0;
		int approximate = 0;
		for (int round = 0; round < 6; round++) {
			String old = text(random, 6_000 + random.nextInt(20_000));
			String edited = edit(random, old, 1 + random.nextInt(20));
			QuoteMatcher matcher = new QuoteMatcher(edited);
			ReferenceQuoteMatcher reference = new ReferenceQuoteMatcher(edited);
			for (int search = 0; search < 120; search++) {
				int length = quoteLengths[random.nextInt(quoteLengths.length)];
				int context = contextLengths[random.nextInt(contextLengths.length)];
				int begin = wholeSpan(old, random.nextInt(old.length() - length - context - 2), length);
				String quote = old.substring(begin, begin + length);
				String prefix = old.substring(Math.max(0, begin - context), begin);
				String suffix = old.substring(begin + length, Math.min(old.length(), begin + length + context));
				int typos = random.nextInt(4);
				for (int t = 0; t < typos; t++) {
					quote = wideTypo(random, quote);
				}
				if (random.nextBoolean()) {
					prefix = wideTypo(random, prefix);
				}
				if (random.nextBoolean()) {
					suffix = wideTypo(random, suffix);
				}
				int hint = random.nextInt(5) == 0 ? random.nextInt(edited.length() + 1)
						: Math.min(edited.length(), begin);
				String what = "round " + round + ", search " + search + ": " + quote.length() + " characters, "
						+ typos + " typos, contexts of " + context + " near " + hint;
				Optional<QuoteMatcher.Match> match = matcher.find(quote, prefix, suffix, hint);
				sameAsReference(matcher, reference, quote, prefix, suffix, hint, what);
				if (match.isPresent() && match.get().errors() > 0) {
					approximate++;
				}
				compared++;
			}
		}
		assertTrue(approximate > compared / 4, "many quotes are found only approximately: " + approximate + " of "
				+ compared);
	}

	/**
	 * Typos right at the edges of the 64-character blocks of a long quote (a swap of the 64th and
	 * 65th characters reaches across two machine words), each compared with the reference.
	 */
	@Test
	void typosAtTheEdgesOfMachineWordsAgreeWithTheReference() {
		Random random = new Random(6465);
		String old = text(random, 20_000);
		String edited = edit(random, old, 8);
		QuoteMatcher matcher = new QuoteMatcher(edited);
		ReferenceQuoteMatcher reference = new ReferenceQuoteMatcher(edited);
		int approximate = 0;
		for (int length : new int[] { 65, 66, 128, 129, 130, 193 }) {
			for (int search = 0; search < 12; search++) {
				int begin = wholeSpan(old, random.nextInt(old.length() - length - 40), length);
				String passage = old.substring(begin, begin + length);
				String prefix = old.substring(Math.max(0, begin - 32), begin);
				String suffix = old.substring(begin + length, begin + length + 32);
				for (int edge = 64; edge < length; edge += 64) {
					for (int at = edge - 2; at <= edge + 1 && at + 1 < length; at++) {
						String swapped = passage.substring(0, at) + passage.charAt(at + 1) + passage.charAt(at)
								+ passage.substring(at + 2);
						String deleted = passage.substring(0, at) + passage.substring(at + 1);
						String inserted = passage.substring(0, at) + "국" + passage.substring(at);
						for (String quote : new String[] { swapped, deleted, inserted }) {
							String what = length + " characters, typo at " + at + ": '" + quote + "'";
							int hint = search % 3 == 0 ? random.nextInt(edited.length() + 1)
									: Math.min(edited.length(), begin);
							if (sameAsReference(matcher, reference, quote, prefix, suffix, hint, what)
									&& matcher.find(quote, prefix, suffix, hint).get().errors() > 0) {
								approximate++;
							}
						}
					}
				}
			}
		}
		assertTrue(approximate > 300, "typos found approximately: " + approximate);
	}

	/**
	 * Quotes found nowhere (words the text does not have, or more typos than a quarter of the
	 * quote) are not found, as before; empty and missing contexts score as before.
	 */
	@Test
	void quotesFoundNowhereAndEmptyContextsAgreeWithTheReference() {
		Random random = new Random(404);
		String old = text(random, 12_000);
		String edited = edit(random, old, 10);
		QuoteMatcher matcher = new QuoteMatcher(edited);
		ReferenceQuoteMatcher reference = new ReferenceQuoteMatcher(edited);
		int missing = 0;
		for (int search = 0; search < 200; search++) {
			int length = 8 + random.nextInt(140);
			int begin = wholeSpan(old, random.nextInt(old.length() - length - 40), length);
			String quote = old.substring(begin, begin + length);
			String what = "search " + search;
			switch (search % 4) {
			case 0 -> quote = "zebra quagga okapi " + quote.substring(0, length / 2) + " gnu"; // not in the text
			case 1 -> {
				for (int t = 0; t <= length / 4; t++) { // one typo too many
					quote = wideTypo(random, quote);
				}
			}
			default -> {
				// found, with contexts empty or missing below
			}
			}
			String prefix = search % 3 == 0 ? null : "";
			String suffix = search % 2 == 0 ? "" : null;
			int hint = random.nextInt(edited.length() + 1);
			if (!sameAsReference(matcher, reference, quote, prefix, suffix, hint, what)) {
				missing++;
			}
		}
		assertTrue(missing >= 50, "the quotes that are nowhere are not found: " + missing);
		// a text without any piece of the quote, and an empty text
		assertTrue(new QuoteMatcher("丹东 口岸 🚚\r\n장마당").find("Hyesan customs said", "", "", 0).isEmpty());
		assertTrue(new QuoteMatcher("").find("Hyesan customs said", "at ", " that", 0).isEmpty());
	}

	/** A typo swapping two neighbours of a quote longer than a machine word is one edit, found where it is. */
	@Test
	void aSwapInAQuoteLongerThanAWordIsOneEdit() {
		String passage = "Customs officers at the Dandong crossing said 丹东 traders waited 🚚 overnight, "
				+ "according to residents of Hyesan reached by phone.";
		String text = "Earlier reports.\r\n" + passage + "\r\nLater reports.";
		String quote = passage.replace("waited", "wiated");
		assertTrue(quote.length() > 64);
		QuoteMatcher.Match match = new QuoteMatcher(text).find(quote, "reports.\r\n", "\r\nLater", 0).orElseThrow();
		assertEquals(text.indexOf(passage), match.begin());
		assertEquals(text.indexOf(passage) + passage.length(), match.end());
		assertEquals(1, match.errors());
	}

	/** Compares one search with the reference's; whether something was found. */
	private static boolean sameAsReference(QuoteMatcher matcher, ReferenceQuoteMatcher reference, String quote,
			String prefix, String suffix, int hint, String what) {
		Optional<QuoteMatcher.Match> actual = matcher.find(quote, prefix, suffix, hint);
		Optional<ReferenceQuoteMatcher.Match> expected = reference.find(quote, prefix, suffix, hint);
		assertEquals(expected.isPresent(), actual.isPresent(), what);
		if (actual.isEmpty()) {
			return false;
		}
		ReferenceQuoteMatcher.Match e = expected.get();
		QuoteMatcher.Match a = actual.get();
		assertEquals(e.begin(), a.begin(), what);
		assertEquals(e.end(), a.end(), what);
		assertEquals(e.errors(), a.errors(), what);
		assertEquals(e.score(), a.score(), what);
		assertEquals(e.quoteScore(), a.quoteScore(), what);
		assertEquals(e.prefixScore(), a.prefixScore(), what);
		assertEquals(e.suffixScore(), a.suffixScore(), what);
		return true;
	}

	/** The first offset from {@code from} at which a span of {@code length} splits no surrogate pair. */
	private static int wholeSpan(String text, int from, int length) {
		int begin = from;
		while (Character.isLowSurrogate(text.charAt(begin)) || Character.isLowSurrogate(text.charAt(begin + length))) {
			begin++;
		}
		return begin;
	}

	/** A typo that may also insert or replace a Hangul syllable, a CJK character or an emoji. */
	private static String wideTypo(Random random, String text) {
		if (text.length() < 4 || random.nextInt(3) != 0) {
			return typo(random, text);
		}
		int at = safe(text, random.nextInt(text.length() - 2));
		String wide = switch (random.nextInt(3)) {
		case 0 -> "국";
		case 1 -> "岸";
		default -> "🚢";
		};
		int stop = random.nextBoolean() ? at : safe(text, at + 1); // inserted, or replacing one character
		return text.substring(0, at) + wide + text.substring(stop);
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
