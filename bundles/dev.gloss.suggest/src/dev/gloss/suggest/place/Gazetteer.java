// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import dev.gloss.model.LocationKind;

/**
 * Names of places to the places: the GeoNames cities of 1,000 or more inhabitants, the countries
 * and the first-level regions, converted at build time from GeoNames-derived npm packages (see
 * about.html for the attribution). Names are looked up folded: case, diacritics, apostrophes and
 * hyphens aside, so "Sinuiju", "Sinŭiju" and "Namp'o"/"Nampo" meet. A region is also found without
 * its "Province" or "-do". Other names (GeoNames' alternate names, whose language the data does not
 * say, and Korean names in either romanisation: "Hoeryeong" and "Hoeryŏng", "Gimchaek" and
 * "Kimch'aek", "Shinuiju" and "Sinŭiju") are looked up apart ({@link #lookupOther}), for callers that
 * trust them less. Loaded once, lazily; thread-safe after loading.
 */
public final class Gazetteer {

	private static final String RESOURCE = "gazetteer.tsv.gz";
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern REGION_SUFFIX = Pattern.compile(
			"(?i)[ -](province|region|autonomous region|prefecture|special city|municipality|do|-do|to|special administrative region)$");

	private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west",
			"central", "northern", "southern", "eastern", "western", "upper", "lower", "capital", "coast", "coastal");

	private static final Pattern KOREAN_SUFFIX = Pattern.compile(
			"-(ŭp|up|ri|dong|si|gun|gu|myŏn|myeon|nodongjagu|rodongjagu)$");

	private static volatile Gazetteer shared;

	private final Map<String, List<Place>> byName = new HashMap<>();
	// other names, sorted by key, in two arrays: a map of them would double the gazetteer's memory
	private String[] otherKeys = new String[0];
	private Place[] otherPlaces = new Place[0];
	private List<String> pendingKeys = new ArrayList<>();
	private List<Place> pendingPlaces = new ArrayList<>();
	private int maxWords = 1;
	private int size;

	private Gazetteer() {
	}

	/** The gazetteer shipped with Gloss, loaded on first use (about half a second). */
	public static Gazetteer shared() {
		Gazetteer result = shared;
		if (result == null) {
			synchronized (Gazetteer.class) {
				result = shared;
				if (result == null) {
					try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
						if (in == null) {
							throw new IllegalStateException("the gazetteer " + RESOURCE + " is missing from the Gloss build");
						}
						result = read(new GZIPInputStream(in, 1 << 16));
					} catch (IOException e) {
						throw new UncheckedIOException("cannot read the gazetteer", e);
					}
					shared = result;
				}
			}
		}
		return result;
	}

	/**
	 * Reads a gazetteer in the build's format: one place a line, {@code kind, GeoNames id, country
	 * code, population, latitude, longitude, name, alternate names separated by '|'} and optionally
	 * {@code other names separated by '|'}, tab-separated.
	 */
	public static Gazetteer read(InputStream in) throws IOException {
		Gazetteer gazetteer = new Gazetteer();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		String line;
		while ((line = reader.readLine()) != null) {
			String[] f = line.split("\t", -1);
			if (f.length < 8) {
				continue;
			}
			LocationKind kind = kind(f[0], Long.parseLong(f[3]));
			Place place = new Place(f[1].isEmpty() ? 0 : Long.parseLong(f[1]), f[6], kind, f[2], f[4].isEmpty() ? null : Double.valueOf(f[4]),
					f[5].isEmpty() ? null : Double.valueOf(f[5]), Long.parseLong(f[3]));
			gazetteer.add(f[6], place);
			if (!f[7].isEmpty()) {
				for (String alternate : f[7].split("\\|")) {
					gazetteer.add(alternate, place);
				}
			}
			boolean korean = "KP".equals(place.countryCode()) || "KR".equals(place.countryCode());
			if (f.length > 8 && !f[8].isEmpty()) {
				String name = fold(f[6]);
				for (String other : f[8].split("\\|")) {
					String key = fold(other);
					if (key.equals(name)) {
						continue;
					}
					gazetteer.addOther(key, place);
					if (korean) {
						gazetteer.addOther(korean(key), place);
					}
				}
			}
			if (korean) {
				gazetteer.addOther(korean(fold(f[6])), place);
				for (String alternate : f[7].isEmpty() ? new String[0] : f[7].split("\\|")) {
					gazetteer.addOther(korean(fold(alternate)), place);
				}
			}
			gazetteer.size++;
		}
		gazetteer.sealOtherNames();
		return gazetteer;
	}

	private static LocationKind kind(String kind, long population) {
		if (kind.equals("country")) {
			return LocationKind.COUNTRY;
		}
		if (kind.equals("region")) {
			return LocationKind.PROVINCE;
		}
		if (kind.equals("town")) {
			return LocationKind.TOWN;
		}
		// PPLC capital, PPLA* seat of an administrative division, PPLX part of a city
		if (kind.equals("city:PPLX")) {
			return LocationKind.DISTRICT;
		}
		if (kind.startsWith("city:PPLC") || kind.startsWith("city:PPLA") || population >= 100_000) {
			return LocationKind.CITY;
		}
		return population >= 10_000 ? LocationKind.CITY : LocationKind.TOWN;
	}

	private void add(String name, Place place) {
		addKey(fold(name), place);
		// Korean romanisation: "Musan-ŭp" (town), "-ri" (village), "-dong" ... are also written bare
		java.util.regex.Matcher korean = KOREAN_SUFFIX.matcher(name);
		if (("KP".equals(place.countryCode()) || "KR".equals(place.countryCode())) && korean.find()) {
			addKey(fold(name.substring(0, korean.start())), place);
		}
		if (place.kind() == LocationKind.PROVINCE) {
			String shorter = REGION_SUFFIX.matcher(name).replaceFirst("");
			// "North Region" does not make "North" a place
			if (!shorter.equals(name) && !shorter.isBlank() && !DIRECTIONS.contains(fold(shorter))) {
				addKey(fold(shorter), place);
			}
		}
	}

	private void addKey(String key, Place place) {
		if (key.isEmpty() || DIRECTIONS.contains(key)) {
			// "the South", "the North": a direction, however a data set names a region
			return;
		}
		List<Place> places = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
		if (!places.contains(place)) {
			places.add(place);
		}
		maxWords = Math.max(maxWords, key.split(" ").length);
	}

	private void addOther(String key, Place place) {
		if (key.isEmpty() || DIRECTIONS.contains(key)) {
			return;
		}
		pendingKeys.add(key);
		pendingPlaces.add(place);
	}

	private void sealOtherNames() {
		record Other(String key, Place place) {
		}
		Other[] sorted = new Other[pendingKeys.size()];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = new Other(pendingKeys.get(i), pendingPlaces.get(i));
		}
		java.util.Arrays.sort(sorted, java.util.Comparator.comparing(Other::key));
		otherKeys = new String[sorted.length];
		otherPlaces = new Place[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			otherKeys[i] = sorted[i].key();
			otherPlaces[i] = sorted[i].place();
		}
		pendingKeys = List.of();
		pendingPlaces = List.of();
	}

	private List<Place> others(String key) {
		int i = java.util.Arrays.binarySearch(otherKeys, key);
		if (i < 0) {
			return List.of();
		}
		while (i > 0 && otherKeys[i - 1].equals(key)) {
			i--;
		}
		List<Place> places = new ArrayList<>(2);
		for (; i < otherKeys.length && otherKeys[i].equals(key); i++) {
			if (!places.contains(otherPlaces[i])) {
				places.add(otherPlaces[i]);
			}
		}
		return places;
	}

	/**
	 * The places a name is another name of: a GeoNames alternate name, or a Korean place's name in
	 * another romanisation. Less sure than {@link #lookup}: some alternate names are words of a
	 * language.
	 */
	public List<Place> lookupOther(String name) {
		String folded = fold(name);
		List<Place> other = others(folded);
		List<Place> korean = others(korean(folded));
		if (korean.isEmpty()) {
			return other;
		}
		List<Place> all = new ArrayList<>(other);
		for (Place place : korean) {
			if (!all.contains(place) && ("KP".equals(place.countryCode()) || "KR".equals(place.countryCode()))) {
				all.add(place);
			}
		}
		return all;
	}

	/**
	 * A key under which McCune-Reischauer, Revised Romanization and common spellings of one Korean
	 * name meet: ŏ/eo, ŭ/eu, k/g, t/d, p/b, ch/j, doubled consonants and "shi"/"si" are one.
	 */
	static String korean(String folded) {
		String key = folded.replace(" ", "").replace("eo", "o").replace("eu", "u").replace("shi", "si")
				.replace("ng", "\u0001").replace('g', 'k').replace('d', 't').replace('b', 'p').replace("j", "ch")
				.replace("\u0001", "ng");
		return "~" + key.replaceAll("([ktps])\\1", "$1");
	}

	/** The places of a name, folded or not; empty when unknown. */
	public List<Place> lookup(String name) {
		return byName.getOrDefault(fold(name), List.of());
	}

	/** The most words a name has, for callers that try longer names first. */
	public int maxWords() {
		return Math.min(maxWords, 6);
	}

	public int size() {
		return size;
	}

	private static boolean isAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** Lower case, no diacritics, no apostrophes, hyphens and runs of spaces as one space. */
	public static String fold(String name) {
		// most names are ASCII, which decomposes to itself: the gazetteer loads faster without the
		// normaliser for them
		String plain = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder out = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`') {
				continue;
			}
			if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–') {
				space = !out.isEmpty();
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}
}
