/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The timestamps Gloss writes ({@code 2026-11-22T09:00:00Z}, UTC to the second) read without the
 * general ISO-8601 parser, which took a tenth of an import's time. Anything else (fractions,
 * offsets, a leap second, an invalid date) is left to {@link Instant#parse}, so the result, or the
 * error, is the same.
 */
final class WholeSeconds {

	private WholeSeconds() {
	}

	/** @return the instant, or {@code null} when the text is not in exactly that form */
	static Instant parse(String text) {
		if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
		} catch (DateTimeException e) {
			return null; // out of range (Feb 30, 24:00, second 60): the general parser decides
		}
	}

	/** The ASCII digits from {@code begin} to {@code end} as a number, or -1. */
	private static int digits(String text, int begin, int end) {
		int value = 0;
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
