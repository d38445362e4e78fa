/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;

/**
 * Sets Gloss attributes from the text an import finds, by the names the exports use. Unknown
 * names and bad values are reported as messages; nothing is guessed.
 */
public final class Values {

	private Values() {
	}

	/**
	 * @return {@code null} when set, else what is wrong
	 */
	public static String set(Annotation annotation, String name, String value) {
		try {
			switch (name) {
				case "id" -> annotation.setId(value);
				case "creator" -> annotation.setCreator(value);
				case "created" -> annotation.setCreated(instant(value));
				case "modified" -> annotation.setModified(instant(value));
				case "comment" -> annotation.setComment(value);
				case "status" -> annotation.setStatus(literal(Status.VALUES, value, Status.get(value)));
				default -> {
					return setTyped(annotation, name, value);
				}
			}
			return null;
		} catch (IllegalArgumentException | DateTimeParseException e) {
			return "bad value '" + value + "' for " + name + ": " + e.getMessage();
		}
	}

	private static String setTyped(Annotation annotation, String name, String value) {
		switch (annotation) {
			case Claim claim -> {
				switch (name) {
					case "paraphrase" -> claim.setParaphrase(value);
					case "certainty" -> claim.setCertainty(literal(Certainty.VALUES, value, Certainty.get(value)));
					case "credibility" -> claim.setCredibility(Integer.valueOf(value));
					default -> {
						return unknown(annotation, name);
					}
				}
			}
			case Source source -> {
				switch (name) {
					case "name", "label" -> source.setName(value);
					case "kind" -> source.setKind(literal(SourceKind.VALUES, value, SourceKind.get(value)));
					case "role" -> source.setRole(value);
					case "reliability" -> source.setReliability(literal(Reliability.VALUES, value, Reliability.get(value)));
					default -> {
						return unknown(annotation, name);
					}
				}
			}
			case Location location -> {
				switch (name) {
					case "name", "label" -> location.setName(value);
					case "kind" -> location.setKind(literal(LocationKind.VALUES, value, LocationKind.get(value)));
					case "countryCode" -> location.setCountryCode(value);
					case "geonamesId" -> location.setGeonamesId(Long.valueOf(value));
					case "latitude" -> location.setLatitude(Double.valueOf(value));
					case "longitude" -> location.setLongitude(Double.valueOf(value));
					default -> {
						return unknown(annotation, name);
					}
				}
			}
			case Count count -> {
				switch (name) {
					case "value", "amount" -> count.setValue(new BigDecimal(value));
					case "min", "minimum" -> count.setMin(new BigDecimal(value));
					case "max", "maximum" -> count.setMax(new BigDecimal(value));
					case "qualifier" -> count.setQualifier(literal(Qualifier.VALUES, value, Qualifier.get(value)));
					case "unit" -> count.setUnit(value);
					case "period" -> count.setPeriod(value);
					default -> {
						return unknown(annotation, name);
					}
				}
			}
			default -> {
				return unknown(annotation, name);
			}
		}
		return null;
	}

	private static String unknown(Annotation annotation, String name) {
		return annotation.eClass().getName() + " has no attribute '" + name + "'";
	}

	private static <E extends Enumerator> E literal(List<E> values, String text, E found) {
		if (found == null) {
			throw new IllegalArgumentException("expected one of "
					+ values.stream().map(Enumerator::getLiteral).toList());
		}
		return found;
	}

	/** ISO-8601 with Z or an offset. */
	public static Instant instant(String text) {
		Instant fast = WholeSeconds.parse(text);
		if (fast != null) {
			return fast;
		}
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			return OffsetDateTime.parse(text).toInstant();
		}
	}
}
