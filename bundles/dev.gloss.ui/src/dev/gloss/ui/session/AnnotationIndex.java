/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.gloss.core.store.DocumentOrder;
import dev.gloss.model.Annotation;

/**
 * Every annotation of one article, ordered by begin offset, with the offsets in plain int arrays
 * and a running maximum of end offsets: "which passages touch this range" costs a binary search
 * plus the hits, and moving 50,000 passages with a keystroke is a tight loop over two arrays, not
 * a walk over 50,000 objects.
 *
 * <p>While the text is edited the arrays are the truth; the model objects' begin/end are brought
 * up to date by {@link #syncObjects()} when someone outside the editor needs them (a command, the
 * Annotations view, a save). The orphaned flag is set on the objects at once.
 *
 * <p>Confined to the UI thread.
 */
public final class AnnotationIndex {

	/** What a text edit did to the annotations around it. */
	public record EditEffect(int orphaned, boolean orderBroken) {
	}

	/** Receives the positions of hits: index into this index. */
	@FunctionalInterface
	public interface Hits {
		void hit(int i);
	}

	private Annotation[] items = new Annotation[64];
	private int[] begins = new int[64];
	private int[] ends = new int[64];
	private int size;
	/** maxEnd[i] = max(ends[0..i]); non-decreasing, so binary-searchable. */
	private int[] maxEnd = new int[64];
	private boolean maxEndValid;
	private boolean objectsStale;

	public void rebuild(Collection<? extends Annotation> annotations) {
		int capacity = Math.max(64, annotations.size() * 5 / 4);
		items = annotations.toArray(new Annotation[capacity]);
		size = annotations.size();
		Arrays.sort(items, 0, size, DocumentOrder.COMPARATOR);
		begins = new int[capacity];
		ends = new int[capacity];
		for (int i = 0; i < size; i++) {
			begins[i] = items[i].getBegin();
			ends[i] = items[i].getEnd();
		}
		maxEnd = new int[capacity];
		maxEndValid = false;
		objectsStale = false;
	}

	public int size() {
		return size;
	}

	public Annotation get(int i) {
		return items[i];
	}

	public int begin(int i) {
		return begins[i];
	}

	public int end(int i) {
		return ends[i];
	}

	/** Whether text edits moved offsets that the model objects do not show yet. */
	public boolean objectsStale() {
		return objectsStale;
	}

	/** Writes the current offsets into the model objects. */
	public void syncObjects() {
		if (!objectsStale) {
			return;
		}
		for (int i = 0; i < size; i++) {
			Annotation a = items[i];
			if (a.getBegin() != begins[i]) {
				a.setBegin(begins[i]);
			}
			if (a.getEnd() != ends[i]) {
				a.setEnd(ends[i]);
			}
		}
		objectsStale = false;
	}

	public void forEach(Consumer<Annotation> action) {
		for (int i = 0; i < size; i++) {
			action.accept(items[i]);
		}
	}

	/** Adds an annotation whose object offsets are current. */
	public void add(Annotation annotation) {
		if (size == items.length) {
			int capacity = size * 2;
			items = Arrays.copyOf(items, capacity);
			begins = Arrays.copyOf(begins, capacity);
			ends = Arrays.copyOf(ends, capacity);
			maxEnd = Arrays.copyOf(maxEnd, capacity);
		}
		int at = firstBeginAtOrAfter(annotation.getBegin() + 1);
		System.arraycopy(items, at, items, at + 1, size - at);
		System.arraycopy(begins, at, begins, at + 1, size - at);
		System.arraycopy(ends, at, ends, at + 1, size - at);
		items[at] = annotation;
		begins[at] = annotation.getBegin();
		ends[at] = annotation.getEnd();
		size++;
		maxEndValid = false;
	}

	public boolean remove(Annotation annotation) {
		int at = indexOf(annotation);
		if (at < 0) {
			return false;
		}
		System.arraycopy(items, at + 1, items, at, size - at - 1);
		System.arraycopy(begins, at + 1, begins, at, size - at - 1);
		System.arraycopy(ends, at + 1, ends, at, size - at - 1);
		items[--size] = null;
		maxEndValid = false;
		return true;
	}

	public boolean contains(Annotation annotation) {
		return indexOf(annotation) >= 0;
	}

	/** Position of the annotation in this index, or -1. */
	public int indexOf(Annotation annotation) {
		int begin = objectsStale ? -1 : annotation.getBegin();
		if (begin >= 0) {
			for (int i = firstBeginAtOrAfter(begin); i < size && begins[i] == begin; i++) {
				if (items[i] == annotation) {
					return i;
				}
			}
		}
		for (int i = 0; i < size; i++) {
			if (items[i] == annotation) {
				return i;
			}
		}
		return -1;
	}

	/** Reports the annotations whose passage overlaps [from, to), and empty ones inside it. */
	public void overlapping(int from, int to, Hits hits) {
		for (int i = firstMaxEndAtLeast(from); i < size; i++) {
			int begin = begins[i];
			if (begin >= to) {
				break;
			}
			int end = ends[i];
			if (end > from || (begin == end && begin >= from)) {
				hits.hit(i);
			}
		}
	}

	/** The annotations overlapping [from, to), as objects. */
	public List<Annotation> overlapping(int from, int to) {
		java.util.ArrayList<Annotation> result = new java.util.ArrayList<>();
		overlapping(from, to, i -> result.add(items[i]));
		return result;
	}

	/** The innermost (shortest) live passage that holds the offset (its end counts), or -1. */
	public int at(int offset) {
		int best = -1;
		for (int i = firstMaxEndAtLeast(offset); i < size; i++) {
			if (begins[i] > offset) {
				break;
			}
			if (ends[i] >= offset && !items[i].isOrphaned()
					&& (best < 0 || ends[i] - begins[i] < ends[best] - begins[best])) {
				best = i;
			}
		}
		return best;
	}

	/** The first live annotation that begins after the offset, or -1. */
	public int next(int offset) {
		for (int i = firstBeginAtOrAfter(offset + 1); i < size; i++) {
			if (!items[i].isOrphaned()) {
				return i;
			}
		}
		return -1;
	}

	/** The last live annotation that begins before the offset, or -1. */
	public int previous(int offset) {
		for (int i = firstBeginAtOrAfter(offset) - 1; i >= 0; i--) {
			if (!items[i].isOrphaned()) {
				return i;
			}
		}
		return -1;
	}

	/** Index of the first item whose begin is >= offset. */
	private int firstBeginAtOrAfter(int offset) {
		int low = 0;
		int high = size;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (begins[mid] < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	private int firstMaxEndAtLeast(int offset) {
		ensureMaxEnd();
		int low = 0;
		int high = size;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (maxEnd[mid] < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	private void ensureMaxEnd() {
		if (maxEndValid) {
			return;
		}
		if (maxEnd.length < begins.length) {
			maxEnd = new int[begins.length];
		}
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < size; i++) {
			max = Math.max(max, ends[i]);
			maxEnd[i] = max;
		}
		maxEndValid = true;
	}

	/** Puts an annotation back at offsets it had (undo of a deletion). */
	public void place(Annotation annotation, int begin, int end) {
		int at = indexOf(annotation);
		if (at >= 0) {
			begins[at] = begin;
			ends[at] = end;
			objectsStale = true;
			maxEndValid = false;
		}
	}

	/** Restores begin order after {@link #place}. */
	public void reorder() {
		syncObjects();
		rebuild(List.of(Arrays.copyOf(items, size)));
	}

	/**
	 * Moves the passages with a text edit that replaced {@code removed} characters at
	 * {@code offset} by {@code inserted} characters. A passage whose text is deleted whole is
	 * flagged orphaned and collapsed at the edit; one cut in part keeps what is left.
	 */
	public EditEffect applyEdit(int offset, int removed, int inserted) {
		int removedEnd = offset + removed;
		int delta = inserted - removed;
		int orphaned = 0;
		boolean orderBroken = false;
		int i = firstMaxEndAtLeast(offset);
		for (; i < size; i++) {
			int begin = begins[i];
			if (begin > removedEnd || (begin == removedEnd && (removed > 0 || begin > offset))) {
				break;
			}
			int end = ends[i];
			if (end < offset) {
				continue;
			}
			int newBegin;
			int newEnd;
			if (removed == 0) {
				newBegin = begin >= offset ? begin + inserted : begin;
				newEnd = end > offset || (end == offset && begin >= offset) ? end + inserted : end;
			} else {
				newBegin = begin < offset ? begin : begin >= removedEnd ? begin + delta : offset;
				newEnd = end <= offset ? end : end >= removedEnd ? end + delta : offset;
				if (begin >= offset && end <= removedEnd && begin < end) {
					items[i].setOrphaned(true);
					orphaned++;
					newBegin = offset;
					newEnd = offset;
				}
				// begins that collapse onto the edit, or ends cut back to it, may now tie out of order
				orderBroken |= (begin >= offset && begin < removedEnd) || (end > offset && end < removedEnd);
			}
			begins[i] = newBegin;
			ends[i] = newEnd;
		}
		if (delta != 0) {
			// everything after the edit: a plain shift, in one tight loop over two arrays
			for (int j = i; j < size; j++) {
				begins[j] += delta;
				ends[j] += delta;
			}
		}
		objectsStale = true;
		maxEndValid = false;
		return new EditEffect(orphaned, orderBroken);
	}
}
