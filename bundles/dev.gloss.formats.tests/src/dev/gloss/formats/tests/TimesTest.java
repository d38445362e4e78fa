/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.gloss.formats.internal.Times;

/** Exports write times exactly as {@link Instant#toString()} does, through a faster path for whole seconds. */
class TimesTest {

	@Test
	void wholeSecondsReadAsInstantToString() {
		Random random = new Random(11);
		for (int i = 0; i < 100_000; i++) {
			// from before year 0 to after year 10000, to cross the edges of the fast path
			Instant time = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 300_000_000_000L));
			assertEquals(time.toString(), Times.iso(time));
		}
		for (String edge : new String[] { "1000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
				"+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2024-02-29T12:00:00Z" }) {
			Instant time = Instant.parse(edge);
			assertEquals(time.toString(), Times.iso(time), edge);
		}
	}

	@Test
	void fractionsAndNothingAsBefore() {
		Instant time = Instant.parse("2026-03-01T09:30:00.120Z");
		assertEquals(time.toString(), Times.iso(time));
		assertEquals(Instant.ofEpochSecond(5, 1).toString(), Times.iso(Instant.ofEpochSecond(5, 1)));
		assertNull(Times.iso(null));
	}
}
