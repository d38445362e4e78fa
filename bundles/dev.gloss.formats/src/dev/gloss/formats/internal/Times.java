/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Created and modified times as exports write them: exactly {@link Instant#toString()}. Gloss
 * keeps them to the second, and for those the text is built directly; ISO_INSTANT formatting was
 * a noticeable part of writing an annotation.
 */
public final class Times {

	private Times() {
	}

	/** {@code time.toString()}, or {@code null} for {@code null}. */
	public static String iso(Instant time) {
		if (time == null) {
			return null;
		}
		long seconds = time.getEpochSecond();
		// years 1000-9999 print as four digits without a sign; whole seconds print no fraction
		if (time.getNano() != 0 || seconds < -30_610_224_000L || seconds > 253_402_300_799L) {
			return time.toString();
		}
		LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
		char[] c = new char[20];
		digits(c, 0, t.getYear(), 4);
		c[4] = '-';
		digits(c, 5, t.getMonthValue(), 2);
		c[7] = '-';
		digits(c, 8, t.getDayOfMonth(), 2);
		c[10] = 'T';
		digits(c, 11, t.getHour(), 2);
		c[13] = ':';
		digits(c, 14, t.getMinute(), 2);
		c[16] = ':';
		digits(c, 17, t.getSecond(), 2);
		c[19] = 'Z';
		return new String(c);
	}

	private static void digits(char[] out, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			out[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}
}
