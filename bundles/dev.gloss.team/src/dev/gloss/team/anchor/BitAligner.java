/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

/**
 * The edit-distance alignments of the quote search, computed a column of 64 pattern characters
 * per machine word: Myers' bit-vector algorithm (J. ACM 46(3), 1999) in Hyyrö's formulation,
 * with his extension to swaps of two neighbours and his blocks of 64 rows for longer patterns
 * (Hyyrö 2001, 2003). Each text character costs a few word operations per block instead of one
 * step per pattern character.
 *
 * <p>The results are those of the dynamic programme they replace (kept in the tests as
 * {@code ReferenceQuoteMatcher}), including which of several equally good alignments is chosen:
 * the columns of vertical differences are kept, so any cell's value is two population counts
 * away, and the start of an alignment is found by walking back from its end choosing the
 * predecessor the dynamic programme would have chosen.
 */
final class BitAligner {

	/**
	 * An approximate occurrence of the quote.
	 *
	 * @param errors edits between the quote and {@code text[begin, end)}
	 */
	record Alignment(int begin, int end, int errors) {
	}

	private final char[] chars;
	private final PatternMasks quoteMasks = new PatternMasks();
	private final PatternMasks prefixMasks = new PatternMasks();
	private final PatternMasks suffixMasks = new PatternMasks();

	// the columns of the last alignment: vertical differences (+1, -1) of each block, the value at
	// the top row of each block, and the value at the quote's last row
	private long[] positive = new long[256];
	private long[] negative = new long[256];
	private int[] tops = new int[256];
	private int[] scores = new int[256];
	// per block, while a column is computed
	private long[] vp = new long[1];
	private long[] vn = new long[1];
	private long[] diagonals = new long[1];
	private long[] previousMasks = new long[1];
	private int[] blockTops = new int[1];

	/** @param chars the text, shared with the caller and never changed */
	BitAligner(char[] chars) {
		this.chars = chars;
	}

	/**
	 * The best approximate occurrence of the quote inside {@code text[from, to)}, or {@code null}
	 * when it has more than {@code maxErrors} edits: all of the quote aligned, any part of the
	 * window, counting insertions, deletions, substitutions and swaps of two neighbours (the
	 * commonest typo) as one edit each. Ties go to the one whose ends sit on word boundaries as the
	 * quote's do, then whose length is closest to the quote's, then to the one starting nearest
	 * {@code expected}, then to the one ending first.
	 */
	Alignment align(String quote, int from, int to, int expected, int maxErrors) {
		int m = quote.length();
		int n = to - from;
		if (n <= 0 || m == 0) {
			return null;
		}
		quoteMasks.set(quote, false);
		int blocks = quoteMasks.blocks();
		ensureColumns(n + 1, blocks);
		int min = blocks == 1 ? alignColumns(from, n, m) : alignBlockColumns(from, n, m, blocks);
		if (min > maxErrors) {
			return null;
		}
		// every end as good as the best in edits, in text order, the first preferred one kept: what
		// the dynamic programme kept, comparing each column's alignment with the best so far
		Alignment best = null;
		for (int j = 0; j <= n; j++) {
			if (scores[j] == min) {
				Alignment candidate = new Alignment(begin(quote, from, j, blocks), from + j, min);
				if (best == null || preferred(candidate, best, quote, expected)) {
					best = candidate;
				}
			}
		}
		return best;
	}

	/**
	 * Edits between a context string and the text next to a match: after {@code at} when
	 * {@code forward} (a suffix), before it otherwise (a prefix). The alignment is tied to the
	 * match's edge and free at the far end, over at most {@code n + n / 4 + 2} text characters.
	 */
	int contextErrors(String context, int at, boolean forward) {
		int n = context.length();
		int window = n + n / 4 + 2;
		int available = forward ? Math.min(window, chars.length - at) : Math.min(window, at);
		PatternMasks masks = forward ? suffixMasks : prefixMasks;
		masks.set(context, !forward); // a prefix is read from the match's edge backwards
		int step = forward ? 1 : -1;
		int first = forward ? at : at - 1;
		return masks.blocks() == 1 ? contextColumns(masks, first, step, available, n)
				: contextBlockColumns(masks, first, step, available, n);
	}

	/** Single-word columns of the quote search; returns the fewest edits at the last row. */
	private int alignColumns(int from, int n, int m) {
		PatternMasks masks = quoteMasks;
		char[] text = chars;
		long[] positive = this.positive;
		long[] negative = this.negative;
		int[] scores = this.scores;
		int top = m - 1;
		long vp = -1L; // column 0: the quote's first i characters against nothing cost i
		long vn = 0;
		long diagonal = -1L;
		long previousMask = 0; // no swap reaches back before the window
		int score = m;
		int min = m;
		positive[0] = vp;
		negative[0] = vn;
		scores[0] = score;
		for (int j = 1; j <= n; j++) {
			long mask = masks.mask(text[from + j - 1]);
			// rows where a swap of neighbours keeps the diagonal: Hyyrö's transposition term
			long swap = ((~diagonal & mask) << 1) & previousMask;
			long x = mask | vn | swap;
			long d0 = (((x & vp) + vp) ^ vp) | x;
			long hp = vn | ~(d0 | vp);
			long hn = vp & d0;
			score += (int) ((hp >>> top) & 1) - (int) ((hn >>> top) & 1);
			hp <<= 1; // row 0 is free: searching, an alignment may start anywhere
			hn <<= 1;
			vp = hn | ~(d0 | hp);
			vn = hp & d0;
			diagonal = d0;
			previousMask = mask;
			positive[j] = vp;
			negative[j] = vn;
			scores[j] = score;
			if (score < min) {
				min = score;
			}
		}
		return min;
	}

	/** Columns of the quote search for quotes longer than 64 characters, a block of 64 rows at a time. */
	private int alignBlockColumns(int from, int n, int m, int blocks) {
		PatternMasks masks = quoteMasks;
		for (int b = 0; b < blocks; b++) {
			vp[b] = -1L;
			vn[b] = 0;
			diagonals[b] = -1L;
			previousMasks[b] = 0;
			blockTops[b] = Math.min(m, 64 * (b + 1));
			positive[b] = -1L;
			negative[b] = 0;
			tops[b] = blockTops[b];
		}
		int lastTop = (m - 1) & 63;
		int min = m;
		scores[0] = m;
		for (int j = 1; j <= n; j++) {
			char c = chars[from + j - 1];
			int hin = 0; // row 0 is free: searching
			long swapCarry = 0;
			for (int b = 0; b < blocks; b++) {
				long mask = masks.mask(c, b);
				long reach = ~diagonals[b] & mask;
				long swap = ((reach << 1) | swapCarry) & previousMasks[b];
				swapCarry = reach >>> 63;
				long v = vp[b];
				long x = mask | vn[b] | swap | (hin < 0 ? 1 : 0);
				long d0 = (((x & v) + v) ^ v) | x;
				long hp = vn[b] | ~(d0 | v);
				long hn = v & d0;
				int topBit = b == blocks - 1 ? lastTop : 63;
				int hout = (int) ((hp >>> topBit) & 1) - (int) ((hn >>> topBit) & 1);
				hp = (hp << 1) | (hin > 0 ? 1 : 0);
				hn = (hn << 1) | (hin < 0 ? 1 : 0);
				vp[b] = hn | ~(d0 | hp);
				vn[b] = hp & d0;
				diagonals[b] = d0;
				previousMasks[b] = mask;
				blockTops[b] += hout;
				hin = hout;
				int at = j * blocks + b;
				positive[at] = vp[b];
				negative[at] = vn[b];
				tops[at] = blockTops[b];
			}
			int score = blockTops[blocks - 1];
			scores[j] = score;
			if (score < min) {
				min = score;
			}
		}
		return min;
	}

	/** Single-word columns of a context alignment; returns the fewest edits at its last row. */
	private int contextColumns(PatternMasks masks, int first, int step, int available, int n) {
		char[] text = chars;
		int top = n - 1;
		long vp = -1L;
		long vn = 0;
		int score = n;
		int min = n;
		for (int j = 0, at = first; j < available; j++, at += step) {
			long x = masks.mask(text[at]) | vn;
			long d0 = (((x & vp) + vp) ^ vp) | x;
			long hp = vn | ~(d0 | vp);
			long hn = vp & d0;
			score += (int) ((hp >>> top) & 1) - (int) ((hn >>> top) & 1);
			hp = (hp << 1) | 1; // row 0 costs the text characters skipped: tied to the match's edge
			hn <<= 1;
			vp = hn | ~(d0 | hp);
			vn = hp & d0;
			if (score < min) {
				min = score;
			}
		}
		return min;
	}

	/** Columns of a context alignment for contexts longer than 64 characters. */
	private int contextBlockColumns(PatternMasks masks, int first, int step, int available, int n) {
		int blocks = masks.blocks();
		ensureBlocks(blocks);
		for (int b = 0; b < blocks; b++) {
			vp[b] = -1L;
			vn[b] = 0;
			blockTops[b] = Math.min(n, 64 * (b + 1));
		}
		int lastTop = (n - 1) & 63;
		int min = n;
		for (int j = 0, at = first; j < available; j++, at += step) {
			char c = chars[at];
			int hin = 1; // row 0 costs the text characters skipped
			for (int b = 0; b < blocks; b++) {
				long v = vp[b];
				long x = masks.mask(c, b) | vn[b] | (hin < 0 ? 1 : 0);
				long d0 = (((x & v) + v) ^ v) | x;
				long hp = vn[b] | ~(d0 | v);
				long hn = v & d0;
				int topBit = b == blocks - 1 ? lastTop : 63;
				int hout = (int) ((hp >>> topBit) & 1) - (int) ((hn >>> topBit) & 1);
				hp = (hp << 1) | (hin > 0 ? 1 : 0);
				hn = (hn << 1) | (hin < 0 ? 1 : 0);
				vp[b] = hn | ~(d0 | hp);
				vn[b] = hp & d0;
				blockTops[b] += hout;
				hin = hout;
			}
			min = Math.min(min, blockTops[blocks - 1]);
		}
		return min;
	}

	/**
	 * Where the alignment ending at column {@code end} starts: the walk back from its last cell to
	 * row 0 (or column 0), taking at each cell the predecessor the dynamic programme took: the
	 * diagonal when no worse than both others, then the text character skipped, then the quote
	 * character skipped, then a swap of two neighbours if strictly better.
	 */
	private int begin(String quote, int from, int end, int blocks) {
		int i = quote.length();
		int j = end;
		while (i > 0 && j > 0) {
			char q = quote.charAt(i - 1);
			char t = chars[from + j - 1];
			int diagonal = value(i - 1, j - 1, blocks) + (q == t ? 0 : 1);
			int skipText = value(i, j - 1, blocks) + 1;
			int skipQuote = value(i - 1, j, blocks) + 1;
			int best;
			int up;
			int left;
			if (diagonal <= skipText && diagonal <= skipQuote) {
				best = diagonal;
				up = 1;
				left = 1;
			} else if (skipText <= skipQuote) {
				best = skipText;
				up = 0;
				left = 1;
			} else {
				best = skipQuote;
				up = 1;
				left = 0;
			}
			if (i >= 2 && j >= 2 && q == chars[from + j - 2] && quote.charAt(i - 2) == t && q != t
					&& value(i - 2, j - 2, blocks) + 1 < best) {
				up = 2;
				left = 2;
			}
			i -= up;
			j -= left;
		}
		// row 0 of column j starts there; column 0 is the window's start
		return i == 0 ? from + j : from;
	}

	/** The dynamic programme's cell: edits aligning the quote's first {@code i} characters, ending at column {@code j}. */
	private int value(int i, int j, int blocks) {
		if (i == 0) {
			return 0;
		}
		int block = (i - 1) >>> 6;
		int rows = i - (block << 6);
		long below = rows == 64 ? -1L : (1L << rows) - 1;
		int at = j * blocks + block;
		int base = block == 0 ? 0 : tops[at - 1];
		return base + Long.bitCount(positive[at] & below) - Long.bitCount(negative[at] & below);
	}

	private boolean preferred(Alignment candidate, Alignment best, String quote, int expected) {
		if (candidate.errors != best.errors) {
			return candidate.errors < best.errors;
		}
		int boundaries = boundaries(candidate, quote) - boundaries(best, quote);
		if (boundaries != 0) {
			return boundaries > 0;
		}
		int m = quote.length();
		int lengthGap = Math.abs(candidate.end - candidate.begin - m) - Math.abs(best.end - best.begin - m);
		if (lengthGap != 0) {
			return lengthGap < 0;
		}
		return Math.abs(candidate.begin - expected) < Math.abs(best.begin - expected);
	}

	/** How many ends of the match are word boundaries where the quote's ends are words. */
	private int boundaries(Alignment alignment, String quote) {
		int count = 0;
		if (Character.isLetterOrDigit(quote.charAt(0))
				&& (alignment.begin == 0 || !Character.isLetterOrDigit(chars[alignment.begin - 1]))) {
			count++;
		}
		if (Character.isLetterOrDigit(quote.charAt(quote.length() - 1))
				&& (alignment.end == chars.length || !Character.isLetterOrDigit(chars[alignment.end]))) {
			count++;
		}
		return count;
	}

	private void ensureColumns(int columns, int blocks) {
		int cells = columns * blocks;
		if (positive.length < cells) {
			int size = Math.max(cells, positive.length * 2);
			positive = new long[size];
			negative = new long[size];
			tops = new int[size];
		}
		if (scores.length < columns) {
			scores = new int[Math.max(columns, scores.length * 2)];
		}
		ensureBlocks(blocks);
	}

	private void ensureBlocks(int blocks) {
		if (vp.length < blocks) {
			vp = new long[blocks];
			vn = new long[blocks];
			diagonals = new long[blocks];
			previousMasks = new long[blocks];
			blockTops = new int[blocks];
		}
	}
}
