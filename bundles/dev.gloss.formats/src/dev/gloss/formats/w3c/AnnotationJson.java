/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.w3c;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportException;
import dev.gloss.formats.internal.Iris;
import dev.gloss.formats.internal.Spans;
import dev.gloss.formats.internal.Times;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * One Gloss annotation as a W3C Web Annotation: a TextQuoteSelector and a TextPositionSelector
 * (code points) on the article, a body typed with the Gloss context that carries the type, the
 * attributes and the links to other annotations, and the comment as a TextualBody.
 */
public final class AnnotationJson {

	private AnnotationJson() {
	}

	/** Checks the span against the quote before anything is written. */
	public static void check(ExportDocument document, Annotation annotation) throws ExportException {
		int start = Spans.codePoint(document, annotation.getBegin());
		int end = Spans.codePoint(document, annotation.getEnd());
		Spans.checkCodePoints(document, annotation, document.text(), start, end);
	}

	public static void write(JsonGenerator json, ExportDocument document, Annotation annotation, boolean withContext)
			throws IOException {
		json.writeStartObject();
		if (withContext) {
			W3c.writeCompactContext(json);
		}
		String iri = Iris.of(annotation.getId());
		json.writeStringField("id", iri);
		json.writeStringField("type", "Annotation");
		json.writeStringField("motivation", "classifying");
		if (annotation.getCreator() != null && !annotation.getCreator().isEmpty()) {
			json.writeObjectFieldStart("creator");
			json.writeStringField("type", "Person");
			json.writeStringField("nickname", annotation.getCreator());
			json.writeEndObject();
		}
		writeTime(json, "created", annotation.getCreated());
		writeTime(json, "modified", annotation.getModified());
		writeBody(json, annotation, iri);
		writeTarget(json, document, annotation);
		json.writeEndObject();
	}

	private static void writeBody(JsonGenerator json, Annotation annotation, String iri) throws IOException {
		boolean comment = annotation.getComment() != null && !annotation.getComment().isEmpty();
		if (comment) {
			json.writeArrayFieldStart("body");
		} else {
			json.writeFieldName("body");
		}
		json.writeStartObject();
		// W3C bodies other than TextualBody and SpecificResource are web resources: they need an IRI
		json.writeStringField("id", iri + "#body");
		json.writeStringField("type", AnnotationType.of(annotation).label());
		json.writeStringField("status", annotation.getStatus().getLiteral());
		switch (annotation) {
			case Claim claim -> writeClaim(json, claim);
			case Source source -> writeSource(json, source);
			case Location location -> writeLocation(json, location);
			case Count count -> writeCount(json, count);
			default -> throw new IllegalArgumentException("not a Gloss annotation type: " + annotation.eClass());
		}
		writeConflicts(json, annotation.getConflicts());
		json.writeEndObject();
		if (comment) {
			json.writeStartObject();
			json.writeStringField("type", "TextualBody");
			json.writeStringField("purpose", "commenting");
			json.writeStringField("format", "text/plain");
			json.writeStringField("value", annotation.getComment());
			json.writeEndObject();
			json.writeEndArray();
		}
	}

	private static void writeClaim(JsonGenerator json, Claim claim) throws IOException {
		writeString(json, "paraphrase", claim.getParaphrase());
		json.writeStringField("certainty", claim.getCertainty().getLiteral());
		if (claim.getCredibility() != null) {
			json.writeNumberField("credibility", claim.getCredibility());
		}
		writeLinks(json, "sources", claim.getSources());
		writeLinks(json, "locations", claim.getLocations());
		writeLinks(json, "counts", claim.getCounts());
	}

	private static void writeSource(JsonGenerator json, Source source) throws IOException {
		writeString(json, "label", source.getName());
		json.writeStringField("kind", source.getKind().getLiteral());
		writeString(json, "role", source.getRole());
		json.writeStringField("reliability", source.getReliability().getLiteral());
	}

	private static void writeLocation(JsonGenerator json, Location location) throws IOException {
		writeString(json, "label", location.getName());
		json.writeStringField("kind", location.getKind().getLiteral());
		writeString(json, "countryCode", location.getCountryCode());
		if (location.getGeonamesId() != null) {
			json.writeNumberField("geonamesId", location.getGeonamesId());
		}
		if (location.getLatitude() != null) {
			json.writeNumberField("latitude", location.getLatitude());
		}
		if (location.getLongitude() != null) {
			json.writeNumberField("longitude", location.getLongitude());
		}
	}

	private static void writeCount(JsonGenerator json, Count count) throws IOException {
		writeDecimal(json, "amount", count.getValue());
		writeDecimal(json, "minimum", count.getMin());
		writeDecimal(json, "maximum", count.getMax());
		json.writeStringField("qualifier", count.getQualifier().getLiteral());
		writeString(json, "unit", count.getUnit());
		writeString(json, "period", count.getPeriod());
	}

	private static void writeConflicts(JsonGenerator json, List<Conflict> conflicts) throws IOException {
		if (conflicts.isEmpty()) {
			return;
		}
		json.writeArrayFieldStart("conflicts");
		for (Conflict conflict : conflicts) {
			json.writeStartObject();
			json.writeStringField("type", "Conflict");
			writeString(json, "feature", conflict.getFeature());
			writeString(json, "base", conflict.getBase());
			writeString(json, "ours", conflict.getOurs());
			writeString(json, "theirs", conflict.getTheirs());
			writeString(json, "theirsCreator", conflict.getTheirsCreator());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void writeTarget(JsonGenerator json, ExportDocument document, Annotation annotation)
			throws IOException {
		String text = document.text();
		int begin = annotation.getBegin();
		int end = annotation.getEnd();
		json.writeObjectFieldStart("target");
		json.writeStringField("source", document.source().toString());
		json.writeArrayFieldStart("selector");
		json.writeStartObject();
		json.writeStringField("type", "TextQuoteSelector");
		json.writeStringField("exact", text.substring(begin, end));
		json.writeStringField("prefix", text.substring(contextStart(text, begin), begin));
		json.writeStringField("suffix", text.substring(end, contextEnd(text, end)));
		json.writeEndObject();
		json.writeStartObject();
		json.writeStringField("type", "TextPositionSelector");
		json.writeNumberField("start", Spans.codePoint(document, begin));
		json.writeNumberField("end", Spans.codePoint(document, end));
		json.writeEndObject();
		json.writeEndArray();
		json.writeEndObject();
	}

	/** Prefix and suffix: 32 code points, as W3C counts, never half a surrogate pair. */
	private static int contextStart(String text, int begin) {
		int start = begin;
		for (int i = 0; i < CONTEXT && start > 0; i++) {
			start = text.offsetByCodePoints(start, -1);
		}
		return start;
	}

	private static int contextEnd(String text, int end) {
		int stop = end;
		for (int i = 0; i < CONTEXT && stop < text.length(); i++) {
			stop = text.offsetByCodePoints(stop, 1);
		}
		return stop;
	}

	private static final int CONTEXT = 32;

	private static void writeLinks(JsonGenerator json, String field, List<? extends Annotation> targets)
			throws IOException {
		if (targets.isEmpty()) {
			return;
		}
		json.writeArrayFieldStart(field);
		for (Annotation target : targets) {
			json.writeString(Iris.of(target.getId()));
		}
		json.writeEndArray();
	}

	private static void writeTime(JsonGenerator json, String field, Instant time) throws IOException {
		if (time != null) {
			json.writeStringField(field, Times.iso(time));
		}
	}

	private static void writeString(JsonGenerator json, String field, String value) throws IOException {
		if (value != null && !value.isEmpty()) {
			json.writeStringField(field, value);
		}
	}

	private static void writeDecimal(JsonGenerator json, String field, BigDecimal value) throws IOException {
		if (value != null) {
			// a string keeps the exact digits; the context types it xsd:decimal
			json.writeStringField(field, value.toPlainString());
		}
	}
}
