// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.gloss.suggest.internal.CjkCounts;
import dev.gloss.suggest.internal.CountGrammar;
import dev.gloss.suggest.internal.Token;
import dev.gloss.suggest.internal.Tokens;
import dev.gloss.suggest.internal.Words;

/**
 * Reads count expressions the way a news analyst does: "At least 100 to several hundred vehicles"
 * is min 100, max open, at least, vehicles. See the package documentation for every form and how
 * vague amounts are read. A quote it cannot read whole is left for the analyst: {@link #read}
 * returns nothing rather than a guess. Thread-safe and stateless.
 */
public final class CountNormaliser {

	/** A count expression found in running text: UTF-16 offsets and what it says. */
	public record Found(int begin, int end, CountReading reading) {
	}

	/** Words before a number that make it an identifier or a date, not a count: "No. 3", "Route 1". */
	private static final Set<String> NOT_COUNTED_AFTER = Set.of("no", "number", "route", "gate", "highway",
			"line", "block", "unit", "page", "article", "chapter", "section", "room", "platform", "bridge",
			"pier", "berth", "dock", "zone", "district", "building", "floor", "korea", "version", "phase");

	/**
	 * Reads a quote (the passage of a Count) whole.
	 *
	 * @return the reading, or empty when the quote is not one count expression this normaliser is
	 *         sure of
	 */
	public Optional<CountReading> read(String quote) {
		String trimmed = quote.strip();
		CountReading cjk = CjkCounts.read(trimmed);
		if (cjk != null) {
			return Optional.of(cjk);
		}
		List<Token> tokens = Tokens.of(trimmed);
		int last = tokens.size();
		while (last > 0 && isTrailingPunctuation(tokens.get(last - 1))) {
			last--;
		}
		if (last == 0) {
			return Optional.empty();
		}
		tokens = tokens.subList(0, last);
		int first = 0;
		if (tokens.get(0).is("the") && tokens.size() > 1) {
			first = 1;
		}
		CountGrammar grammar = new CountGrammar(tokens, trimmed);
		CountGrammar.Match match = grammar.parse(first, true);
		if (match == null) {
			return Optional.empty();
		}
		if (match.last() == tokens.size()) {
			return Optional.of(match.reading());
		}
		return Optional.empty();
	}

	/** Every count expression in a text, in order, none overlapping. */
	public List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		List<Token> tokens = Tokens.of(text);
		CountGrammar grammar = new CountGrammar(tokens, text);
		int i = 0;
		while (i < tokens.size()) {
			CountGrammar.Match match = startsCount(tokens, i) ? grammar.parse(i, false) : null;
			if (match != null && isCount(tokens, match)) {
				found.add(new Found(tokens.get(match.first()).begin(), tokens.get(match.last() - 1).end(),
						match.reading()));
				i = match.last();
			} else {
				i++;
			}
		}
		int from = 0;
		CjkCounts.Found cjk;
		while ((cjk = CjkCounts.find(text, from)) != null) {
			found.add(new Found(cjk.begin(), cjk.end(), cjk.reading()));
			from = cjk.end();
		}
		found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		return found;
	}

	/** A count starts at a word boundary, not inside "3rd" or "A-10". */
	private static boolean startsCount(List<Token> tokens, int i) {
		if (i > 0) {
			Token before = tokens.get(i - 1);
			Token t = tokens.get(i);
			if (before.end() == t.begin() && (before.isWord() || before.isNumber() || before.text().equals("-"))
					&& !t.text().equals("$") && !before.text().equals("(")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a match in running text is a count a person would mark: it counts something (a unit,
	 * money, a percentage) or is hedged; not a year, a date, a time, an ordinal or an identifier;
	 * "one" or "a few" alone is not proposed.
	 */
	private static boolean isCount(List<Token> tokens, CountGrammar.Match match) {
		Token first = tokens.get(match.first());
		Token last = tokens.get(match.last() - 1);
		if (!match.hasUnit() && !(match.vagueOnly() && match.reading().min().intValue() >= 10)) {
			// a plain number with nothing counted is a year, an id or a score more often than a count
			return false;
		}
		if (match.bareSmall() && !match.hedged() && match.reading().value() != null
				&& match.reading().value().compareTo(java.math.BigDecimal.ONE) == 0) {
			// "one driver said", "one of the boats": a way of speaking, not a figure
			return false;
		}
		if (match.vagueOnly() && match.reading().min() != null && match.reading().min().intValue() < 10) {
			// "several trucks", "a few traders"
			return false;
		}
		if (match.first() > 0 && ANAPHORIC.contains(tokens.get(match.first() - 1).lower()) && !match.hedged()
				&& match.reading().value() != null) {
			// "all three cities", "the two traders": things the article has already counted or named
			return false;
		}
		Token number = null;
		for (int i = match.first(); i < match.last(); i++) {
			if (tokens.get(i).isNumber()) {
				number = tokens.get(i);
				break;
			}
		}
		if (number != null) {
			int n = tokens.indexOf(number);
			Token after = n + 1 < tokens.size() ? tokens.get(n + 1) : null;
			if (after != null && after.begin() == number.end() && after.isWord()
					&& Set.of("st", "nd", "rd", "th", "s").contains(after.lower())) {
				return false;
			}
			if (after != null && (after.text().equals(":") || Words.isTime(after.lower())
					|| Set.of("a.m", "p.m", "am", "pm", "gmt", "utc", "kst").contains(after.lower()))) {
				return false;
			}
			if (n > 0) {
				String before = tokens.get(n - 1).lower();
				if (Words.isTime(before) || NOT_COUNTED_AFTER.contains(before) || before.equals("#")) {
					return false;
				}
			}
			if (number.text().matches("(19|20)\\d\\d") && !match.hedged() && n > 0 && Set.of("in", "since", "by",
					"of", "from", "until", "before", "after", "during", "early", "late", "mid", "the", "a")
					.contains(tokens.get(n - 1).lower())) {
				// "in 2024 traders said": a year
				return false;
			}
		}
		return first.begin() < last.end();
	}

	/** Words before a number that make it point back at things already named, not count them. */
	private static final Set<String> ANAPHORIC = Set.of("all", "both", "the", "these", "those");

	private static boolean isTrailingPunctuation(Token token) {
		return token.kind() == Token.Kind.PUNCTUATION && ".,;:!?\"'”’)".contains(token.text());
	}
}
