/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.gloss.team.anchor.OffsetMapping;
import dev.gloss.team.anchor.QuoteMatcher;

/** The two halves of re-anchoring on their own: diff-based offset mapping, and the quote search. */
class OffsetMappingAndQuoteMatcherTest {

	/**
	 * Random edits of a text with CRLF line ends, CJK and emoji: every offset the mapping carries
	 * over points at the same character in the new text, mapped offsets never go backwards, and
	 * the shared text is at least what the edits left untouched.
	 */
	@Test
	void mappedOffsetsPointAtTheSameCharactersAfterRandomEdits() {
		String base = Fixtures.article(Fixtures.FERRY).replace("\n", "\r\n") + "丹东 口岸 🚚 장마당 and more 🚚.\r\n";
		Random random = new Random(5);
		for (int round = 0; round < 200; round++) {
			StringBuilder edited = new StringBuilder(base);
			int edits = 1 + random.nextInt(6);
			int touched = 0;
			for (int e = 0; e < edits; e++) {
				int at = random.nextInt(edited.length());
				if (Character.isLowSurrogate(edited.charAt(at))) {
					at--;
				}
				int length = Math.min(edited.length() - at, random.nextInt(40));
				while (at + length < edited.length() && Character.isLowSurrogate(edited.charAt(at + length))) {
					length++;
				}
				String insert = random.nextBoolean() ? "" : "inserted text " + round;
				edited.replace(at, at + length, insert);
				touched += length + insert.length();
			}
			String after = edited.toString();
			OffsetMapping mapping = OffsetMapping.between(base, after);
			int previous = -1;
			for (int offset = 0; offset < base.length(); offset++) {
				int mapped = mapping.map(offset, false);
				if (mapped >= 0) {
					assertEquals(base.charAt(offset), after.charAt(mapped), "round " + round + " offset " + offset);
					assertTrue(mapped > previous, "monotonic");
					previous = mapped;
				}
			}
			assertTrue(mapping.sharedCharacters() >= base.length() - touched, "round " + round);
			assertEquals(after.length(), mapping.mapNearest(base.length(), true));
		}
	}

	@Test
	void unchangedTextMapsOntoItself() {
		String text = Fixtures.article(Fixtures.CONVOY);
		OffsetMapping mapping = OffsetMapping.between(text, text);
		assertEquals(text.length(), mapping.sharedCharacters());
		assertTrue(mapping.unchanged(0, text.length()));
		assertEquals(0, OffsetMapping.between("", "").sharedCharacters());
		assertEquals(-1, OffsetMapping.between("abc", "").map(1, false));
	}

	@Test
	void aRepeatedQuoteIsTellTheRightOneByItsContext() {
		String text = "The ferry left Kelso Point at dawn. Later the ferry left Kelso Point again at noon.";
		QuoteMatcher matcher = new QuoteMatcher(text);
		int second = text.lastIndexOf("Kelso Point");
		// context of the second mention, hint at the first: the context wins over the position
		QuoteMatcher.Match match = matcher.find("Kelso Point", "Later the ferry left ", " again at noon.", 0)
				.orElseThrow();
		assertEquals(second, match.begin());
		assertEquals(0, match.errors());
	}

	@Test
	void aShortQuoteWithACorrectedTypoIsFoundThroughItsContext() {
		String text = "Traders in Hyesan said rice prices rose again this week.";
		// annotated when the article read "Hyesna"
		QuoteMatcher.Match match = new QuoteMatcher(text).find("Hyesna", "Traders in ", " said rice prices", 11)
				.orElseThrow();
		assertEquals("Hyesan", text.substring(match.begin(), match.end()));
		assertEquals(1, match.errors(), "a swap of two letters is one edit");
	}

	@Test
	void aPassageThatIsGoneIsNotFound() {
		String text = "Officials at the depot said the shipment amounted to roughly 900 tonnes of wheat.";
		assertTrue(new QuoteMatcher(text).find("Drivers said they were given no reason for the delay.",
				"Saturday while inspectors examined its paperwork. ", " Officials at the depot", 40).isEmpty());
	}
}
