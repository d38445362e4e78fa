/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.DocumentOrder;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Status;
import dev.gloss.ui.hover.AnnotationDescriptions;

/**
 * The Corpus view's rows of one annotation file, held compactly: no model objects (a loaded
 * document is dropped as soon as its rows are taken), offsets and codes in primitive arrays, the
 * quotes and comments of all rows in one string (and its lower-case twin that the filter searches
 * with {@link String#indexOf}), the attribute texts and creators shared across the corpus (a
 * corpus repeats them: "reported, credibility 3, sources: ..."), ids as two longs. Immutable once
 * built.
 */
final class FileRows {

	/** Separates a row's fields in {@link #text}: quote, comment. */
	static final char FIELD = '\u0000';
	/** Ends a row in {@link #text} (a filter word never spans two rows or two fields). */
	static final char END = '\u0001';

	private static final AnnotationType[] TYPES = AnnotationType.values();
	private static final Status[] STATUSES = Status.values();
	/** One instance per creator name in the whole corpus. */
	private static final Map<String, String> CREATORS = new ConcurrentHashMap<>();
	/** Every attribute text of the corpus, once; rows hold its number. */
	static final TextPool ATTRIBUTES = new TextPool();

	final IFile article;
	/** Where the rows come from, for the cache: the annotation file's and the article's stamps. */
	final long stamp;
	final int size;
	final byte[] types;
	/** Status ordinal, plus {@link #ORPHANED} when the passage is gone. */
	final byte[] statuses;
	final int[] begins;
	final int[] ends;
	final String[] creators;
	/** Each row's attribute text, a number in {@link #ATTRIBUTES}. */
	final int[] attributes;
	/** Each row's id as two longs; null when some id of the file is not a UUID (then {@link #ids}). */
	final long[] idBits;
	final String[] ids;
	/** quote FIELD comment END, row after row; the quote on one line. */
	final String text;
	/** Where each row starts in {@link #text} (size + 1 entries). */
	final int[] starts;
	/** {@link #text} in lower case, and where each row starts in it (often {@link #starts} itself). */
	final String lower;
	final int[] lowerStarts;

	static final int ORPHANED = 0x40;

	private FileRows(IFile article, long stamp, int size) {
		this.article = article;
		this.stamp = stamp;
		this.size = size;
		this.types = new byte[size];
		this.statuses = new byte[size];
		this.begins = new int[size];
		this.ends = new int[size];
		this.creators = new String[size];
		this.attributes = new int[size];
		this.starts = new int[size + 1];
		long[] bits = new long[size * 2];
		this.idBits = bits;
		this.ids = null;
		this.text = null;
		this.lower = null;
		this.lowerStarts = null;
	}

	private FileRows(FileRows base, long[] idBits, String[] ids, String text, String lower, int[] lowerStarts) {
		this.article = base.article;
		this.stamp = base.stamp;
		this.size = base.size;
		this.types = base.types;
		this.statuses = base.statuses;
		this.begins = base.begins;
		this.ends = base.ends;
		this.creators = base.creators;
		this.attributes = base.attributes;
		this.starts = base.starts;
		this.idBits = idBits;
		this.ids = ids;
		this.text = text;
		this.lower = lower;
		this.lowerStarts = lowerStarts;
	}

	/** The rows of a loaded document, in document order (the model is not kept). */
	static FileRows of(IFile article, long stamp, AnnotatedDocument document) {
		List<Annotation> annotations = new ArrayList<>(document.getAnnotations());
		annotations.sort(DocumentOrder.COMPARATOR);
		FileRows rows = new FileRows(article, stamp, annotations.size());
		StringBuilder text = new StringBuilder(annotations.size() * 64);
		String[] ids = null;
		for (int i = 0; i < rows.size; i++) {
			Annotation a = annotations.get(i);
			rows.types[i] = (byte) AnnotationType.of(a).ordinal();
			rows.statuses[i] = (byte) ((a.getStatus() == null ? 0 : a.getStatus().ordinal() + 1)
					| (a.isOrphaned() ? ORPHANED : 0));
			rows.begins[i] = a.getBegin();
			rows.ends[i] = a.getEnd();
			rows.creators[i] = a.getCreator() == null ? "" : CREATORS.computeIfAbsent(a.getCreator(), c -> c);
			UUID uuid = ids == null ? uuid(a.getId()) : null;
			if (uuid != null) {
				rows.idBits[2 * i] = uuid.getMostSignificantBits();
				rows.idBits[2 * i + 1] = uuid.getLeastSignificantBits();
			} else {
				if (ids == null) {
					// not every id is a UUID: keep them all as strings
					ids = new String[rows.size];
					for (int j = 0; j < i; j++) {
						ids[j] = new UUID(rows.idBits[2 * j], rows.idBits[2 * j + 1]).toString();
					}
				}
				ids[i] = a.getId();
			}
			rows.attributes[i] = ATTRIBUTES.id(AnnotationDescriptions.attributes(a));
			rows.starts[i] = text.length();
			text.append(oneLine(a.getQuote())).append(FIELD).append(a.getComment() == null ? "" : a.getComment())
					.append(END);
		}
		rows.starts[rows.size] = text.length();
		String all = text.toString();
		String lower = all.toLowerCase(Locale.ROOT);
		int[] lowerStarts = rows.starts;
		if (lower.length() != all.length()) {
			// a few characters change length in lower case (İ): lower-case row by row
			StringBuilder out = new StringBuilder(all.length() + 16);
			lowerStarts = new int[rows.size + 1];
			for (int i = 0; i < rows.size; i++) {
				lowerStarts[i] = out.length();
				out.append(all.substring(rows.starts[i], rows.starts[i + 1]).toLowerCase(Locale.ROOT));
			}
			lowerStarts[rows.size] = out.length();
			lower = out.toString();
		}
		return new FileRows(rows, ids == null ? rows.idBits : null, ids, all, lower, lowerStarts);
	}

	/** The quote as the view shows it: on one line, runs of white space as one space. */
	static String oneLine(String quote) {
		if (quote == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(quote.length());
		boolean space = false;
		for (int i = 0; i < quote.length(); i++) {
			char c = quote.charAt(i);
			if (Character.isWhitespace(c) || c == FIELD || c == END) {
				space = out.length() > 0;
			} else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	private static UUID uuid(String id) {
		if (id == null || id.length() != 36) {
			return null;
		}
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equals(id) ? uuid : null; // only the canonical lower-case form round-trips
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	AnnotationType type(int i) {
		return TYPES[types[i]];
	}

	Status status(int i) {
		int ordinal = (statuses[i] & ~ORPHANED) - 1;
		return ordinal < 0 ? null : STATUSES[ordinal];
	}

	boolean orphaned(int i) {
		return (statuses[i] & ORPHANED) != 0;
	}

	String id(int i) {
		return ids != null ? ids[i] : new UUID(idBits[2 * i], idBits[2 * i + 1]).toString();
	}

	String quote(int i) {
		return text.substring(starts[i], text.indexOf(FIELD, starts[i]));
	}

	String comment(int i) {
		return text.substring(text.indexOf(FIELD, starts[i]) + 1, starts[i + 1] - 1);
	}

	String attributes(int i) {
		return ATTRIBUTES.get(attributes[i]);
	}

	/**
	 * Characters {@code from} to {@code from + 3} of row i's quote, each folded as
	 * {@link String#CASE_INSENSITIVE_ORDER} folds it, 16 bits each, 0 past its end, as one number:
	 * comparing two (unsigned) orders the quotes as far as they go, as {@link #compareQuote} does.
	 */
	long quoteKey(int i, int from) {
		long key = 0;
		int at = starts[i];
		int end = text.indexOf(FIELD, at);
		at = Math.min(end, at + from);
		for (int n = 0; n < 4; n++) {
			key <<= 16;
			if (at < end) {
				key |= fold(text.charAt(at++));
			}
		}
		return key;
	}

	private static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/** Compares the quote of row i with that of row j of another file, ignoring case, without copying. */
	int compareQuote(int i, FileRows other, int j) {
		int a = starts[i];
		int b = other.starts[j];
		int aEnd = text.indexOf(FIELD, a);
		int bEnd = other.text.indexOf(FIELD, b);
		while (a < aEnd && b < bEnd) {
			char x = text.charAt(a++);
			char y = other.text.charAt(b++);
			if (x != y) {
				x = fold(x);
				y = fold(y);
				if (x != y) {
					return x - y;
				}
			}
		}
		return (aEnd - a) - (bEnd - b);
	}

	/**
	 * Marks in {@code hits} (offset by {@code base}) the rows whose quote or comment contain
	 * {@code needle} (lower case), or whose attribute text is one of {@code attributeHits}.
	 */
	void search(String needle, boolean[] attributeHits, boolean[] hits, int base) {
		for (int i = 0; i < size; i++) {
			if (attributes[i] < attributeHits.length && attributeHits[attributes[i]]) {
				hits[base + i] = true;
			}
		}
		int at = lower.indexOf(needle);
		while (at >= 0) {
			int row = java.util.Arrays.binarySearch(lowerStarts, 0, size + 1, at);
			row = row >= 0 ? row : -row - 2;
			hits[base + row] = true;
			at = row + 1 < size ? lower.indexOf(needle, lowerStarts[row + 1]) : -1;
		}
	}

	/** Strings kept once, numbered in the order they came (thread-safe: files are read in parallel). */
	static final class TextPool {
		private final Map<String, Integer> ids = new java.util.HashMap<>();
		private volatile String[] texts = new String[256];
		private int size;

		synchronized int id(String text) {
			Integer id = ids.get(text);
			if (id == null) {
				id = size;
				if (size == texts.length) {
					texts = java.util.Arrays.copyOf(texts, size * 2);
				}
				texts[size++] = text;
				ids.put(text, id);
			}
			return id;
		}

		String get(int id) {
			return texts[id];
		}

		/** The texts so far, numbered (those added later have higher numbers). */
		synchronized String[] snapshot() {
			return java.util.Arrays.copyOf(texts, size);
		}
	}
}
