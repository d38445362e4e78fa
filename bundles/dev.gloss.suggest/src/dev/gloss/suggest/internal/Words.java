// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.internal;

import java.util.Set;

/** Closed classes of English words the recommenders' rules stop at or look for. */
public final class Words {

	/** Words that end a noun phrase: articles, prepositions, conjunctions, pronouns, auxiliaries, adverbs. */
	public static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "nor", "to", "from",
			"in", "on", "at", "into", "onto", "across", "by", "with", "without", "for", "per", "each", "every",
			"last", "this", "that", "these", "those", "which", "who", "whom", "whose", "was", "were", "is", "are",
			"be", "been", "being", "had", "has", "have", "will", "would", "could", "should", "may", "might",
			"can", "did", "do", "does", "than", "as", "over", "under", "during", "since", "after", "before",
			"while", "when", "where", "through", "between", "about", "around", "near", "along", "up", "down",
			"out", "off", "not", "no", "also", "still", "only", "just", "then", "there", "here", "it", "its",
			"they", "them", "their", "he", "she", "his", "her", "him", "we", "our", "you", "your", "i", "so",
			"because", "if", "yesterday", "today", "tonight", "of", "against", "via", "toward", "towards",
			"within", "among", "amid", "despite", "until", "till", "whether", "some", "any", "all", "both",
			"either", "neither", "more", "most", "less", "least", "fewer", "such", "own", "same", "other",
			"another", "again", "already", "now", "ago", "later", "earlier", "recently", "reportedly",
			"allegedly", "apparently", "daily", "weekly", "monthly", "yearly", "annually", "nightly", "a.m",
			"p.m", "am", "pm", "opposite", "inside", "outside", "beyond", "behind", "beside", "alongside",
			"throughout", "upon", "except");

	/** Verbs that report what someone said, in the forms news writing uses. */
	public static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "reported",
			"reports", "stated", "states", "claimed", "claims", "added", "adds", "noted", "notes", "confirmed",
			"confirms", "denied", "denies", "estimated", "estimates", "explained", "explains", "warned", "warns",
			"insisted", "insists", "alleged", "alleges", "admitted", "admits", "recalled", "recalls", "wrote",
			"writes", "announced", "announces", "revealed", "reveals", "described", "describes", "believes",
			"believed", "suggested", "suggests", "acknowledged", "acknowledges", "asserted", "asserts", "argued",
			"argues", "predicted", "predicts", "conceded", "concedes", "complained", "complains", "disclosed",
			"discloses", "testified", "testifies", "quoted");

	/**
	 * Words that report only when "that" follows ("figures show that", "researchers estimate that",
	 * "a study found that") or when they close the sentence after their subject ("..., data from the
	 * bureau showed."): otherwise they are nouns or plain verbs ("a report", "images show 300 barges").
	 */
	public static final Set<String> REPORTING_BEFORE_THAT = Set.of("show", "shows", "showed", "shown", "indicate",
			"indicates", "indicated", "estimate", "believe", "claim", "report", "confirm", "deny", "warn", "insist",
			"argue", "note", "found", "finds", "find", "concluded", "concludes", "conclude", "allege", "admit",
			"acknowledge", "suggest", "state", "predict", "reveal");

	public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
			"jul", "aug", "sep", "sept", "oct", "nov", "dec");

	public static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday");

	private Words() {
	}

	public static boolean isFunction(String lower) {
		return FUNCTION.contains(lower);
	}

	public static boolean isTime(String lower) {
		return MONTHS.contains(lower) || DAYS.contains(lower);
	}
}
