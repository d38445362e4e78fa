/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.LabelMapping;
import dev.gloss.formats.LabelMapping.Target;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/** What the imports of other tools' files share: ids, spans and links made from labels. */
public final class ImportedSpans {

	private ImportedSpans() {
	}

	/**
	 * The Gloss id of an imported span: the tool's own id when it is a UUID (Gloss's exports), else
	 * one derived from where the span is, so that importing the same file again replaces instead of
	 * duplicating.
	 */
	public static String id(String given, Object... where) {
		if (given != null) {
			try {
				return UUID.fromString(given).toString();
			} catch (IllegalArgumentException e) {
				// not a UUID: derived below, with the tool's id in the key
			}
		}
		StringBuilder key = new StringBuilder(given == null ? "" : given);
		for (Object part : where) {
			key.append('\u0000').append(part);
		}
		return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** A new annotation of the type, or {@code null} when the target is not a type. */
	public static Annotation create(Target target, int begin, int end, String id) {
		Optional<AnnotationType> type = target.type();
		if (type.isEmpty()) {
			return null;
		}
		Annotation annotation = type.get().create();
		annotation.setBegin(begin);
		annotation.setEnd(end);
		annotation.setId(id);
		return annotation;
	}

	/**
	 * Adds the link a relation mapped to {@code link} stands for, from the claim among the two
	 * annotations to the other. Returns why not, or {@code null} when linked.
	 */
	public static String link(Target link, Annotation from, Annotation to) {
		Claim claim = from instanceof Claim c ? c : to instanceof Claim c ? c : null;
		Annotation other = claim == from ? to : from;
		Optional<Target> fits = other instanceof Claim ? Optional.empty() : Target.linkTo(AnnotationType.of(other));
		if (link == Target.LINKS && fits.isPresent()) {
			link = fits.get();
		}
		if (claim == null || fits.isEmpty() || fits.get() != link) {
			return "links a " + from.eClass().getName() + " and a " + to.eClass().getName() + "; "
					+ LabelMapping.name(link) + " needs a Claim and a " + switch (link) {
						case SOURCES -> "Source";
						case LOCATIONS -> "Location";
						case COUNTS -> "Count";
						default -> "Source, Location or Count";
					};
		}
		switch (link) {
			case SOURCES -> add(claim.getSources(), (Source) other);
			case LOCATIONS -> add(claim.getLocations(), (Location) other);
			default -> add(claim.getCounts(), (Count) other);
		}
		return null;
	}

	private static <T> void add(List<T> links, T target) {
		if (!links.contains(target)) {
			links.add(target);
		}
	}
}
