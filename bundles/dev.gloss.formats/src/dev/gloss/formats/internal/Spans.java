/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportException;
import dev.gloss.model.Annotation;

/**
 * The exporters' self-check. Slicing is done here independently of {@link dev.gloss.core.text.OffsetMap}
 * (by walking code points), so a wrong conversion cannot check itself.
 */
public final class Spans {

	private Spans() {
	}

	/** Code point offset of a UTF-16 offset, through the document's map. */
	public static int codePoint(ExportDocument document, int utf16) {
		return document.offsets().toCodePoint(utf16);
	}

	/**
	 * Where the last slice of a text began, so that slices in document order walk the text once
	 * instead of from its start each time (which made the check quadratic in the document).
	 */
	private record Cursor(String text, int codePoint, int utf16) {
	}

	private static final ThreadLocal<Cursor> CURSOR = new ThreadLocal<>();

	/** The text between two code point offsets. */
	public static String sliceCodePoints(String text, int start, int end) {
		long span = utf16Span(text, start, end);
		return text.substring((int) (span >>> 32), (int) span);
	}

	/** The UTF-16 offsets of a code point span, {@code from << 32 | to}, walking on from the last one. */
	private static long utf16Span(String text, int start, int end) {
		Cursor cursor = CURSOR.get();
		if (cursor == null || cursor.text() != text || cursor.codePoint() > start) {
			cursor = new Cursor(text, 0, 0);
		}
		int from = text.offsetByCodePoints(cursor.utf16(), start - cursor.codePoint());
		int to = text.offsetByCodePoints(from, end - start);
		CURSOR.set(new Cursor(text, start, from));
		return (long) from << 32 | to;
	}

	/** The exported span must equal the quote the analyst marked. */
	public static void check(ExportDocument document, Annotation annotation, String exported, String unit)
			throws ExportException {
		String quote = annotation.getQuote();
		if (quote == null) {
			throw new ExportException(document.path(), annotation.getId(), "has no quote to check the span against");
		}
		if (!quote.equals(exported)) {
			throw new ExportException(document.path(), annotation.getId(), "the exported span ("
					+ annotation.getBegin() + ".." + annotation.getEnd() + " as " + unit + ") reads '"
					+ shorten(exported) + "' but the quote is '" + shorten(quote) + "'");
		}
	}

	/** Slices the exported text in code points and checks it against the quote. */
	public static void checkCodePoints(ExportDocument document, Annotation annotation, String exportedText, int start,
			int end) throws ExportException {
		int from;
		int to;
		try {
			long span = utf16Span(exportedText, start, end);
			from = (int) (span >>> 32);
			to = (int) span;
		} catch (IndexOutOfBoundsException e) {
			throw new ExportException(document.path(), annotation.getId(),
					"code point span " + start + ".." + end + " is outside the exported text");
		}
		// compared in place: the slice is made only to say what differs
		String quote = annotation.getQuote();
		if (quote != null && quote.length() == to - from && exportedText.regionMatches(from, quote, 0, to - from)) {
			return;
		}
		check(document, annotation, exportedText.substring(from, to), "code points");
	}

	/** Slices the exported text in UTF-16 units and checks it against the quote. */
	public static void checkUtf16(ExportDocument document, Annotation annotation, String exportedText, int begin,
			int end) throws ExportException {
		if (begin < 0 || begin > end || end > exportedText.length()) {
			throw new ExportException(document.path(), annotation.getId(),
					"UTF-16 span " + begin + ".." + end + " is outside the exported text");
		}
		check(document, annotation, exportedText.substring(begin, end), "UTF-16 units");
	}

	private static String shorten(String text) {
		String flat = text.replace("\r", "\\r").replace("\n", "\\n");
		return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
	}
}
