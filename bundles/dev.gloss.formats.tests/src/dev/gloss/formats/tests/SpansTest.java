/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.gloss.formats.internal.Spans;

/** Slicing in code points, the exporters' self-check, in any order and on any text. */
class SpansTest {

	private static final String TEXT = "🚚 to 丹东, 🌧 then 𠮷野\r\nend";

	@Test
	void slicesInOrderBackwardsAndAcrossTexts() {
		assertEquals("🚚", Spans.sliceCodePoints(TEXT, 0, 1));
		assertEquals("丹东", Spans.sliceCodePoints(TEXT, 5, 7));
		assertEquals("𠮷野", Spans.sliceCodePoints(TEXT, 16, 18));
		// backwards: the cursor of the previous slice must not be used
		assertEquals("to", Spans.sliceCodePoints(TEXT, 2, 4));
		assertEquals("\r\nend", Spans.sliceCodePoints(TEXT, 18, 23));
		// another text with the same content but another identity, then a different one
		assertEquals("丹东", Spans.sliceCodePoints(new String(TEXT), 5, 7));
		assertEquals("b", Spans.sliceCodePoints("abc", 1, 2));
		assertEquals("", Spans.sliceCodePoints(TEXT, 23, 23));
		assertThrows(IndexOutOfBoundsException.class, () -> Spans.sliceCodePoints(TEXT, 20, 30));
	}
}
