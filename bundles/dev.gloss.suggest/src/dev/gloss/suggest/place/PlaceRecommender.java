// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.suggest.Recommender;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.SuggestionRequest;
import dev.gloss.suggest.internal.Sentences;
import dev.gloss.suggest.internal.Token;
import dev.gloss.suggest.internal.Tokens;
import dev.gloss.suggest.internal.Words;

/**
 * Proposes the places an article names: capitalised names (and names in Chinese or Korean
 * script) found in the {@link Gazetteer}, with GeoNames id, kind, country and coordinates; and
 * named features the gazetteer has no entry for ("Yalu River", "Friendship Bridge") by the word
 * that ends them. A name several places share is resolved by the other places of the article: the
 * countries it names and the places that are not ambiguous pull towards their country and
 * surroundings. Small places are proposed only in a country the article is about; a word that is
 * a person's name or a common word at the start of a sentence is not proposed.
 */
public final class PlaceRecommender implements Recommender {

	public static final String ID = "places";

	/** Words that end the name of a feature, and the kind they give it. */
	static final Map<String, LocationKind> FEATURES = Map.ofEntries(Map.entry("river", LocationKind.RIVER),
			Map.entry("bridge", LocationKind.BRIDGE), Map.entry("port", LocationKind.PORT),
			Map.entry("harbour", LocationKind.PORT), Map.entry("harbor", LocationKind.PORT),
			Map.entry("county", LocationKind.COUNTY), Map.entry("province", LocationKind.PROVINCE),
			Map.entry("prefecture", LocationKind.REGION), Map.entry("market", LocationKind.MARKET),
			Map.entry("crossing", LocationKind.BORDER_CROSSING), Map.entry("checkpoint", LocationKind.BORDER_CROSSING),
			Map.entry("customs", LocationKind.BORDER_CROSSING), Map.entry("road", LocationKind.ROAD),
			Map.entry("highway", LocationKind.ROAD), Map.entry("district", LocationKind.DISTRICT),
			Map.entry("village", LocationKind.VILLAGE), Map.entry("airport", LocationKind.FACILITY),
			Map.entry("station", LocationKind.FACILITY), Map.entry("dam", LocationKind.FACILITY),
			Map.entry("island", LocationKind.OTHER), Map.entry("lake", LocationKind.OTHER),
			Map.entry("mountains", LocationKind.OTHER), Map.entry("mountain", LocationKind.OTHER),
			Map.entry("strait", LocationKind.OTHER), Map.entry("sea", LocationKind.OTHER),
			Map.entry("zone", LocationKind.REGION));

	/** Words before a name that make it a person's: "Mr Kim", "President Xi". */
	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "president", "chairman",
			"general", "minister", "premier", "leader", "secretary", "professor", "prof", "sir", "madam", "comrade",
			"officer", "director", "spokesman", "spokeswoman", "spokesperson", "reporter", "correspondent");

	/** Inhabitants below which a place is proposed only when the article is about its country. */
	private static final long WELL_KNOWN = 50_000;

	private final Gazetteer gazetteer;

	public PlaceRecommender(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public String id() {
		return ID;
	}

	/** @param other the places are those the name is another name of ({@link Gazetteer#lookupOther}) */
	private record Candidate(int first, int last, int begin, int end, List<Place> places, LocationKind feature,
			boolean other) {
	}

	@Override
	public List<Suggestion> suggest(SuggestionRequest request) {
		String text = request.text();
		List<Token> tokens = Tokens.of(text);
		Set<Integer> sentenceStarts = sentenceStarts(text);
		Set<String> lowerWords = new HashSet<>();
		for (Token token : tokens) {
			if (token.isWord() && Character.isLowerCase(token.text().charAt(0))) {
				lowerWords.add(token.text());
			}
		}
		List<Candidate> candidates = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Candidate candidate = candidateAt(text, tokens, i, sentenceStarts, lowerWords);
			if (candidate != null) {
				candidates.add(candidate);
				i = candidate.last;
			} else {
				i++;
			}
		}
		// the context: countries the article names, and the places that are not ambiguous
		Set<String> countries = new HashSet<>();
		List<Place> anchors = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.places.isEmpty() || c.other) {
				// another name sets no context: it is trusted only where the article already is
				continue;
			}
			Place p = best(c.places, Set.of(), List.of());
			// a name is clear when one place of it is far better known than any other of the same name
			boolean clear = c.places.size() == 1 || p.kind() == LocationKind.COUNTRY
					|| c.places.stream().allMatch(o -> o == p || o.population() * 10 < p.population()
							|| o.countryCode().equals(p.countryCode()) && o.distanceTo(p) < 50);
			if (clear && (p.kind() == LocationKind.COUNTRY || p.kind() == LocationKind.PROVINCE
					|| p.population() >= WELL_KNOWN)) {
				countries.add(p.countryCode());
				if (p.latitude() != null) {
					anchors.add(p);
				}
			}
		}
		List<Suggestion> found = new ArrayList<>();
		for (Candidate c : candidates) {
			List<Place> choices = c.places;
			if (c.feature == LocationKind.PROVINCE && choices.stream().anyMatch(p -> p.kind() == LocationKind.PROVINCE)) {
				// "Jilin Province" is the province, not the city of Jilin
				choices = choices.stream().filter(p -> p.kind() == LocationKind.PROVINCE).toList();
			}
			Place place = choices.isEmpty() ? null : best(choices, countries, anchors);
			if (place != null && !(c.other ? inContext(place, countries, anchors) : proposable(place, countries, anchors))) {
				place = null;
			}
			if (place == null && c.feature == null) {
				continue;
			}
			Location location = GlossFactory.eINSTANCE.createLocation();
			String reason;
			if (c.feature != null && (place == null || place.kind() != LocationKind.PROVINCE)) {
				location.setName(text.substring(c.begin, c.end));
				location.setKind(c.feature);
				if (place != null) {
					location.setCountryCode(place.countryCode());
				}
				reason = "a named " + c.feature.getLiteral().replace('-', ' ');
			} else {
				location.setName(place.name());
				location.setKind(place.kind());
				location.setCountryCode(place.countryCode());
				if (place.geonamesId() > 0) {
					location.setGeonamesId(place.geonamesId());
				}
				location.setLatitude(place.latitude());
				location.setLongitude(place.longitude());
				reason = String.format(Locale.ROOT, "GeoNames%s: %s, %s%s%s", place.geonamesId() > 0 ? " " + place.geonamesId()
						: "", place.name(),
						place.countryCode(), place.population() > 0 ? String.format(Locale.ROOT, " (%,d people)",
								place.population()) : "", c.places.size() > 1 ? ", one of " + c.places.size()
										+ " places of this name, chosen by the article's other places" : "");
			}
			found.add(new Suggestion(location, c.begin, c.end, ID, reason));
		}
		return found;
	}

	private Candidate candidateAt(String text, List<Token> tokens, int i, Set<Integer> sentenceStarts,
			Set<String> lowerWords) {
		Token first = tokens.get(i);
		boolean cjk = first.kind() == Token.Kind.CJK;
		if (!first.isCapitalised() && !cjk) {
			return null;
		}
		if (i > 0 && TITLES.contains(tokens.get(i - 1).lower().replace(".", ""))) {
			return null;
		}
		if (i > 0 && tokens.get(i - 1).isCapitalised() && !sentenceStarts.contains(tokens.get(i - 1).begin())
				&& !Words.isFunction(tokens.get(i - 1).lower())
				&& text.substring(tokens.get(i - 1).end(), first.begin()).indexOf('\n') < 0) {
			// "Wang Li", "Kim Hyesan": the second word of a name
			return null;
		}
		for (int n = Math.min(gazetteer.maxWords(), tokens.size() - i); n >= 1; n--) {
			int last = i + n;
			if (!joinable(tokens, i, last, cjk)) {
				continue;
			}
			int end = tokens.get(last - 1).end();
			String name = text.substring(first.begin(), end);
			List<Place> places = gazetteer.lookup(name);
			String lastWord = tokens.get(last - 1).lower();
			if (places.isEmpty() && !cjk && lastWord.endsWith("'s") && lastWord.length() > 2) {
				// "China's foreign ministry": the place without its possessive
				end -= 2;
				name = text.substring(first.begin(), end);
				places = gazetteer.lookup(name);
			}
			boolean other = false;
			if (places.isEmpty() && !cjk) {
				places = gazetteer.lookupOther(name);
				other = true;
			}
			if (places.isEmpty()) {
				continue;
			}
			if (n == 1 && !cjk && commonWord(first, sentenceStarts, lowerWords)) {
				return null;
			}
			boolean afterPreposition = i > 0 && Set.of("in", "of", "from", "near", "at", "to", "into", "across",
					"outside", "around", "via", "through", "between", "and", "towards", "toward")
					.contains(tokens.get(i - 1).lower());
			if (last < tokens.size() && Words.REPORTING.contains(tokens.get(last).lower()) && !afterPreposition) {
				// "Li said": a person; "a trader in Dandong said" is a place
				return null;
			}
			if (last < tokens.size() && tokens.get(last).isCapitalised() && tokens.get(last).begin() - tokens.get(last - 1).end() <= 1
					&& !FEATURES.containsKey(tokens.get(last).lower()) && !sentenceStarts.contains(tokens.get(last).begin())) {
				// "Korea University", "North Korean", "China Daily": part of another name (unless a named
				// feature: "Yanbian Korean Autonomous Prefecture")
				break;
			}
			LocationKind feature = null;
			if (other && n > 1 && tokens.get(last - 1).isCapitalised() && FEATURES.containsKey(lastWord)) {
				// "North Hamgyeong Province": a named feature, whether or not its other name is trusted
				feature = FEATURES.get(lastWord);
			} else if (end == tokens.get(last - 1).end() && last < tokens.size() && tokens.get(last).isWord()) {
				LocationKind kind = FEATURES.get(tokens.get(last).lower());
				if (kind != null && !modifies(tokens, last)) {
					feature = kind;
					end = tokens.get(last).end();
					last++;
				}
			}
			return new Candidate(i, last, first.begin(), end, places, feature, other);
		}
		// a named feature: "Yalu River", "Sino-Korean Friendship Bridge"
		int j = i;
		while (j < tokens.size() && j - i < 4 && tokens.get(j).isCapitalised() && !FEATURES.containsKey(tokens.get(j).lower())) {
			j++;
		}
		if (j > i && j < tokens.size() && tokens.get(j).isCapitalised() && FEATURES.containsKey(tokens.get(j).lower())
				&& !commonWord(first, sentenceStarts, lowerWords)) {
			return new Candidate(i, j + 1, first.begin(), tokens.get(j).end(), List.of(), FEATURES.get(tokens.get(j).lower()),
					false);
		}
		return null;
	}

	/**
	 * A feature word in lower case that qualifies the noun after it, "the Tumen customs office", "the
	 * Dandong market traders": the place is the name before it, not a named feature.
	 */
	private static boolean modifies(List<Token> tokens, int feature) {
		Token word = tokens.get(feature);
		if (word.isCapitalised() || feature + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(feature + 1);
		return next.isWord() && !next.isCapitalised() && next.begin() - word.end() == 1
				&& !Words.isFunction(next.lower()) && !Words.REPORTING.contains(next.lower());
	}

	/** Tokens i..last form one name: capitalised words separated by single spaces or hyphens. */
	private static boolean joinable(List<Token> tokens, int i, int last, boolean cjk) {
		if (cjk) {
			return last == i + 1;
		}
		for (int k = i; k < last; k++) {
			Token t = tokens.get(k);
			if (!t.isWord()) {
				return false;
			}
			if (k > i && (t.begin() - tokens.get(k - 1).end() > 1 || !t.isCapitalised() && !t.is("of"))) {
				return false;
			}
		}
		return true;
	}

	/** A capitalised word at the start of a sentence that the article also writes in lower case. */
	private static boolean commonWord(Token token, Set<Integer> sentenceStarts, Set<String> lowerWords) {
		String lower = token.lower();
		if (Words.isFunction(lower) || Words.REPORTING.contains(lower)) {
			return true;
		}
		return sentenceStarts.contains(token.begin()) && lowerWords.contains(lower);
	}

	private static Set<Integer> sentenceStarts(String text) {
		Set<Integer> starts = new HashSet<>();
		for (Sentences.Span span : Sentences.of(text)) {
			int b = span.begin();
			while (b < span.end() && !Character.isLetterOrDigit(text.charAt(b))) {
				b++;
			}
			starts.add(b);
		}
		return starts;
	}

	/** The likeliest place of a name, given the article's countries and unambiguous places. */
	static Place best(List<Place> places, Set<String> countries, List<Place> anchors) {
		Place best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Place p : places) {
			double score = switch (p.kind()) {
			case COUNTRY -> 9;
			case PROVINCE -> 6.5;
			// the gazetteer lists places of 1,000 inhabitants or more: an unknown population is at least that
			default -> Math.log10(Math.max(p.population(), 1_000));
			};
			if (countries.contains(p.countryCode())) {
				score += 4;
			}
			for (Place anchor : anchors) {
				if (anchor != p && p.distanceTo(anchor) < 500) {
					score += 2;
					break;
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = p;
			}
		}
		return best;
	}

	/**
	 * Near a place the article names, or in a country it is about and not far from the places it
	 * names there: another name is trusted only where the article already is.
	 */
	private static boolean inContext(Place place, Set<String> countries, List<Place> anchors) {
		if (place.latitude() == null) {
			// a country or region: its country is enough
			return countries.contains(place.countryCode());
		}
		List<Place> there = anchors.stream().filter(a -> a.countryCode().equals(place.countryCode())).toList();
		return anchors.stream().anyMatch(a -> place.distanceTo(a) < 100) || countries.contains(place.countryCode())
				&& (there.isEmpty() || there.stream().anyMatch(a -> place.distanceTo(a) < 600));
	}

	/** Well known, or in a country the article is about, or near a place it names. */
	private static boolean proposable(Place place, Set<String> countries, List<Place> anchors) {
		return switch (place.kind()) {
		case COUNTRY, PROVINCE -> true;
		default -> place.population() >= WELL_KNOWN || countries.contains(place.countryCode())
				|| anchors.stream().anyMatch(a -> a != place && place.distanceTo(a) < 100);
		};
	}
}
