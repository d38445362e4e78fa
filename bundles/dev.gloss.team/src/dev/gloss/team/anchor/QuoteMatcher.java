/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.anchor;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a quote in a text that changed, the way the best web annotators re-anchor a text-quote
 * selector: approximate matches of the quote (up to a quarter of its length in edits), each scored
 * on how well the quote, the text before it (prefix), the text after it (suffix) and its position
 * agree with what was recorded. The weights are those of Hypothesis' quote matcher: quote 50,
 * prefix 20, suffix 20, position 2.
 *
 * <p>Candidates come from exact occurrences of the quote, then from exact occurrences of pieces of
 * it and of its context (a match with fewer edits than pieces keeps at least one piece whole), and
 * each is verified by an edit-distance alignment in a window around it ({@link BitAligner}, a
 * word of 64 quote characters at a time). Costs stay proportional to the quote times the
 * candidates, never to the text times the quote.
 *
 * <p>One search at a time: a matcher keeps its index and working space from one search to the
 * next, and is not to be shared between threads.
 */
public final class QuoteMatcher {

	private static final double QUOTE_WEIGHT = 50;
	private static final double PREFIX_WEIGHT = 20;
	private static final double SUFFIX_WEIGHT = 20;
	private static final double POSITION_WEIGHT = 2;
	private static final double MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

	/** An exact match scoring this well ends the search. */
	private static final double GOOD_ENOUGH = 0.95;
	private static final int MIN_PIECE = 8;
	private static final int MAX_PIECES = 8;
	private static final int MAX_OCCURRENCES = 512;
	/** Exact occurrences are looked for this far around the hint, then further. */
	private static final int[] SEARCH_RADII = { 2_048, 65_536, Integer.MAX_VALUE };
	/** Candidate places verified by alignment, best-supported first. */
	private static final int MAX_WINDOWS = 24;
	/**
	 * Whole-text searches after which indexing the text pays: building the index costs about 15
	 * searches of a piece (it cost 60 when it was sorted; the scans before it was built were a tenth
	 * of re-anchoring without the old text).
	 */
	private static final int FULL_SCANS_BEFORE_INDEX = 16;

	/**
	 * A place the quote was found.
	 *
	 * @param errors edits between the quote and the text found
	 * @param score  0..1, weighted agreement of quote, prefix, suffix and position
	 */
	public record Match(int begin, int end, int errors, double score, double quoteScore, double prefixScore,
			double suffixScore) {
	}

	private final String text;
	/** The text's characters: compared and aligned without {@code String}'s checks per character. */
	private final char[] chars;
	private final BitAligner aligner;
	private GramIndex index;
	private int fullScans;
	// reused by every search: occurrences of the quote, and estimated starts from pieces
	private final IntList found = new IntList();
	private final IntList estimates = new IntList();

	public QuoteMatcher(String text) {
		this.text = text;
		this.chars = text.toCharArray();
		this.aligner = new BitAligner(chars);
	}

	/** Edits allowed in a match of a quote of this length. */
	public static int maxErrors(int quoteLength) {
		return quoteLength / 4;
	}

	/**
	 * The best place for the quote, or empty when no place is within {@link #maxErrors(int)} edits.
	 *
	 * @param hint where the quote is expected (its old offset, mapped through a diff when known)
	 */
	public Optional<Match> find(String quote, String prefix, String suffix, int hint) {
		String before = prefix == null ? "" : prefix;
		String after = suffix == null ? "" : suffix;
		if (quote == null || quote.isEmpty()) {
			return findEmpty(before, after, hint);
		}
		int m = quote.length();
		int maxErrors = maxErrors(m);
		Match best = null;
		// exact occurrences, nearest the hint first: a passage shifted by edits elsewhere is found
		// without reading the whole article
		int scoredFrom = 0;
		int scoredTo = -1; // occurrences starting in [scoredFrom, scoredTo] were scored already
		for (int radius : SEARCH_RADII) {
			int from = Math.max(0, hint - radius);
			int to = radius == Integer.MAX_VALUE ? text.length() : (int) Math.min(text.length(), (long) hint + radius + m);
			found.clear();
			occurrences(quote, from, to, found);
			for (int k = 0; k < found.size(); k++) {
				int at = found.get(k);
				if (at < scoredFrom || at > scoredTo) {
					best = better(best, score(at, at + m, 0, m, before, after, hint, best), hint);
				}
			}
			scoredFrom = from;
			scoredTo = to - m;
			if (best != null && best.score() >= GOOD_ENOUGH || to == text.length() && from == 0) {
				break;
			}
		}
		if (best != null && best.score() >= GOOD_ENOUGH || maxErrors == 0) {
			return Optional.ofNullable(best);
		}
		IntList estimates = this.estimates;
		estimates.clear();
		if (m >= 2 * MIN_PIECE) {
			int pieces = Math.min(MAX_PIECES, m / MIN_PIECE);
			int length = m / pieces;
			for (int piece = 0; piece < pieces; piece++) {
				int from = piece * length;
				int to = piece == pieces - 1 ? m : from + length;
				occurrences(quote.substring(from, to), -from, estimates);
			}
		}
		if (before.length() >= 4) {
			String tail = before.substring(Math.max(0, before.length() - 16));
			occurrences(tail, tail.length(), estimates);
		}
		if (after.length() >= 4) {
			String head = after.substring(0, Math.min(16, after.length()));
			occurrences(head, -m, estimates);
		}
		// q-gram filter: a true match gets votes from most of its pieces at about the same start;
		// verify the best-supported places first, and only a bounded number of them
		int slack = maxErrors + 2;
		estimates.sort();
		// groups of estimates within the slack of their first: first and last estimate, and an order
		// key: most votes first, then nearest the hint, then in text order (as a stable sort kept
		// them). At most 10 x MAX_OCCURRENCES estimates: votes and group numbers fit in 16 bits.
		int size = estimates.size();
		int[] firsts = new int[size];
		int[] lasts = new int[size];
		long[] order = new long[size];
		int groups = 0;
		for (int i = 0; i < size;) {
			int first = estimates.get(i);
			int j = i;
			while (j + 1 < size && estimates.get(j + 1) - first <= slack) {
				j++;
			}
			firsts[groups] = first;
			lasts[groups] = estimates.get(j);
			int votes = j - i + 1;
			long distance = Math.abs(first - hint);
			order[groups] = (long) (0xFFFF - votes) << 47 | distance << 16 | groups;
			groups++;
			i = j + 1;
		}
		Arrays.sort(order, 0, groups);
		for (int verified = 0; verified < groups; verified++) {
			if (verified == MAX_WINDOWS || best != null && best.score() >= GOOD_ENOUGH) {
				break;
			}
			int group = (int) (order[verified] & 0xFFFF);
			int from = Math.max(0, firsts[group] - slack);
			int to = Math.min(text.length(), lasts[group] + m + slack);
			BitAligner.Alignment alignment = aligner.align(quote, from, to, firsts[group], maxErrors);
			if (alignment != null) {
				best = better(best, score(alignment.begin(), alignment.end(), alignment.errors(), m, before, after,
						hint, best), hint);
			}
		}
		return Optional.ofNullable(best);
	}

	private Optional<Match> findEmpty(String before, String after, int hint) {
		String context = before + after;
		if (context.isEmpty()) {
			int at = Math.max(0, Math.min(hint, text.length()));
			return Optional.of(new Match(at, at, 0, 1, 1, 1, 1));
		}
		Match best = null;
		for (int at = text.indexOf(context), found = 0; at >= 0 && found < MAX_OCCURRENCES; at = text
				.indexOf(context, at + 1), found++) {
			int point = at + before.length();
			best = better(best, score(point, point, 0, 1, before, after, hint), hint);
		}
		return Optional.ofNullable(best);
	}

	/** Adds where {@code piece} occurs in the text, plus {@code shift}, to {@code estimates}. */
	private void occurrences(String piece, int shift, IntList estimates) {
		int from = estimates.size();
		occurrences(piece, 0, text.length(), estimates);
		estimates.shift(from, shift);
	}

	/**
	 * Adds where {@code piece} occurs wholly inside {@code [from, to)} to {@code found}, in order, at
	 * most {@link #MAX_OCCURRENCES}.
	 */
	private void occurrences(String piece, int from, int to, IntList found) {
		if (piece.length() >= GramIndex.K && (index != null || from == 0 && to == text.length() && ++fullScans > FULL_SCANS_BEFORE_INDEX)) {
			if (index == null) {
				index = GramIndex.of(chars); // many searches of the whole text: index it once
			}
			index.find(chars, piece, from, to, MAX_OCCURRENCES, found);
			return;
		}
		// searched within [from, to) only: unbounded, the search for the next occurrence ran on to the
		// end of the text for every passage (most of the time re-anchoring took without the old text)
		int stop = found.size() + MAX_OCCURRENCES;
		for (int at = indexOf(piece, from, to); at >= 0 && found.size() < stop; at = indexOf(piece, at + 1, to)) {
			found.add(at);
		}
	}

	/** The first occurrence of {@code piece} wholly inside {@code text[from, to)}, or -1. */
	private int indexOf(String piece, int from, int to) {
		int end = Math.min(to, text.length());
		if (from < 0 || end - from < piece.length()) {
			return -1;
		}
		return text.indexOf(piece, from, end);
	}

	/**
	 * Every position of the text by the hash of the {@value #K} characters starting there, so that a
	 * piece is found by looking at the positions that share its hash bucket instead of scanning the
	 * whole text. Built by counting (linear passes, a rolling hash): sorting the positions by hash,
	 * as it was first built, took 40% of re-anchoring with the old text.
	 */
	private static final class GramIndex {

		static final int K = 8;
		/** The k-grams of a piece looked at to choose the rarest: those within its first 40 characters. */
		private static final int RARE_GRAM_SPAN = 40;
		/** 31^(K-1), to roll the hash one character on. */
		private static final int OUTGOING = pow31(K - 1);

		/** Positions by bucket: those of bucket b are positions[starts[b] .. starts[b + 1]), ascending. */
		private final int[] starts;
		private final int[] positions;
		private final int mask;

		private GramIndex(int[] starts, int[] positions, int mask) {
			this.starts = starts;
			this.positions = positions;
			this.mask = mask;
		}

		static GramIndex of(char[] text) {
			int count = Math.max(0, text.length - K + 1);
			// 16 to 32 positions per bucket: the counts and the next free places stay in the
			// processor's cache while they are used at random (with one position per bucket, building
			// took twice as long); a search in a window of the text skips the others by their
			// position, one in the whole text compares a few more
			int buckets = Integer.highestOneBit(Math.max(16, count / 16));
			int mask = buckets - 1;
			int[] starts = new int[buckets + 1];
			int hash = count > 0 ? hash(text, 0) : 0;
			for (int p = 0; p < count; p++) {
				if (p > 0) {
					hash = (hash - text[p - 1] * OUTGOING) * 31 + text[p + K - 1];
				}
				starts[bucket(hash, mask) + 1]++;
			}
			for (int b = 0; b < buckets; b++) {
				starts[b + 1] += starts[b];
			}
			int[] next = Arrays.copyOf(starts, buckets);
			int[] positions = new int[count];
			hash = count > 0 ? hash(text, 0) : 0;
			for (int p = 0; p < count; p++) {
				if (p > 0) {
					hash = (hash - text[p - 1] * OUTGOING) * 31 + text[p + K - 1];
				}
				positions[next[bucket(hash, mask)]++] = p; // ascending within each bucket
			}
			return new GramIndex(starts, positions, mask);
		}

		/**
		 * Adds the positions in {@code [from, to)} where the piece occurs wholly, ascending, until
		 * {@code found} holds {@code max}: what a scan of the text would find.
		 */
		void find(char[] text, String piece, int from, int to, int max, IntList found) {
			char[] wanted = piece.toCharArray();
			int length = wanted.length;
			// the positions compared are those of the piece's rarest k-gram (the one with the
			// smallest bucket) among its first few: its first is often a common phrase, found
			// thousands of times in a long article, when another one is not
			int hash = hash(wanted, 0);
			int bucket = bucket(hash, mask);
			int offset = 0;
			for (int o = 1; o + K <= Math.min(length, RARE_GRAM_SPAN); o++) {
				hash = (hash - wanted[o - 1] * OUTGOING) * 31 + wanted[o + K - 1];
				int other = bucket(hash, mask);
				if (starts[other + 1] - starts[other] < starts[bucket + 1] - starts[bucket]) {
					bucket = other;
					offset = o;
				}
			}
			int at = lowerBound(starts[bucket], starts[bucket + 1], from + offset);
			int full = found.size() + max;
			char first = wanted[0];
			char last = wanted[length - 1];
			for (int stop = starts[bucket + 1]; at < stop && found.size() < full; at++) {
				int position = positions[at] - offset;
				if (position + length > to) {
					break;
				}
				// other hashes share the bucket, and the piece is longer than the k-gram: the text
				// itself decides (its two ends first, the cheapest test)
				if (text[position] == first && text[position + length - 1] == last
						&& Arrays.equals(text, position, position + length, wanted, 0, length)) {
					found.add(position);
				}
			}
		}

		private int lowerBound(int low, int high, int value) {
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (positions[mid] < value) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			return low;
		}

		private static int bucket(int hash, int mask) {
			int h = hash * 0x9E3779B9;
			return (h ^ (h >>> 16)) & mask;
		}

		private static int hash(char[] text, int from) {
			int hash = 0;
			for (int i = from; i < from + K; i++) {
				hash = 31 * hash + text[i];
			}
			return hash;
		}

		private static int pow31(int exponent) {
			int power = 1;
			for (int i = 0; i < exponent; i++) {
				power *= 31;
			}
			return power;
		}
	}

	private static Match better(Match best, Match candidate, int hint) {
		if (candidate == null) {
			return best; // it could not beat the best (see score)
		}
		if (best == null || candidate.score() > best.score() + 1e-9) {
			return candidate;
		}
		if (Math.abs(candidate.score() - best.score()) <= 1e-9
				&& Math.abs(candidate.begin() - hint) < Math.abs(best.begin() - hint)) {
			return candidate;
		}
		return best;
	}

	private Match score(int begin, int end, int errors, int quoteLength, String prefix, String suffix, int hint) {
		return score(begin, end, errors, quoteLength, prefix, suffix, hint, null);
	}

	/**
	 * The candidate's match, or {@code null} when it cannot beat {@code best} in {@link #better}: the
	 * context alignments (most of the cost) are skipped as soon as the score, with a perfect score
	 * for the parts not yet aligned, stays below the best's by more than the tie margin. The bound
	 * is the same sum with larger terms, so it is never below the score (rounding is monotonic):
	 * what is skipped could never have been chosen, and the result is the same.
	 */
	private Match score(int begin, int end, int errors, int quoteLength, String prefix, String suffix, int hint,
			Match best) {
		double quoteScore = 1 - (double) errors / quoteLength;
		double positionScore = 1 - Math.min(1, (double) Math.abs(begin - hint) / Math.max(1, text.length()));
		double floor = best == null ? Double.NEGATIVE_INFINITY : best.score() - 1e-9;
		if (weighted(quoteScore, 1, 1, positionScore) < floor) {
			return null;
		}
		double prefixScore = prefix.isEmpty() ? 1 : 1 - (double) contextErrors(prefix, begin, false) / prefix.length();
		if (weighted(quoteScore, prefixScore, 1, positionScore) < floor) {
			return null;
		}
		double suffixScore = suffix.isEmpty() ? 1 : 1 - (double) contextErrors(suffix, end, true) / suffix.length();
		return new Match(begin, end, errors, weighted(quoteScore, prefixScore, suffixScore, positionScore), quoteScore,
				prefixScore, suffixScore);
	}

	private static double weighted(double quoteScore, double prefixScore, double suffixScore, double positionScore) {
		double raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
				+ POSITION_WEIGHT * positionScore;
		return raw / MAX_SCORE;
	}

	/**
	 * Edits between a context string and the text next to a match: after {@code at} when
	 * {@code forward}, before it otherwise. The alignment is tied to the match's edge and free at
	 * the far end.
	 */
	private int contextErrors(String context, int at, boolean forward) {
		int n = context.length();
		// the commonest case, the context unchanged: no edits, which the alignment would also find
		if (forward ? at + n <= text.length() && text.regionMatches(at, context, 0, n)
				: at - n >= 0 && text.regionMatches(at - n, context, 0, n)) {
			return 0;
		}
		return aligner.contextErrors(context, at, forward);
	}

	/** 1 for equal strings, 0 for nothing in common: 1 - edit distance / longer length. */
	public static double similarity(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		if (a.equals(b)) {
			return 1;
		}
		return 1 - (double) editDistance(a, b) / longer;
	}

	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			char c = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				current[j] = Math.min(previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1),
						Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
