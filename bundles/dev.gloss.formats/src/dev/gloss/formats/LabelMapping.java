/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.corpus.AnnotationType;

/**
 * How the labels of another tool's project become Gloss annotations: a span label (brat entity
 * type, UIMA type or feature value, CoNLL/JSONL label) maps to a Gloss type, a relation label to
 * one of a claim's links. Gloss's own labels (Claim, Source, Location, Count, HasSource,
 * HasLocation, HasCount) map to themselves unless mapped otherwise; labels are case-sensitive, as
 * every one of those tools treats them. A label mapped to {@link Target#IGNORE} is left out
 * without being listed as unmapped.
 *
 * <p>Written {@code LABEL=TARGET} on the command line ({@code --map GPE=location}) and one per
 * line in a mapping file ({@code #} starts a comment).
 */
public final class LabelMapping {

	/** What a label becomes. */
	public enum Target {
		CLAIM, SOURCE, LOCATION, COUNT,
		/** a relation from a claim to its source */
		SOURCES,
		/** a relation from a claim to a place it mentions */
		LOCATIONS,
		/** a relation from a claim to a number it mentions */
		COUNTS,
		/** a relation from a claim to whatever the other end is: its source, a place or a number */
		LINKS,
		/** left out on purpose */
		IGNORE;

		/** The span type this target is, if it is one. */
		public Optional<AnnotationType> type() {
			return switch (this) {
				case CLAIM -> Optional.of(AnnotationType.CLAIM);
				case SOURCE -> Optional.of(AnnotationType.SOURCE);
				case LOCATION -> Optional.of(AnnotationType.LOCATION);
				case COUNT -> Optional.of(AnnotationType.COUNT);
				default -> Optional.empty();
			};
		}

		public boolean isLink() {
			return this == SOURCES || this == LOCATIONS || this == COUNTS || this == LINKS;
		}

		/** The link a claim → annotation of this type is, for relations stored the other way round. */
		public static Optional<Target> linkTo(AnnotationType type) {
			return switch (type) {
				case SOURCE -> Optional.of(SOURCES);
				case LOCATION -> Optional.of(LOCATIONS);
				case COUNT -> Optional.of(COUNTS);
				default -> Optional.empty();
			};
		}

		/** Reads {@code claim}, {@code Sources}, {@code IGNORE} ... */
		public static Target parse(String name) {
			try {
				return valueOf(name.trim().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("unknown target '" + name.trim() + "': a Gloss type (claim, source, "
						+ "location, count), a claim link (sources, locations, counts, or links for any of them) or "
						+ "ignore");
			}
		}
	}

	private static final Map<String, Target> OWN = Map.of("Claim", Target.CLAIM, "Source", Target.SOURCE, "Location",
			Target.LOCATION, "Count", Target.COUNT, "HasSource", Target.SOURCES, "HasLocation", Target.LOCATIONS,
			"HasCount", Target.COUNTS);

	private static final LabelMapping NONE = new LabelMapping(Map.of());

	private final Map<String, Target> targets;

	private LabelMapping(Map<String, Target> targets) {
		this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
	}

	/** Gloss's own labels only. */
	public static LabelMapping none() {
		return NONE;
	}

	/** @param entries {@code LABEL=TARGET} each */
	public static LabelMapping parse(List<String> entries) {
		Map<String, Target> targets = new LinkedHashMap<>();
		for (String entry : entries) {
			put(targets, entry);
		}
		return new LabelMapping(targets);
	}

	/** A mapping file: one {@code LABEL=TARGET} per line; blank lines and {@code #} comments skipped. */
	public static LabelMapping read(Path file) throws IOException {
		Map<String, Target> targets = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				put(targets, line);
			} catch (IllegalArgumentException e) {
				throw new GlossFormatException(file, i + 1, 1, e.getMessage());
			}
		}
		return new LabelMapping(targets);
	}

	private static void put(Map<String, Target> targets, String entry) {
		int equals = entry.lastIndexOf('=');
		if (equals <= 0 || equals == entry.length() - 1) {
			throw new IllegalArgumentException("'" + entry + "' is not LABEL=TARGET (e.g. GPE=location)");
		}
		String label = entry.substring(0, equals).strip();
		Target target = Target.parse(entry.substring(equals + 1));
		Target before = targets.put(label, target);
		if (before != null && before != target) {
			throw new IllegalArgumentException("'" + label + "' is mapped twice: to " + name(before) + " and to "
					+ name(target));
		}
	}

	/** This mapping with the other's entries added (the other's win). */
	public LabelMapping with(LabelMapping other) {
		Map<String, Target> merged = new LinkedHashMap<>(targets);
		merged.putAll(other.targets);
		return new LabelMapping(merged);
	}

	/** What the label becomes: the user's mapping first, then Gloss's own labels. */
	public Optional<Target> target(String label) {
		Target target = targets.get(label);
		return Optional.ofNullable(target != null ? target : OWN.get(label));
	}

	/** The first of the labels that is mapped (for tools that give one annotation several names). */
	public Optional<Target> target(List<String> labels) {
		for (String label : labels) {
			if (label != null && targets.containsKey(label)) {
				return Optional.of(targets.get(label));
			}
		}
		for (String label : labels) {
			if (label != null && OWN.containsKey(label)) {
				return Optional.of(OWN.get(label));
			}
		}
		return Optional.empty();
	}

	/** The user's entries, in the order given. */
	public Map<String, Target> entries() {
		return targets;
	}

	public static String name(Target target) {
		return target.name().toLowerCase(Locale.ROOT);
	}
}
