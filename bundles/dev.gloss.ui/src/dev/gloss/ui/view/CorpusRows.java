/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntBinaryOperator;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Status;
import dev.gloss.ui.hover.AnnotationDescriptions;

/**
 * Every row of the Corpus view: the compact rows of each annotation file, ordered by article path
 * (and, within an article, by place), addressed by one row number. Filtering and sorting work on
 * the compact arrays, off the UI thread; a {@link Row} is made only for the rows the table shows.
 * Immutable.
 */
final class CorpusRows {

	/** What the rows can be sorted by; {@link #WHERE} is their own order. */
	enum SortKey {
		TYPE, QUOTE, ATTRIBUTES, CREATOR, STATUS, WHERE
	}

	static final CorpusRows EMPTY = new CorpusRows(new FileRows[0]);

	private final FileRows[] files;
	/** Row number of each file's first row; one more entry holding the total. */
	private final int[] firstRows;
	private final Map<SortKey, int[]> orders = new EnumMap<>(SortKey.class);

	CorpusRows(FileRows[] files) {
		this.files = files;
		this.firstRows = new int[files.length + 1];
		for (int f = 0; f < files.length; f++) {
			firstRows[f + 1] = firstRows[f] + files[f].size;
		}
	}

	int size() {
		return firstRows[files.length];
	}

	int fileCount() {
		return files.length;
	}

	private int fileOf(int row) {
		int f = Arrays.binarySearch(firstRows, row);
		if (f < 0) {
			return -f - 2;
		}
		// several empty files may start at the same row: take the last, the one that holds it
		while (f + 1 < files.length && firstRows[f + 1] == row) {
			f++;
		}
		return f;
	}

	/** The row, made for showing: an annotation with the fields the view shows (not the full model). */
	Row row(int row) {
		int f = fileOf(row);
		FileRows rows = files[f];
		int i = row - firstRows[f];
		AnnotationType type = rows.type(i);
		Annotation annotation = type.create();
		annotation.setId(rows.id(i));
		annotation.setBegin(rows.begins[i]);
		annotation.setEnd(rows.ends[i]);
		annotation.setQuote(rows.quote(i));
		annotation.setCreator(rows.creators[i].isEmpty() ? null : rows.creators[i]);
		Status status = rows.status(i);
		if (status != null) {
			annotation.setStatus(status);
		}
		annotation.setOrphaned(rows.orphaned(i));
		String comment = rows.comment(i);
		annotation.setComment(comment.isEmpty() ? null : comment);
		return new Row(rows.article, annotation, type, AnnotationDescriptions.shortQuote(annotation), rows.attributes(i),
				rows.creators[i], statusText(status, rows.orphaned(i)), 0, false);
	}

	private static String statusText(Status status, boolean orphaned) {
		return Row.statusText(status, orphaned);
	}

	/**
	 * The rows shown for a filter: of the given types, containing {@code filter} (any case) in the
	 * type, quote, attributes, creator, status or comment, in the given order. Returns null when
	 * {@code cancelled} says so.
	 */
	int[] filter(String filter, Set<AnnotationType> types, SortKey key, boolean ascending, BooleanSupplier cancelled) {
		String needle = filter.strip().toLowerCase(Locale.ROOT);
		int size = size();
		boolean[] hits = null;
		if (!needle.isEmpty()) {
			// the attribute texts are shared: each is looked at once, not once per row
			String[] attributes = FileRows.ATTRIBUTES.snapshot();
			boolean[] attributeHits = new boolean[attributes.length];
			for (int a = 0; a < attributes.length; a++) {
				attributeHits[a] = attributes[a].toLowerCase(Locale.ROOT).contains(needle);
			}
			hits = new boolean[size];
			for (int f = 0; f < files.length; f++) {
				if ((f & 63) == 0 && cancelled.getAsBoolean()) {
					return null;
				}
				files[f].search(needle, attributeHits, hits, firstRows[f]);
			}
		}
		boolean[] typeShown = new boolean[AnnotationType.values().length];
		boolean[] typeHit = new boolean[typeShown.length];
		for (AnnotationType type : AnnotationType.values()) {
			typeShown[type.ordinal()] = types.contains(type);
			typeHit[type.ordinal()] = type.label().toLowerCase(Locale.ROOT).contains(needle);
		}
		// statuses and creators are few: whether each matches is decided once
		boolean[] statusHit = new boolean[256];
		for (int code = 0; code < statusHit.length; code++) {
			int ordinal = (code & ~FileRows.ORPHANED) - 1;
			if (ordinal < Status.values().length) {
				Status status = ordinal < 0 ? null : Status.values()[ordinal];
				statusHit[code] = statusText(status, (code & FileRows.ORPHANED) != 0).toLowerCase(Locale.ROOT)
						.contains(needle);
			}
		}
		Map<String, Boolean> creatorHit = new java.util.IdentityHashMap<>();
		int[] order = order(key);
		int[] fileIndex = fileIndex();
		int[] shown = new int[size];
		int count = 0;
		for (int n = 0; n < size; n++) {
			if ((n & 0xffff) == 0 && cancelled.getAsBoolean()) {
				return null;
			}
			int row = order == null ? (ascending ? n : size - 1 - n) : order[ascending ? n : size - 1 - n];
			int f = fileIndex[row];
			FileRows rows = files[f];
			int i = row - firstRows[f];
			if (!typeShown[rows.types[i]]) {
				continue;
			}
			if (hits == null || hits[row] || typeHit[rows.types[i]] || statusHit[rows.statuses[i] & 0xff]
					|| creatorHit.computeIfAbsent(rows.creators[i], c -> c.toLowerCase(Locale.ROOT).contains(needle))) {
				shown[count++] = row;
			}
		}
		return Arrays.copyOf(shown, count);
	}

	private int[] fileIndex;

	/** The file of every row (made on the first filter, then kept). */
	private synchronized int[] fileIndex() {
		if (fileIndex == null) {
			int[] index = new int[size()];
			for (int f = 0; f < files.length; f++) {
				Arrays.fill(index, firstRows[f], firstRows[f + 1], f);
			}
			fileIndex = index;
		}
		return fileIndex;
	}

	/** Row numbers in the order of a sort key (ties in place order); null for {@link SortKey#WHERE}. */
	private synchronized int[] order(SortKey key) {
		if (key == SortKey.WHERE) {
			return null;
		}
		return orders.computeIfAbsent(key, this::sort);
	}

	/**
	 * Row numbers sorted by a column, ignoring case as {@link String#CASE_INSENSITIVE_ORDER} does,
	 * ties in place order. On primitive keys: a rank per distinct text (types, statuses, creators and
	 * attribute texts are few and shared), or a quote's first eight characters, compared in full only
	 * when those are equal. A million rows sort in a fraction of a second.
	 */
	private int[] sort(SortKey key) {
		int size = size();
		int[] fileOf = fileIndex();
		long[] keys = new long[size];
		IntBinaryOperator ties = null;
		switch (key) {
		case TYPE, STATUS, CREATOR -> {
			Map<String, Long> ranks = new HashMap<>();
			String[] texts = new String[size];
			for (int row = 0; row < size; row++) {
				FileRows rows = files[fileOf[row]];
				int i = row - firstRows[fileOf[row]];
				texts[row] = switch (key) {
				case TYPE -> rows.type(i).label();
				case STATUS -> statusText(rows.status(i), rows.orphaned(i));
				default -> rows.creators[i];
				};
				ranks.put(texts[row], 0L);
			}
			rank(ranks);
			for (int row = 0; row < size; row++) {
				keys[row] = ranks.get(texts[row]);
			}
		}
		case ATTRIBUTES -> {
			String[] pool = FileRows.ATTRIBUTES.snapshot();
			Map<String, Long> ranks = new HashMap<>();
			for (String text : pool) {
				ranks.put(text, 0L);
			}
			rank(ranks);
			for (int row = 0; row < size; row++) {
				FileRows rows = files[fileOf[row]];
				keys[row] = ranks.get(pool[rows.attributes[row - firstRows[fileOf[row]]]]);
			}
		}
		case QUOTE -> {
			// the first eight characters as two keys: quotes that begin alike ("the ", "The ") are
			// common, and each tie costs a comparison of two texts in two files' memory
			long[] next = new long[size];
			for (int row = 0; row < size; row++) {
				FileRows rows = files[fileOf[row]];
				int i = row - firstRows[fileOf[row]];
				keys[row] = rows.quoteKey(i, 0);
				next[row] = rows.quoteKey(i, 4);
			}
			ties = (a, b) -> {
				int order = Long.compareUnsigned(next[a], next[b]);
				return order != 0 ? order
						: files[fileOf[a]].compareQuote(a - firstRows[fileOf[a]], files[fileOf[b]],
								b - firstRows[fileOf[b]]);
			};
		}
		case WHERE -> {
			// the rows' own order
		}
		}
		return mergeSort(keys, ties);
	}

	/** Gives each text its rank ignoring case; texts equal but for case share one. */
	private static void rank(Map<String, Long> ranks) {
		List<String> texts = new ArrayList<>(ranks.keySet());
		texts.sort(String.CASE_INSENSITIVE_ORDER);
		long rank = 0;
		for (int i = 0; i < texts.size(); i++) {
			if (i > 0 && String.CASE_INSENSITIVE_ORDER.compare(texts.get(i - 1), texts.get(i)) != 0) {
				rank++;
			}
			ranks.put(texts.get(i), rank);
		}
	}

	/** Row numbers ordered by key (unsigned), then by {@code ties}, then by row: a stable merge sort. */
	private static int[] mergeSort(long[] keys, IntBinaryOperator ties) {
		int size = keys.length;
		int[] from = new int[size];
		Arrays.setAll(from, i -> i);
		int[] to = new int[size];
		for (int width = 1; width < size; width *= 2) {
			for (int low = 0; low < size; low += 2 * width) {
				int middle = Math.min(low + width, size);
				int high = Math.min(low + 2 * width, size);
				int i = low;
				int j = middle;
				int k = low;
				while (i < middle && j < high) {
					int a = from[i];
					int b = from[j];
					int order = Long.compareUnsigned(keys[a], keys[b]);
					if (order == 0 && ties != null) {
						order = ties.applyAsInt(a, b);
					}
					to[k++] = order <= 0 ? from[i++] : from[j++];
				}
				while (i < middle) {
					to[k++] = from[i++];
				}
				while (j < high) {
					to[k++] = from[j++];
				}
			}
			int[] swap = from;
			from = to;
			to = swap;
		}
		return from;
	}
}
