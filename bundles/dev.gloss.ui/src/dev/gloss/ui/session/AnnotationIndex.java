package dev.gloss.ui.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.gloss.core.store.DocumentOrder;
import dev.gloss.model.Annotation;

/**
 * Every annotation of one article, ordered by begin offset, with a running maximum of end offsets so
 * that "which passages touch this range" costs a binary search plus the hits, not a scan of
 * 100,000 annotations. The annotations' own begin/end are the offsets: text edits move them in
 * place ({@link #applyEdit}), which keeps begins in order.
 *
 * <p>Confined to the UI thread.
 */
public final class AnnotationIndex {

	/** What a text edit did to the annotations around it. */
	public record EditEffect(List<Annotation> orphaned, List<Annotation> touched, boolean orderBroken) {
	}

	private Annotation[] items = new Annotation[64];
	private int size;
	/** maxEnd[i] = max(end of items[0..i]); non-decreasing, so binary-searchable. */
	private int[] maxEnd = new int[64];
	private boolean maxEndValid;

	public void rebuild(Collection<? extends Annotation> annotations) {
		items = annotations.toArray(new Annotation[Math.max(64, annotations.size() * 5 / 4)]);
		size = annotations.size();
		Arrays.sort(items, 0, size, DocumentOrder.COMPARATOR);
		maxEnd = new int[items.length];
		maxEndValid = false;
	}

	public int size() {
		return size;
	}

	public Annotation get(int i) {
		return items[i];
	}

	public void forEach(Consumer<Annotation> action) {
		for (int i = 0; i < size; i++) {
			action.accept(items[i]);
		}
	}

	public void add(Annotation annotation) {
		if (size == items.length) {
			items = Arrays.copyOf(items, size * 2);
			maxEnd = Arrays.copyOf(maxEnd, size * 2);
		}
		int at = firstBeginAtOrAfter(annotation.getBegin() + 1);
		System.arraycopy(items, at, items, at + 1, size - at);
		items[at] = annotation;
		size++;
		maxEndValid = false;
	}

	public boolean remove(Annotation annotation) {
		int at = indexOf(annotation);
		if (at < 0) {
			return false;
		}
		System.arraycopy(items, at + 1, items, at, size - at - 1);
		items[--size] = null;
		maxEndValid = false;
		return true;
	}

	/** Puts {@code replacement} where {@code original} is (same offsets: a retype). */
	public void replace(Annotation original, Annotation replacement) {
		int at = indexOf(original);
		if (at < 0) {
			add(replacement);
		} else {
			items[at] = replacement;
			maxEndValid = false;
		}
	}

	public boolean contains(Annotation annotation) {
		return indexOf(annotation) >= 0;
	}

	private int indexOf(Annotation annotation) {
		int from = firstBeginAtOrAfter(annotation.getBegin());
		for (int i = from; i < size && items[i].getBegin() == annotation.getBegin(); i++) {
			if (items[i] == annotation) {
				return i;
			}
		}
		// the begin may be stale for an object changed behind the index's back: fall back to a scan
		for (int i = 0; i < size; i++) {
			if (items[i] == annotation) {
				return i;
			}
		}
		return -1;
	}

	/** The annotations whose passage overlaps [from, to), and empty ones that sit inside it. */
	public List<Annotation> overlapping(int from, int to) {
		List<Annotation> result = new ArrayList<>();
		int start = firstMaxEndAtLeast(from);
		for (int i = start; i < size; i++) {
			Annotation a = items[i];
			int begin = a.getBegin();
			if (begin >= to) {
				break;
			}
			int end = a.getEnd();
			if (end > from || (begin == end && begin >= from)) {
				result.add(a);
			}
		}
		return result;
	}

	/** The innermost (shortest) passage that holds the offset (an end offset counts as inside). */
	public Annotation at(int offset) {
		Annotation best = null;
		int start = firstMaxEndAtLeast(offset);
		for (int i = start; i < size; i++) {
			Annotation a = items[i];
			if (a.getBegin() > offset) {
				break;
			}
			if (a.getEnd() >= offset && !a.isOrphaned()
					&& (best == null || a.getEnd() - a.getBegin() < best.getEnd() - best.getBegin())) {
				best = a;
			}
		}
		return best;
	}

	/** The first live annotation that begins after the offset, or null. */
	public Annotation next(int offset) {
		for (int i = firstBeginAtOrAfter(offset + 1); i < size; i++) {
			if (!items[i].isOrphaned()) {
				return items[i];
			}
		}
		return null;
	}

	/** The last live annotation that begins before the offset, or null. */
	public Annotation previous(int offset) {
		for (int i = firstBeginAtOrAfter(offset) - 1; i >= 0; i--) {
			if (!items[i].isOrphaned()) {
				return items[i];
			}
		}
		return null;
	}

	/** Index of the first item whose begin is >= offset. */
	private int firstBeginAtOrAfter(int offset) {
		int low = 0;
		int high = size;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (items[mid].getBegin() < offset) {
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
		if (maxEnd.length < items.length) {
			maxEnd = new int[items.length];
		}
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < size; i++) {
			max = Math.max(max, items[i].getEnd());
			maxEnd[i] = max;
		}
		maxEndValid = true;
	}

	/**
	 * Moves the passages with a text edit that replaced {@code removed} characters at
	 * {@code offset} by {@code inserted} characters. A passage whose text is deleted whole is
	 * flagged orphaned and collapsed at the edit; one cut in part keeps what is left.
	 *
	 * @param context how far around the edit a passage counts as touched (its prefix/suffix
	 *                changed)
	 */
	public EditEffect applyEdit(int offset, int removed, int inserted, int context) {
		int removedEnd = offset + removed;
		int delta = inserted - removed;
		List<Annotation> orphaned = new ArrayList<>(0);
		List<Annotation> touched = new ArrayList<>(0);
		boolean orderBroken = false;
		int start = firstMaxEndAtLeast(offset - context);
		for (int i = start; i < size; i++) {
			Annotation a = items[i];
			int begin = a.getBegin();
			int end = a.getEnd();
			if (begin - context > removedEnd && (removed > 0 || begin > offset)) {
				// beyond the edit and its context: a plain shift for the rest, in one tight loop
				if (delta != 0) {
					for (int j = i; j < size; j++) {
						Annotation b = items[j];
						b.setBegin(b.getBegin() + delta);
						b.setEnd(b.getEnd() + delta);
					}
				}
				break;
			}
			if (end + context < offset) {
				continue;
			}
			touched.add(a);
			int newBegin;
			int newEnd;
			if (removed == 0) {
				newBegin = begin >= offset ? begin + inserted : begin;
				newEnd = end > offset || (end == offset && begin >= offset) ? end + inserted : end;
			} else {
				newBegin = begin < offset ? begin : begin >= removedEnd ? begin + delta : offset;
				newEnd = end <= offset ? end : end >= removedEnd ? end + delta : offset;
				if (begin >= offset && end <= removedEnd && begin < end) {
					a.setOrphaned(true);
					orphaned.add(a);
					newBegin = offset;
					newEnd = offset;
				}
				// begins that collapse onto the edit, or ends cut back to it, may now tie out of order
				orderBroken |= (begin >= offset && begin < removedEnd) || (end > offset && end < removedEnd);
			}
			a.setBegin(newBegin);
			a.setEnd(newEnd);
		}
		maxEndValid = false;
		return new EditEffect(orphaned, touched, orderBroken);
	}
}
