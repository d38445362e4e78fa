/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import dev.gloss.model.Annotation;

/**
 * Ties an annotation to its passage: the exact quote, and the text around it that lets Gloss find
 * the passage again after the article changes.
 */
public final class Anchors {

	/** How much text before and after the quote is kept. */
	public static final int CONTEXT_LENGTH = 32;

	private Anchors() {
	}

	/**
	 * Sets offsets, quote, prefix and suffix from the text.
	 *
	 * @throws IllegalArgumentException if the range is not inside the text
	 */
	public static void anchor(Annotation annotation, CharSequence text, int begin, int end) {
		if (begin < 0 || begin > end || end > text.length()) {
			throw new IllegalArgumentException(
					"range " + begin + ".." + end + " is not inside the text (0.." + text.length() + ")");
		}
		annotation.setBegin(begin);
		annotation.setEnd(end);
		annotation.setQuote(text.subSequence(begin, end).toString());
		annotation.setPrefix(text.subSequence(contextStart(text, begin), begin).toString());
		annotation.setSuffix(text.subSequence(end, contextEnd(text, end)).toString());
	}

	/** Does not cut a surrogate pair in half: an emoji stays whole or stays out. */
	private static int contextStart(CharSequence text, int begin) {
		int start = Math.max(0, begin - CONTEXT_LENGTH);
		return start > 0 && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
	}

	private static int contextEnd(CharSequence text, int end) {
		int stop = Math.min(text.length(), end + CONTEXT_LENGTH);
		return stop < text.length() && Character.isLowSurrogate(text.charAt(stop)) ? stop - 1 : stop;
	}
}
