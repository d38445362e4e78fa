/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.peers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.gloss.core.store.internal.Instants;
import dev.gloss.model.AnnotatedDocument;
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
 * The practical limit: the same fields as JSON, written and read with Jackson's streaming API
 * into plain Java objects (no model framework, no notifications, links resolved by id at the end),
 * timestamps parsed with the same fast path as Gloss's reader so the limit is not held back by
 * the general ISO-8601 parser.
 */
public final class JacksonPeer {

	/** An annotation as a plain object: the same fields and value types as the Gloss model. */
	public static class Plain {
		String type;
		String id;
		int begin;
		int end;
		Status status = Status.DRAFT;
		String creator;
		Instant created;
		Instant modified;
		String quote;
		String prefix;
		String suffix;
		String comment;
		boolean orphaned;
	}

	public static final class PlainClaim extends Plain {
		String paraphrase;
		Certainty certainty = Certainty.UNSPECIFIED;
		Integer credibility;
		List<Plain> sources = new ArrayList<>(1);
		List<Plain> locations = new ArrayList<>(1);
		List<Plain> counts = new ArrayList<>(1);
		String[] links = new String[3];
	}

	public static final class PlainSource extends Plain {
		String name;
		SourceKind kind = SourceKind.UNSPECIFIED;
		String role;
		Reliability reliability = Reliability.UNRATED;
	}

	public static final class PlainLocation extends Plain {
		String name;
		LocationKind kind = LocationKind.UNSPECIFIED;
		String countryCode;
		Long geonamesId;
		Double latitude;
		Double longitude;
	}

	public static final class PlainCount extends Plain {
		BigDecimal value;
		BigDecimal min;
		BigDecimal max;
		Qualifier qualifier = Qualifier.EXACT;
		String unit;
		String period;
	}

	private final JsonFactory json = new JsonFactory();

	/** The Gloss document as plain objects. */
	public List<Plain> toPlain(AnnotatedDocument document) throws IOException {
		return load(save(document));
	}

	/** Writes the Gloss document's fields (used once, to make the plain objects' input). */
	public byte[] save(AnnotatedDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartArray();
			for (Annotation a : document.getAnnotations()) {
				g.writeStartObject();
				g.writeStringField("type", a.eClass().getName());
				g.writeStringField("id", a.getId());
				g.writeNumberField("begin", a.getBegin());
				g.writeNumberField("end", a.getEnd());
				g.writeStringField("status", a.getStatus().getLiteral());
				g.writeStringField("creator", a.getCreator());
				g.writeStringField("created", a.getCreated().toString());
				g.writeStringField("modified", a.getModified().toString());
				g.writeStringField("quote", a.getQuote());
				g.writeStringField("prefix", a.getPrefix());
				g.writeStringField("suffix", a.getSuffix());
				if (a.getComment() != null) {
					g.writeStringField("comment", a.getComment());
				}
				if (a instanceof Claim c) {
					g.writeStringField("paraphrase", c.getParaphrase());
					g.writeStringField("certainty", c.getCertainty().getLiteral());
					g.writeNumberField("credibility", c.getCredibility());
					ids(g, "sources", c.getSources());
					ids(g, "locations", c.getLocations());
					ids(g, "counts", c.getCounts());
				} else if (a instanceof Source s) {
					g.writeStringField("name", s.getName());
					g.writeStringField("kind", s.getKind().getLiteral());
					g.writeStringField("role", s.getRole());
					g.writeStringField("reliability", s.getReliability().getLiteral());
				} else if (a instanceof Location l) {
					g.writeStringField("name", l.getName());
					g.writeStringField("kind", l.getKind().getLiteral());
					g.writeStringField("countryCode", l.getCountryCode());
					g.writeNumberField("geonamesId", l.getGeonamesId());
					g.writeNumberField("latitude", l.getLatitude());
					g.writeNumberField("longitude", l.getLongitude());
				} else if (a instanceof Count n) {
					if (n.getValue() != null) {
						g.writeNumberField("value", n.getValue());
					}
					g.writeNumberField("min", n.getMin());
					g.writeStringField("qualifier", n.getQualifier().getLiteral());
					g.writeStringField("unit", n.getUnit());
					g.writeStringField("period", n.getPeriod());
				}
				g.writeEndObject();
			}
			g.writeEndArray();
		}
		return out.toByteArray();
	}

	private static void ids(JsonGenerator g, String name, List<? extends Annotation> targets) throws IOException {
		StringBuilder ids = new StringBuilder();
		for (Annotation target : targets) {
			ids.append(ids.length() == 0 ? "" : " ").append(target.getId());
		}
		g.writeStringField(name, ids.toString());
	}

	/** Writes plain objects: the limit of saving. */
	public byte[] savePlain(List<Plain> annotations) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartArray();
			for (Plain a : annotations) {
				g.writeStartObject();
				g.writeStringField("type", a.type);
				g.writeStringField("id", a.id);
				g.writeNumberField("begin", a.begin);
				g.writeNumberField("end", a.end);
				g.writeStringField("status", a.status.getLiteral());
				g.writeStringField("creator", a.creator);
				g.writeStringField("created", a.created.toString());
				g.writeStringField("modified", a.modified.toString());
				g.writeStringField("quote", a.quote);
				g.writeStringField("prefix", a.prefix);
				g.writeStringField("suffix", a.suffix);
				if (a.comment != null) {
					g.writeStringField("comment", a.comment);
				}
				if (a instanceof PlainClaim c) {
					g.writeStringField("paraphrase", c.paraphrase);
					g.writeStringField("certainty", c.certainty.getLiteral());
					g.writeNumberField("credibility", c.credibility);
					plainIds(g, "sources", c.sources);
					plainIds(g, "locations", c.locations);
					plainIds(g, "counts", c.counts);
				} else if (a instanceof PlainSource s) {
					g.writeStringField("name", s.name);
					g.writeStringField("kind", s.kind.getLiteral());
					g.writeStringField("role", s.role);
					g.writeStringField("reliability", s.reliability.getLiteral());
				} else if (a instanceof PlainLocation l) {
					g.writeStringField("name", l.name);
					g.writeStringField("kind", l.kind.getLiteral());
					g.writeStringField("countryCode", l.countryCode);
					g.writeNumberField("geonamesId", l.geonamesId);
					g.writeNumberField("latitude", l.latitude);
					g.writeNumberField("longitude", l.longitude);
				} else if (a instanceof PlainCount n) {
					if (n.value != null) {
						g.writeNumberField("value", n.value);
					}
					g.writeNumberField("min", n.min);
					g.writeStringField("qualifier", n.qualifier.getLiteral());
					g.writeStringField("unit", n.unit);
					g.writeStringField("period", n.period);
				}
				g.writeEndObject();
			}
			g.writeEndArray();
		}
		return out.toByteArray();
	}

	private static void plainIds(JsonGenerator g, String name, List<Plain> targets) throws IOException {
		if (targets.size() == 1) {
			g.writeStringField(name, targets.get(0).id);
			return;
		}
		StringBuilder ids = new StringBuilder();
		for (Plain target : targets) {
			ids.append(ids.length() == 0 ? "" : " ").append(target.id);
		}
		g.writeStringField(name, ids.toString());
	}

	/** Reads plain objects with the streaming parser: the limit of loading. */
	public List<Plain> load(byte[] bytes) throws IOException {
		List<Plain> annotations = new ArrayList<>();
		Map<String, Plain> byId = new HashMap<>();
		List<PlainClaim> claims = new ArrayList<>();
		try (JsonParser p = json.createParser(bytes)) {
			p.nextToken(); // [
			while (p.nextToken() == JsonToken.START_OBJECT) {
				p.nextToken();
				p.nextToken();
				String type = p.getText();
				Plain a = switch (type) {
				case "Claim" -> new PlainClaim();
				case "Source" -> new PlainSource();
				case "Location" -> new PlainLocation();
				default -> new PlainCount();
				};
				a.type = type.intern();
				while (p.nextToken() == JsonToken.FIELD_NAME) {
					String field = p.currentName();
					p.nextToken();
					switch (field) {
					case "id" -> a.id = p.getText();
					case "begin" -> a.begin = p.getIntValue();
					case "end" -> a.end = p.getIntValue();
					case "status" -> a.status = Status.get(p.getText());
					case "creator" -> a.creator = p.getText();
					case "created" -> a.created = Instants.parse(p.getText());
					case "modified" -> a.modified = Instants.parse(p.getText());
					case "quote" -> a.quote = p.getText();
					case "prefix" -> a.prefix = p.getText();
					case "suffix" -> a.suffix = p.getText();
					case "comment" -> a.comment = p.getText();
					default -> typed(p, a, field);
					}
				}
				annotations.add(a);
				byId.put(a.id, a);
				if (a instanceof PlainClaim c) {
					claims.add(c);
				}
			}
		}
		for (PlainClaim c : claims) {
			resolve(c.links[0], byId, c.sources);
			resolve(c.links[1], byId, c.locations);
			resolve(c.links[2], byId, c.counts);
			c.links = null;
		}
		return annotations;
	}

	private static void typed(JsonParser p, Plain a, String field) throws IOException {
		if (a instanceof PlainClaim c) {
			switch (field) {
			case "paraphrase" -> c.paraphrase = p.getText();
			case "certainty" -> c.certainty = Certainty.get(p.getText());
			case "credibility" -> c.credibility = p.getIntValue();
			case "sources" -> c.links[0] = p.getText();
			case "locations" -> c.links[1] = p.getText();
			case "counts" -> c.links[2] = p.getText();
			default -> throw new IOException(field);
			}
		} else if (a instanceof PlainSource s) {
			switch (field) {
			case "name" -> s.name = p.getText();
			case "kind" -> s.kind = SourceKind.get(p.getText());
			case "role" -> s.role = p.getText();
			case "reliability" -> s.reliability = Reliability.get(p.getText());
			default -> throw new IOException(field);
			}
		} else if (a instanceof PlainLocation l) {
			switch (field) {
			case "name" -> l.name = p.getText();
			case "kind" -> l.kind = LocationKind.get(p.getText());
			case "countryCode" -> l.countryCode = p.getText();
			case "geonamesId" -> l.geonamesId = p.getLongValue();
			case "latitude" -> l.latitude = p.getDoubleValue();
			case "longitude" -> l.longitude = p.getDoubleValue();
			default -> throw new IOException(field);
			}
		} else if (a instanceof PlainCount n) {
			switch (field) {
			case "value" -> n.value = p.getDecimalValue();
			case "min" -> n.min = p.getDecimalValue();
			case "max" -> n.max = p.getDecimalValue();
			case "qualifier" -> n.qualifier = Qualifier.get(p.getText());
			case "unit" -> n.unit = p.getText();
			case "period" -> n.period = p.getText();
			default -> throw new IOException(field);
			}
		}
	}

	private static void resolve(String ids, Map<String, Plain> byId, List<Plain> into) {
		if (ids == null || ids.isEmpty()) {
			return;
		}
		for (String id : ids.split(" ")) {
			into.add(byId.get(id));
		}
	}
}
