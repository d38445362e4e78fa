/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Maps offsets of an old text to a new one through a diff of the two: runs of text both share
 * map one to one, offsets inside changed text are reported as such.
 *
 * <p>The diff runs on lines first (Myers), then on characters inside each changed block of lines,
 * so a corrected typo in a long paragraph costs the paragraph, not the article, and an article of
 * any length with a small edit diffs in time proportional to its lines.
 */
public final class OffsetMapping {

	/** Character diffs of a changed block are skipped above this size (old + new characters). */
	private static final int MAX_CHARACTER_DIFF = 200_000;
	/** Changed blocks of lines at most this many equal lines apart are diffed as one. */
	private static final int JOIN_GAP_LINES = 2;

	/** Start in the old text, start in the new text and length of each shared run, by old start. */
	private final int[] oldStarts;
	private final int[] newStarts;
	private final int[] lengths;
	private final int count;
	private final int oldLength;
	private final int newLength;

	private OffsetMapping(int[] oldStarts, int[] newStarts, int[] lengths, int count, int oldLength, int newLength) {
		this.oldStarts = oldStarts;
		this.newStarts = newStarts;
		this.lengths = lengths;
		this.count = count;
		this.oldLength = oldLength;
		this.newLength = newLength;
	}

	public static OffsetMapping between(String oldText, String newText) {
		Builder runs = new Builder(oldText.length(), newText.length());
		if (oldText.equals(newText)) {
			runs.add(0, 0, oldText.length());
			return runs.build();
		}
		// a common prefix and suffix cost nothing to find and take most of the text in a small edit
		int prefix = commonPrefix(oldText, newText);
		int suffix = commonSuffix(oldText, newText, prefix);
		int prefixLineStart = oldText.lastIndexOf('\n', prefix - 1) + 1;
		int suffixLineEnd = lineEndAfter(oldText, oldText.length() - suffix);
		int oldMiddleEnd = suffixLineEnd;
		int newMiddleEnd = newText.length() - (oldText.length() - suffixLineEnd);
		if (newMiddleEnd < prefixLineStart) {
			oldMiddleEnd = oldText.length() - suffix;
			newMiddleEnd = newText.length() - suffix;
		}
		int middleStart = Math.min(prefixLineStart, Math.min(oldMiddleEnd, newMiddleEnd));
		runs.add(0, 0, middleStart);
		List<String> oldLines = lines(oldText, middleStart, oldMiddleEnd);
		List<String> newLines = lines(newText, middleStart, newMiddleEnd);
		Patch<String> patch = DiffUtils.diff(oldLines, newLines, new MyersDiffWithLinearSpace<String>(), null, false);
		int oldLine = 0;
		int newLine = 0;
		int oldAt = middleStart;
		int newAt = middleStart;
		for (int[] block : blocks(patch.getDeltas())) {
			int equalLines = block[0] - oldLine;
			int equalChars = length(oldLines, oldLine, oldLine + equalLines);
			runs.add(oldAt, newAt, equalChars);
			oldAt += equalChars;
			newAt += equalChars;
			oldLine += equalLines;
			newLine += equalLines;
			int oldChars = length(oldLines, oldLine, block[1]);
			int newChars = length(newLines, newLine, newLine + block[3] - block[2]);
			if (oldChars > 0 && newChars > 0 && oldChars + newChars <= MAX_CHARACTER_DIFF) {
				characterRuns(oldText, oldAt, oldChars, newText, newAt, newChars, runs);
			}
			oldAt += oldChars;
			newAt += newChars;
			newLine += block[3] - block[2];
			oldLine = block[1];
		}
		int tail = oldMiddleEnd - oldAt;
		runs.add(oldAt, newAt, tail);
		runs.add(oldMiddleEnd, newMiddleEnd, oldText.length() - oldMiddleEnd);
		return runs.build();
	}

	/**
	 * Changed blocks of lines: deltas with no equal line between them joined (a replaced line comes
	 * as a deletion next to an insertion), and deltas a line or two apart. Each block is {old
	 * from, old to, new from, new to}.
	 */
	private static List<int[]> blocks(List<AbstractDelta<String>> deltas) {
		List<AbstractDelta<String>> sorted = new ArrayList<>(deltas);
		sorted.sort(Comparator.<AbstractDelta<String>>comparingInt(d -> d.getSource().getPosition())
				.thenComparingInt(d -> d.getTarget().getPosition()));
		List<int[]> blocks = new ArrayList<>();
		for (AbstractDelta<String> delta : sorted) {
			int oldFrom = delta.getSource().getPosition();
			int oldTo = oldFrom + delta.getSource().size();
			int newFrom = delta.getTarget().getPosition();
			int newTo = newFrom + delta.getTarget().size();
			int[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
			// blocks a blank line or two apart are one edit to a reader (a paragraph split or joined):
			// diffing their characters together keeps what the line diff paired up differently
			if (last != null && oldFrom - last[1] <= JOIN_GAP_LINES && newFrom - last[3] == oldFrom - last[1]) {
				last[1] = Math.max(last[1], oldTo);
				last[2] = Math.min(last[2], newFrom);
				last[3] = Math.max(last[3], newTo);
			} else {
				blocks.add(new int[] { oldFrom, oldTo, newFrom, newTo });
			}
		}
		return blocks;
	}

	private static void characterRuns(String oldText, int oldFrom, int oldChars, String newText, int newFrom,
			int newChars, Builder runs) {
		List<Character> oldChunk = chars(oldText, oldFrom, oldFrom + oldChars);
		List<Character> newChunk = chars(newText, newFrom, newFrom + newChars);
		Patch<Character> patch = DiffUtils.diff(oldChunk, newChunk, new MyersDiffWithLinearSpace<Character>(), null,
				false);
		int oldAt = 0;
		int newAt = 0;
		for (AbstractDelta<Character> delta : patch.getDeltas()) {
			int equal = delta.getSource().getPosition() - oldAt;
			runs.add(oldFrom + oldAt, newFrom + newAt, equal);
			oldAt += equal + delta.getSource().size();
			newAt += equal + delta.getTarget().size();
		}
		runs.add(oldFrom + oldAt, newFrom + newAt, oldChars - oldAt);
	}

	/**
	 * The new offset of an old one that lies in shared text, or -1 when the text around it changed.
	 * An offset at the edge of a shared run counts as shared ({@code start} side for begins, which
	 * look right; {@code end} side for ends, which look left).
	 */
	public int map(int oldOffset, boolean isEnd) {
		if (oldOffset == oldLength && isEnd && oldLength == 0) {
			return newLength == 0 ? 0 : -1;
		}
		int run = runAt(oldOffset, isEnd);
		return run < 0 ? -1 : newStarts[run] + oldOffset - oldStarts[run];
	}

	/**
	 * The new offset of an old one, wherever it lies: inside changed text, the edge of the change
	 * ({@code isEnd}: the end of the new text that replaced it, else its start).
	 */
	public int mapNearest(int oldOffset, boolean isEnd) {
		int exact = map(oldOffset, isEnd);
		if (exact >= 0) {
			return exact;
		}
		// the last run ending at or before the offset, and the first starting after it
		int before = lastRunStartingAtOrBefore(oldOffset);
		if (isEnd) {
			int after = before + 1;
			return after < count ? newStarts[after] : newLength;
		}
		return before >= 0 ? newStarts[before] + lengths[before] : 0;
	}

	/** Whether the old range lies in shared text, with no change inside it. */
	public boolean unchanged(int oldBegin, int oldEnd) {
		int run = runAt(oldBegin, false);
		if (oldBegin == oldEnd) {
			return run >= 0 || runAt(oldBegin, true) >= 0;
		}
		return run >= 0 && oldEnd <= oldStarts[run] + lengths[run];
	}

	/** How many characters of the old range {@code [from, to)} are in shared text (the rest was deleted or replaced). */
	public int sharedInOld(int from, int to) {
		return overlap(oldStarts, from, to);
	}

	/** How many characters of the new range {@code [from, to)} are in shared text (the rest was inserted). */
	public int sharedInNew(int from, int to) {
		// runs come from a diff: their new starts rise with their old ones
		return overlap(newStarts, from, to);
	}

	private int overlap(int[] starts, int from, int to) {
		int found = Arrays.binarySearch(starts, 0, count, from);
		int run = Math.max(0, found >= 0 ? found : -found - 2);
		int total = 0;
		for (; run < count && starts[run] < to; run++) {
			total += Math.max(0, Math.min(to, starts[run] + lengths[run]) - Math.max(from, starts[run]));
		}
		return total;
	}

	public int oldLength() {
		return oldLength;
	}

	public int newLength() {
		return newLength;
	}

	/** Shared runs; a measure of how much of the text survived. */
	public int sharedCharacters() {
		int total = 0;
		for (int i = 0; i < count; i++) {
			total += lengths[i];
		}
		return total;
	}

	private int runAt(int offset, boolean endSide) {
		boolean isEnd = endSide;
		if (isEnd && offset == 0) {
			isEnd = false; // an end at 0 has nothing to its left: look right
		}
		int run = lastRunStartingAtOrBefore(isEnd ? offset - 1 : offset);
		if (run < 0) {
			return -1;
		}
		int end = oldStarts[run] + lengths[run];
		if (isEnd ? offset <= end && offset > oldStarts[run] : offset < end) {
			return run;
		}
		return -1;
	}

	private int lastRunStartingAtOrBefore(int offset) {
		int found = Arrays.binarySearch(oldStarts, 0, count, offset);
		return found >= 0 ? found : -found - 2;
	}

	private static int commonPrefix(String a, String b) {
		int limit = Math.min(a.length(), b.length());
		int i = 0;
		while (i < limit && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	private static int commonSuffix(String a, String b, int prefix) {
		int limit = Math.min(a.length(), b.length()) - prefix;
		int i = 0;
		while (i < limit && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
			i++;
		}
		return i;
	}

	/** The offset just after the line end at or after {@code from}. */
	private static int lineEndAfter(String text, int from) {
		if (from == 0) {
			return 0;
		}
		int newline = text.indexOf('\n', from - 1);
		return newline < 0 ? text.length() : newline + 1;
	}

	/** The lines of a range, each with its line end. */
	private static List<String> lines(String text, int from, int to) {
		List<String> lines = new ArrayList<>();
		int start = from;
		while (start < to) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 || newline >= to ? to : newline + 1;
			lines.add(text.substring(start, end));
			start = end;
		}
		return lines;
	}

	private static int length(List<String> lines, int from, int to) {
		int total = 0;
		for (int i = from; i < to; i++) {
			total += lines.get(i).length();
		}
		return total;
	}

	private static List<Character> chars(String text, int from, int to) {
		return new AbstractList<>() {
			@Override
			public Character get(int index) {
				return text.charAt(from + index);
			}

			@Override
			public int size() {
				return to - from;
			}
		};
	}

	/** Collects runs in old-text order, dropping empty ones and joining adjacent ones. */
	private static final class Builder {
		private int[] oldStarts = new int[64];
		private int[] newStarts = new int[64];
		private int[] lengths = new int[64];
		private int count;
		private final int oldLength;
		private final int newLength;

		Builder(int oldLength, int newLength) {
			this.oldLength = oldLength;
			this.newLength = newLength;
		}

		void add(int oldStart, int newStart, int length) {
			if (length <= 0) {
				return;
			}
			if (count > 0 && oldStarts[count - 1] + lengths[count - 1] == oldStart
					&& newStarts[count - 1] + lengths[count - 1] == newStart) {
				lengths[count - 1] += length;
				return;
			}
			if (count == oldStarts.length) {
				oldStarts = Arrays.copyOf(oldStarts, count * 2);
				newStarts = Arrays.copyOf(newStarts, count * 2);
				lengths = Arrays.copyOf(lengths, count * 2);
			}
			oldStarts[count] = oldStart;
			newStarts[count] = newStart;
			lengths[count] = length;
			count++;
		}

		OffsetMapping build() {
			return new OffsetMapping(oldStarts, newStarts, lengths, count, oldLength, newLength);
		}
	}
}
