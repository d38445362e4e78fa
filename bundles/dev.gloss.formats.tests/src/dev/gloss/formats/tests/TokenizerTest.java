/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gloss.formats.conll.Tokenizer;

/** The documented CoNLL tokenizer rules, one by one. */
class TokenizerTest {

	private static List<String> tokens(String text, int... boundaries) {
		return Tokenizer.tokenize(text, boundaries).stream().map(t -> text.substring(t.begin(), t.end())).toList();
	}

	@Test
	void wordsKeepInnerApostrophesPeriodsCommasAndHyphens() {
		assertEquals(List.of("Don't", "move", "1,200", "tons", "across", "cross-border", "roads", "at", "3.5", "km",
				"."), tokens("Don't move 1,200 tons across cross-border roads at 3.5 km."));
	}

	@Test
	void hanAndKanaAreOneTokenPerCharacterHangulWordsStayWhole() {
		assertEquals(List.of("丹", "东", "の", "市", "場", "시장", "상인들은"), tokens("丹东の市場 시장 상인들은"));
		assertEquals(List.of("𠮷", "野"), tokens("𠮷野"));
	}

	@Test
	void emojiSequencesAreOneTokenAndPunctuationStandsAlone() {
		assertEquals(List.of("🚚", "🚚", "👩\u200D🌾", "🌧\uFE0F", "\"", "ok", "\"", "!"),
				tokens("🚚🚚 👩\u200D🌾 🌧\uFE0F \"ok\"!"));
	}

	@Test
	void annotationBoundariesSplitTokens() {
		assertEquals(List.of("Sinui", "ju"), tokens("Sinuiju", 5));
		assertEquals(List.of("a", "\r", "b"), List.of("a", "\r", "b"));
		assertEquals(List.of("line", "next"), tokens("line\r\n next\u3000"));
	}
}
