/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
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
import dev.gloss.ui.internal.Messages;

/**
 * Short texts about an annotation for hovers, the Annotations view and pickers: the type and the
 * attributes an analyst looks for first (a count's value and unit, a source's kind and
 * reliability, a claim's certainty). Computed from the model directly, not through item
 * providers, so that listing 100,000 rows attaches no adapters.
 */
public final class AnnotationDescriptions {

	private static final int QUOTE_LENGTH = 60;

	private AnnotationDescriptions() {
	}

	/** "Claim: reported, credibility 3, 2 sources" and, on a second line, the quote. */
	public static String describe(Annotation a) {
		if (a.getId() == null) {
			// a placeholder from the quick scan: the attributes are still loading
			return AnnotationType.of(a).label() + "\n" + Messages.Description_loading;
		}
		String attributes = attributes(a);
		String head = attributes.isEmpty() ? AnnotationType.of(a).label()
				: AnnotationType.of(a).label() + ": " + attributes;
		if (a.isOrphaned()) {
			head += " " + Messages.Description_orphaned;
		}
		return head + "\n\u201c" + shortQuote(a) + "\u201d";
	}

	/** The key attributes, comma-separated; empty when none is set. */
	public static String attributes(Annotation a) {
		List<String> parts = new ArrayList<>();
		if (a instanceof Claim claim) {
			if (claim.getCertainty() != null && claim.getCertainty() != Certainty.UNSPECIFIED) {
				parts.add(claim.getCertainty().getLiteral());
			}
			if (claim.getCredibility() != null) {
				parts.add(NLS.bind(Messages.Description_credibility, claim.getCredibility()));
			}
			if (!claim.getSources().isEmpty()) {
				parts.add(NLS.bind(Messages.Description_sources, claim.getSources().stream()
						.map(AnnotationDescriptions::name).collect(Collectors.joining("; "))));
			}
			if (!claim.getLocations().isEmpty()) {
				parts.add(NLS.bind(Messages.Description_locations, claim.getLocations().size()));
			}
			if (!claim.getCounts().isEmpty()) {
				parts.add(NLS.bind(Messages.Description_counts, claim.getCounts().size()));
			}
			if (claim.getParaphrase() != null && !claim.getParaphrase().isBlank()) {
				parts.add("\u201c" + claim.getParaphrase() + "\u201d");
			}
		} else if (a instanceof Source source) {
			if (source.getName() != null && !source.getName().isBlank()) {
				parts.add(source.getName());
			}
			if (source.getKind() != null && source.getKind() != SourceKind.UNSPECIFIED) {
				parts.add(source.getKind().getLiteral());
			}
			if (source.getRole() != null && !source.getRole().isBlank()) {
				parts.add(source.getRole());
			}
			if (source.getReliability() != null && source.getReliability() != Reliability.UNRATED) {
				parts.add(NLS.bind(Messages.Description_reliability, source.getReliability().getLiteral()));
			}
		} else if (a instanceof Location location) {
			if (location.getName() != null && !location.getName().isBlank()) {
				parts.add(location.getName());
			}
			if (location.getKind() != null && location.getKind() != LocationKind.UNSPECIFIED) {
				parts.add(location.getKind().getLiteral());
			}
			if (location.getCountryCode() != null && !location.getCountryCode().isBlank()) {
				parts.add(location.getCountryCode());
			}
		} else if (a instanceof Count count) {
			String value = countValue(count);
			if (!value.isEmpty()) {
				parts.add(value);
			}
			if (count.getPeriod() != null && !count.getPeriod().isBlank()) {
				parts.add(count.getPeriod());
			}
		}
		if (a.getStatus() != null && a.getStatus() != Status.DRAFT) {
			parts.add(a.getStatus().getLiteral());
		}
		return String.join(", ", parts);
	}

	/** "about 1200 tonnes", "40-60 trucks". */
	public static String countValue(Count count) {
		StringBuilder out = new StringBuilder();
		if (count.getQualifier() != null && count.getQualifier() != Qualifier.EXACT) {
			out.append(count.getQualifier().getLiteral().replace('-', ' ')).append(' ');
		}
		if (count.getValue() != null) {
			out.append(count.getValue().toPlainString());
		} else if (count.getMin() != null && count.getMax() != null) {
			out.append(count.getMin().toPlainString()).append('\u2013').append(count.getMax().toPlainString());
		} else if (count.getMin() != null || count.getMax() != null) {
			// an open range: the qualifier ("at least", "at most") already says which side
			out.append((count.getMin() != null ? count.getMin() : count.getMax()).toPlainString());
		}
		if (count.getUnit() != null && !count.getUnit().isBlank()) {
			out.append(out.isEmpty() ? "" : " ").append(count.getUnit());
		}
		return out.toString().strip();
	}

	/** A source's name, or its quote when unnamed. */
	public static String name(Annotation a) {
		if (a instanceof Source source && source.getName() != null && !source.getName().isBlank()) {
			return source.getName();
		}
		if (a instanceof Location location && location.getName() != null && !location.getName().isBlank()) {
			return location.getName();
		}
		return shortQuote(a);
	}

	/** The quote on one line, shortened with an ellipsis. */
	public static String shortQuote(Annotation a) {
		String quote = a.getQuote() == null ? "" : a.getQuote().replaceAll("\\s+", " ").strip();
		return quote.length() <= QUOTE_LENGTH ? quote : quote.substring(0, QUOTE_LENGTH - 1) + "\u2026";
	}
}
