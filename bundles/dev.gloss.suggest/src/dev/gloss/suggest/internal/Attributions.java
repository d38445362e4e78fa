// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.gloss.model.SourceKind;

/**
 * Finds who says what in news writing: "X said (that) CLAIM", "CLAIM, X said", "CLAIM, said X",
 * "according to X, CLAIM", "CLAIM, according to X", "X told OUTLET (that) CLAIM", quotations
 * ("“CLAIM,” X said") and the quotation that goes on in the paragraph's next sentence, "X, 54, a
 * trader, said" and "the manager, Liu Jun, said" (the name is the source), "figures show that CLAIM",
 * "CLAIM, data from X showed", "X confirmed that A but denied that B"; a wire dateline is not part of
 * a claim. Each attribution gives the source's noun phrase (null for a pronoun) and the
 * claim's clause, as UTF-16 ranges of the text. Shared by the source and claim recommenders so
 * that a claim links to exactly the source proposed for it.
 */
public final class Attributions {

	/** A range of the text, end exclusive. */
	public record Range(int begin, int end) {
		public boolean contains(int b, int e) {
			return begin <= b && e <= end;
		}
	}

	/**
	 * One attribution.
	 *
	 * @param source the source's noun phrase, or null ("he said")
	 * @param kind   the kind of source the words suggest
	 * @param claim  the attributed clause, or null when there is none to mark
	 * @param outlet the outlet told ("told Daily NK"), or null
	 */
	public record Attribution(Range source, SourceKind kind, Range claim, Range outlet) {
	}

	private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "one",
			"this", "that", "which", "officials", "sources", "others", "some", "many", "both");

	private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "also", "later", "previously",
			"earlier", "reportedly", "once", "recently", "further", "then", "separately", "would", "will",
			"did", "does", "do", "could", "may", "might", "repeatedly", "publicly", "privately", "only", "just");

	private static final Set<String> LEADING = Set.of("but", "and", "however", "meanwhile", "yet", "still", "so",
			"moreover", "also", "now", "separately", "elsewhere", "there", "here", "then");

	private static final Set<String> MEDIA = Set.of("news", "daily", "times", "post", "radio", "press", "tv",
			"television", "journal", "herald", "reuters", "yonhap", "xinhua", "kcna", "afp", "ap", "nk", "newspaper",
			"broadcaster", "outlet", "magazine", "rfa", "bbc", "cnn", "nhk", "tribune", "gazette", "network",
			"chosun", "joongang", "hankyoreh", "asahi", "kyodo", "nikkei", "sina", "caixin", "voa");

	private static final Set<String> DOCUMENTS = Set.of("report", "reports", "statement", "data", "figures",
			"statistics", "document", "documents", "records", "notice", "filing", "survey", "study", "memo",
			"cable", "census", "bulletin", "decree", "order", "estimate", "estimates", "analysis", "assessment",
			"review", "tally");

	private static final Set<String> SOCIAL = Set.of("weibo", "wechat", "telegram", "twitter", "facebook",
			"youtube", "tiktok", "douyin", "kakaotalk", "post", "posts", "video", "blog", "x");

	private static final Set<String> GOVERNMENT = Set.of("ministry", "government", "authorities", "customs",
			"police", "office", "administration", "bureau", "committee", "army", "guards", "guard", "security",
			"officials", "council", "department", "commission", "embassy", "consulate", "military", "state",
			"prosecutors", "court", "parliament", "assembly", "party", "cabinet", "regime", "province",
			"county", "city", "municipal");

	private static final Set<String> ANONYMOUS = Set.of("a", "an", "one", "two", "three", "several", "some",
			"source", "sources", "insider", "insiders", "resident", "residents", "partner", "partners", "contact",
			"anonymity", "unnamed", "anonymous", "local", "locals", "multiple", "numerous", "various", "traders", "trader",
			"smuggler", "smugglers", "driver", "drivers", "broker", "brokers", "defector", "defectors", "merchant",
			"merchants", "worker", "workers");

	private static final Set<String> PHOTOGRAPHS = Set.of("imagery", "images", "image", "photos", "photo",
			"photographs", "photograph", "pictures", "footage");

	/** Words a subject does not reach back over: "what X told us", "because X said". */
	private static final Set<String> SUBORDINATORS = Set.of("what", "that", "which", "whom", "whose", "when",
			"where", "while", "because", "if", "whether", "although", "though", "unless");

	/** Participles that add the source's gloss after a claim: "..., calling them migrants". */
	private static final Set<String> GLOSSING = Set.of("calling", "saying", "adding", "citing", "noting",
			"claiming", "describing", "insisting", "warning", "urging", "accusing", "blaming", "arguing",
			"stressing", "referring", "denying", "declining");

	private static final Set<String> ORGANISATIONS = Set.of("company", "group", "association", "institute",
			"university", "center", "centre", "foundation", "organisation", "organization", "corporation",
			"firm", "bank", "union", "ngo", "network", "coalition", "trust", "society", "chamber", "inc", "ltd",
			"co", "corp");

	private final String text;
	private final List<Token> tokens;

	public Attributions(String text) {
		this.text = text;
		this.tokens = Tokens.of(text);
	}

	public List<Attribution> find() {
		List<Attribution> found = new ArrayList<>();
		List<Range> quotes = quotations();
		Attribution previous = null;
		int previousEnd = -1;
		for (Sentences.Span sentence : Sentences.of(text)) {
			int s = firstToken(sentence.begin());
			int e = firstToken(sentence.end());
			int before = found.size();
			findInSentence(s, e, quotes, found);
			if (found.size() == before && previous != null && sameParagraph(previousEnd, sentence.begin())) {
				// a quotation that goes on in the next sentence, unattributed, is the same speaker's:
				// "“... ,” said X. “...”"
				Range quote = wholeQuotation(sentence, quotes);
				if (quote != null) {
					found.add(new Attribution(previous.source(), previous.kind(), quote, null));
				}
			}
			previous = found.size() > before ? found.get(found.size() - 1) : null;
			previousEnd = sentence.end();
		}
		return found;
	}

	private boolean sameParagraph(int previousEnd, int begin) {
		return previousEnd >= 0 && !text.substring(previousEnd, begin).matches("(?s).*\\n[ \\t\\r]*\\n.*");
	}

	/** The quotation a sentence consists of (its marks and closing punctuation aside), or null. */
	private Range wholeQuotation(Sentences.Span sentence, List<Range> quotes) {
		for (Range quote : quotes) {
			if (quote.begin() >= sentence.begin() && quote.end() <= sentence.end()
					&& text.substring(sentence.begin(), quote.begin()).matches("[\\s“\"]*")
					&& text.substring(quote.end(), sentence.end()).matches("[\\s,.;:!?”\"]*")) {
				return quote;
			}
		}
		return null;
	}

	private void findInSentence(int s, int e, List<Range> quotes, List<Attribution> found) {
		int first = found.size();
		for (int v = s; v < e; v++) {
			Token t = tokens.get(v);
			if (t.is("according") && v + 1 < e && tokens.get(v + 1).is("to")) {
				int end = phraseEnd(v + 2, e);
				int b = trimLeading(v + 2, end);
				Range source = range(b, end);
				Range claim;
				if (v > s && isComma(v - 1)) {
					claim = clause(s, v - 1);
				} else if (end < e && isComma(end)) {
					claim = clause(end + 1, e);
				} else {
					claim = null;
				}
				found.add(attribution(source, claim, null, quotes));
				v = end;
				continue;
			}
			if (!t.isWord() || !isReporting(v, e) || !isVerb(v, s)) {
				continue;
			}
			if (v > s && (tokens.get(v - 1).is("but") || tokens.get(v - 1).is("and")) && found.size() > first
					&& v + 1 < e && tokens.get(v + 1).is("that")) {
				// "X confirmed that A but denied that B": B is X's too
				Attribution earlier = found.get(found.size() - 1);
				Range claim = clause(v + 2, coordinatedReport(v + 2, e));
				if (claim != null) {
					found.add(attribution(earlier.source(), claim, null, quotes));
				}
				continue;
			}
			// the subject before the verb, over auxiliaries and a parenthetical ", who ...,"
			int subjectEnd = v;
			while (subjectEnd > s && (AUXILIARIES.contains(tokens.get(subjectEnd - 1).lower())
					|| isAdverb(tokens.get(subjectEnd - 1)))) {
				subjectEnd--;
			}
			int name = subjectEnd == v ? namedApposition(s, v) : -1;
			// over parentheticals: "A trader, who asked not to be named, said"; "One partner, well informed,
			// in early September, told"
			while (name < 0 && subjectEnd > s && isComma(subjectEnd - 1)) {
				int open = parentheticalStart(s, subjectEnd - 1);
				if (open < 0) {
					break;
				}
				subjectEnd = open;
			}
			int subjectBegin = subjectEnd;
			while (subjectBegin > s && !isBoundary(subjectBegin - 1)
					&& !SUBORDINATORS.contains(tokens.get(subjectBegin - 1).lower())) {
				subjectBegin--;
			}
			subjectBegin = trimLeading(subjectBegin, subjectEnd);
			if (name >= 0) {
				// "The market's manager, Liu Jun, said": the name is the source
				subjectBegin = name;
				subjectEnd = v - 1;
			}
			Range outlet = null;
			int after = v + 1;
			if (t.is("told") || t.is("tells")) {
				int o = after;
				int oe = o;
				while (oe < e && tokens.get(oe).isCapitalised()) {
					oe++;
				}
				if (oe > o) {
					outlet = range(o, oe);
					after = oe;
				} else {
					// "told reporters", "told a briefing": not an outlet, skip the object
					while (after < e && tokens.get(after).isWord() && !tokens.get(after).is("that")
							&& after - v < 4) {
						after++;
					}
				}
			}
			if (after < e && tokens.get(after).is("on") && after + 1 < e && Words.DAYS.contains(tokens.get(after + 1).lower())) {
				after += 2;
			}
			if (after < e && tokens.get(after).is("that")) {
				after++;
			}
			if (after < e && isComma(after)) {
				after++;
			}
			Range source = null;
			Range claim = null;
			boolean thatFollows = false;
			if (isPreposition(after)) {
				// "said in a statement that ...": what was said follows the "that"
				for (int k = after + 1; k < Math.min(e, after + 7); k++) {
					if (tokens.get(k).is("that")) {
						after = k + 1;
						thatFollows = true;
						break;
					}
					if (isBoundary(k)) {
						break;
					}
				}
			}
			// "X said, ..." and "X said in a report ...": what X said is before, not after
			boolean saysAfter = after < e && !isQuote(after) && !isComma(after - 1)
					&& (thatFollows || !isPreposition(after));
			if (subjectEnd > subjectBegin && isPreposition(subjectBegin)) {
				subjectBegin = subjectEnd;
			}
			if (subjectEnd > subjectBegin && !isPronoun(subjectBegin, subjectEnd)
					&& subjectEnd - subjectBegin <= 12) {
				source = range(subjectBegin, subjectEnd);
				if (saysAfter) {
					claim = clause(after, coordinatedReport(after, e));
				}
				if (claim == null && subjectBegin > s && isComma(subjectBegin - 1)) {
					claim = clause(s, subjectBegin - 1);
				}
			} else if (subjectEnd > subjectBegin && isPronoun(subjectBegin, subjectEnd)) {
				if (saysAfter) {
					claim = clause(after, coordinatedReport(after, e));
				}
				if (claim == null && subjectBegin > s && isComma(subjectBegin - 1)) {
					claim = clause(s, subjectBegin - 1);
				}
			} else if (subjectEnd == subjectBegin && v > s && (isComma(v - 1) || isQuote(v - 1))) {
				// inverted: "..., said a trader in Hyesan."
				int end = phraseEnd(v + 1, e);
				int b = trimLeading(v + 1, end);
				if (end > b && !isPronoun(b, end)) {
					source = range(b, end);
					int commaBefore = isQuote(v - 1) ? v - 2 : v - 1;
					claim = commaBefore > s ? clause(s, commaBefore) : null;
				}
			}
			if (source != null || claim != null || outlet != null) {
				found.add(attribution(source, claim, outlet, quotes));
			}
		}
	}

	private Attribution attribution(Range source, Range claim, Range outlet, List<Range> quotes) {
		Range said = claim;
		// a claim that is a quotation is the quotation, without its marks
		if (claim != null) {
			for (Range quote : quotes) {
				if (quote.begin() <= claim.end() && claim.begin() <= quote.end()) {
					said = quote;
					break;
				}
			}
		} else if (source != null) {
			for (Range quote : quotes) {
				if (quote.end() <= source.begin() && source.begin() - quote.end() <= 4) {
					said = quote;
				}
			}
		}
		return new Attribution(source, source == null ? null : kind(source), said, outlet);
	}

	/** Quotations of four words or more, inside their marks, without a closing comma or stop. */
	private List<Range> quotations() {
		List<Range> quotes = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			char close = c == '“' ? '”' : c == '"' ? '"' : 0;
			if (close != 0 && (c == '“' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
				int j = text.indexOf(close, i + 1);
				if (j > i) {
					int b = i + 1;
					int e = j;
					while (e > b && ",.;:".indexOf(text.charAt(e - 1)) >= 0) {
						e--;
					}
					if (text.substring(b, e).trim().split("\\s+").length >= 4) {
						quotes.add(new Range(b, e));
					}
					i = j + 1;
					continue;
				}
			}
			i++;
		}
		return quotes;
	}

	private SourceKind kind(Range source) {
		List<Token> words = Tokens.of(text.substring(source.begin(), source.end()));
		if (words.isEmpty()) {
			return SourceKind.UNSPECIFIED;
		}
		Set<String> lower = new java.util.HashSet<>();
		boolean allCapitalised = true;
		for (Token w : words) {
			lower.add(w.lower());
			allCapitalised &= w.isCapitalised() || !w.isWord() && !w.isNumber();
		}
		String first = words.get(0).lower();
		String head = lastWordBeforePreposition(words);
		if (words.stream().anyMatch(w -> SOCIAL.contains(w.lower())) && (lower.contains("on") || lower.contains("post")
				|| lower.contains("posts") || lower.contains("video"))) {
			return SourceKind.SOCIAL_MEDIA;
		}
		if (DOCUMENTS.contains(head)) {
			return SourceKind.OFFICIAL_DOCUMENT;
		}
		if (PHOTOGRAPHS.contains(head)) {
			return SourceKind.PHOTOGRAPH;
		}
		if (words.stream().anyMatch(w -> MEDIA.contains(w.lower()) && (w.isCapitalised() || w.lower().equals("outlet")
				|| w.lower().equals("newspaper") || w.lower().equals("broadcaster") || w.lower().equals("magazine")))) {
			return SourceKind.MEDIA_OUTLET;
		}
		if ((ANONYMOUS.contains(first) || ANONYMOUS.contains(head)) && !allCapitalised || lower.contains("source") || lower.contains("sources")
				|| lower.contains("anonymity")) {
			return SourceKind.ANONYMOUS_PERSON;
		}
		if (GOVERNMENT.contains(head) || words.stream().anyMatch(w -> w.isCapitalised() && GOVERNMENT.contains(w.lower()))) {
			return SourceKind.GOVERNMENT;
		}
		if (ORGANISATIONS.contains(head) || words.stream().anyMatch(w -> ORGANISATIONS.contains(w.lower()) && w.isCapitalised())) {
			return SourceKind.ORGANISATION;
		}
		if (allCapitalised && words.size() <= 4) {
			return SourceKind.NAMED_PERSON;
		}
		return SourceKind.UNSPECIFIED;
	}

	private static String lastWordBeforePreposition(List<Token> words) {
		String head = words.get(0).lower();
		for (Token w : words) {
			String l = w.lower();
			if (Set.of("in", "of", "at", "from", "near", "on", "with", "for").contains(l)) {
				break;
			}
			if (w.isWord()) {
				head = l;
			}
		}
		return head;
	}

	/** A reporting verb, or a word that reports before "that" or at the end of its sentence. */
	private boolean isReporting(int v, int e) {
		String word = tokens.get(v).lower();
		if (Words.REPORTING.contains(word)) {
			return true;
		}
		if (!Words.REPORTING_BEFORE_THAT.contains(word)) {
			return false;
		}
		if (v + 1 < e && tokens.get(v + 1).is("that")) {
			return true;
		}
		// "..., data from the bureau showed.": a past tense closing the sentence after its subject
		// (not a noun there: "... its deteriorated state.")
		boolean past = word.endsWith("ed") || word.equals("found") || word.equals("shown");
		return past && (v + 1 >= e || ".!?".contains(tokens.get(v + 1).text()) && v + 2 >= e);
	}

	/**
	 * "The market's manager, Liu Jun, said": the first token of a name of one to three capitalised
	 * words set off by commas right before the verb, after a noun; -1 if there is none.
	 */
	private int namedApposition(int s, int v) {
		if (v - 1 <= s || !isComma(v - 1)) {
			return -1;
		}
		int k = v - 2;
		while (k > s && tokens.get(k).isCapitalised() && v - 1 - k <= 3) {
			k--;
		}
		if (k <= s || k == v - 2 || !isComma(k) || !tokens.get(k - 1).isWord() || tokens.get(k - 1).isCapitalised()
				|| Words.isFunction(tokens.get(k - 1).lower())) {
			return -1;
		}
		for (int n = k + 1; n < v - 1; n++) {
			String w = tokens.get(n).lower();
			// "..., on Tuesday, said" is no name; "Liu Jun" is, though "jun" abbreviates June
			if (Words.isFunction(w) || Words.DAYS.contains(w) || Words.MONTHS.contains(w) && w.length() > 3) {
				return -1;
			}
		}
		return k + 1;
	}

	/** Where a clause stops before "but denied that ...": the next report of the same subject. */
	private int coordinatedReport(int b, int e) {
		for (int k = b; k + 2 < e; k++) {
			if ((tokens.get(k).is("but") || tokens.get(k).is("and")) && isReporting(k + 1, e)
					&& tokens.get(k + 2).is("that")) {
				return k;
			}
		}
		return e;
	}

	/** A reporting word used as a verb, not "an estimated 300", "the reported figure", "was reported". */
	private boolean isVerb(int v, int s) {
		String prev = v > s ? tokens.get(v - 1).lower() : "";
		String next = v + 1 < tokens.size() ? tokens.get(v + 1).lower() : "";
		if (Set.of("an", "the", "a", "his", "her", "their", "its", "these", "those", "was", "were", "is", "are", "be",
				"been", "being", "as", "widely", "not").contains(prev)) {
			return false;
		}
		if (tokens.get(v).lower().endsWith("s") && !Set.of("says", "tells").contains(tokens.get(v).lower())
				&& (prev.isEmpty() || Words.isFunction(prev))) {
			return false;
		}
		return !(v + 1 < tokens.size() && tokens.get(v + 1).isNumber()) && !next.equals("by");
	}

	private int parentheticalStart(int s, int comma) {
		for (int k = comma - 1; k > s; k--) {
			if (isComma(k)) {
				String after = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
				if (after.equals("who") || after.equals("which") || after.equals("speaking")
						|| isPreposition(k + 1) || k + 1 < tokens.size() && (isAdverb(tokens.get(k + 1))
								|| after.startsWith("well-") || after.endsWith("ed") && k + 1 < comma - 1)) {
					return k;
				}
				// "Kim Young-soo, a researcher in Seoul, said": the name is the source, the rest its role
				boolean apposition = Set.of("a", "an", "the").contains(after) && k > s && tokens.get(k - 1).isCapitalised();
				if (!apposition && Set.of("a", "an", "the").contains(after) && k - 3 >= s && isAge(k - 1)
						&& isComma(k - 2) && tokens.get(k - 3).isCapitalised()) {
					// "Lee Sun-hee, 54, a former trader, said": the age belongs to the apposition
					return k - 2;
				}
				return apposition ? k : -1;
			}
		}
		return -1;
	}

	private boolean isAge(int k) {
		Token t = tokens.get(k);
		return t.isNumber() && t.text().matches("\\d{1,3}") && Integer.parseInt(t.text()) <= 120;
	}

	/** The end of a noun phrase: the next punctuation, relative pronoun or reporting verb. */
	private int phraseEnd(int b, int e) {
		int k = b;
		while (k < e && !isBoundary(k) && !Set.of("who", "which", "that", "whose").contains(tokens.get(k).lower())
				&& !Words.REPORTING.contains(tokens.get(k).lower())) {
			k++;
		}
		return k;
	}

	private boolean isPronoun(int b, int e) {
		return e - b == 1 && PRONOUNS.contains(tokens.get(b).lower());
	}

	/** Skips "But", "However": the source's phrase starts with its determiner ("the broker", "a trader"). */
	private int trimLeading(int b, int e) {
		int k = b;
		while (k < e - 1 && LEADING.contains(tokens.get(k).lower())) {
			k++;
		}
		return k;
	}

	private Range clause(int b, int e) {
		int first = b;
		while (first < e && (isQuote(first) || isComma(first) || tokens.get(first).text().equals(":"))) {
			first++;
		}
		first = afterDateline(first, e);
		int last = e;
		for (int k = first + 1; k + 1 < e; k++) {
			if (isComma(k) && GLOSSING.contains(tokens.get(k + 1).lower())) {
				last = k;
				break;
			}
		}
		while (last > first && tokens.get(last - 1).kind() == Token.Kind.PUNCTUATION
				&& !tokens.get(last - 1).text().equals("%") && !tokens.get(last - 1).text().equals(")")) {
			last--;
		}
		int words = 0;
		for (int k = first; k < last; k++) {
			words += tokens.get(k).isWord() || tokens.get(k).isNumber() ? 1 : 0;
		}
		return words >= 3 ? range(first, last) : null;
	}

	/**
	 * A wire dateline opening a sentence, "SEOUL, Dec. 1 (Agency) - ": the claim starts after its
	 * dash. A dateline starts with a place in capitals and a comma.
	 */
	private int afterDateline(int first, int e) {
		Token t = tokens.get(Math.min(first, tokens.size() - 1));
		if (first + 1 >= e || !t.isWord() || t.text().length() < 2 || !t.text().equals(t.text().toUpperCase(Locale.ROOT))
				|| !isComma(first + 1) && !(tokens.get(first + 1).isWord() && first + 2 < e && isComma(first + 2))) {
			return first;
		}
		for (int k = first + 2; k < Math.min(e - 1, first + 16); k++) {
			String dash = tokens.get(k).text();
			if (dash.equals("-") || dash.equals("—") || dash.equals("–")) {
				int next = k + 1;
				while (next < e && "-—–".contains(tokens.get(next).text())) {
					next++;
				}
				return next;
			}
		}
		return first;
	}

	private Range range(int first, int last) {
		return new Range(tokens.get(first).begin(), tokens.get(last - 1).end());
	}

	private boolean isBoundary(int k) {
		Token t = tokens.get(k);
		return t.kind() == Token.Kind.PUNCTUATION && ",;:“”\"()—–.?!".contains(t.text());
	}

	/** "unanimously", "reportedly": an adverb between a subject and its verb. */
	private static boolean isAdverb(Token t) {
		return t.isWord() && t.lower().endsWith("ly") && t.text().length() > 4 && !t.isCapitalised()
				&& !Set.of("family", "italy", "july", "supply", "assembly", "rally", "ally").contains(t.lower());
	}

	private boolean isPreposition(int k) {
		return k < tokens.size() && Set.of("in", "on", "at", "during", "via", "through", "after", "before", "to", "from",
				"for", "with", "last", "yesterday", "today", "earlier", "later", "this").contains(tokens.get(k).lower());
	}

	private boolean isComma(int k) {
		return k >= 0 && k < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals(";"));
	}

	private boolean isQuote(int k) {
		return k >= 0 && k < tokens.size() && "“”\"".contains(tokens.get(k).text());
	}

	private int firstToken(int offset) {
		int lo = 0;
		int hi = tokens.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens.get(mid).begin() < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** For messages: the words of a range. */
	public String words(Range range) {
		return text.substring(range.begin(), range.end()).toLowerCase(Locale.ROOT);
	}
}
