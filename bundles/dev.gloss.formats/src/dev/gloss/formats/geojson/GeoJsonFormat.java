/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.internal.Json;
import dev.gloss.formats.internal.Spans;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Location;

/**
 * GeoJSON (RFC 7946): {@code locations.geojson}, a FeatureCollection with a Point for each
 * Location annotation that has coordinates ([longitude, latitude], WGS 84), its attributes, the
 * passage (code points) and the ids of the claims that name the place. Places without
 * coordinates are left out: GeoJSON has no geometry for them.
 */
public final class GeoJsonFormat implements ExportFormat {

	public static final String FILE = "locations.geojson";

	@Override
	public String id() {
		return "geojson";
	}

	@Override
	public String label() {
		return "GeoJSON (places with coordinates)";
	}

	@Override
	public String description() {
		return "A FeatureCollection of the Location annotations that have coordinates, with the claims that "
				+ "name them; for QGIS, Leaflet and geojson.io.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		OutputStream out = Json.newFile(folder.resolve(FILE));
		JsonGenerator json = Json.pretty(out);
		json.writeStartObject();
		json.writeStringField("type", "FeatureCollection");
		json.writeArrayFieldStart("features");
		return new CorpusWriter() {
			@Override
			public List<String> write(ExportDocument document) throws IOException {
				List<Location> places = new ArrayList<>();
				Map<String, List<String>> claimsOf = new HashMap<>();
				for (Annotation annotation : document.annotations()) {
					if (annotation instanceof Location location && location.getLatitude() != null
							&& location.getLongitude() != null) {
						Spans.checkCodePoints(document, location, document.text(),
								Spans.codePoint(document, location.getBegin()),
								Spans.codePoint(document, location.getEnd()));
						places.add(location);
					} else if (annotation instanceof Claim claim) {
						for (Location named : claim.getLocations()) {
							claimsOf.computeIfAbsent(named.getId(), id -> new ArrayList<>()).add(claim.getId());
						}
					}
				}
				for (Location place : places) {
					writeFeature(json, document, place, claimsOf.getOrDefault(place.getId(), List.of()));
				}
				return List.of();
			}

			@Override
			public void close() throws IOException {
				json.writeEndArray();
				json.writeEndObject();
				json.close();
				out.write('\n');
				out.close();
			}
		};
	}

	private static void writeFeature(JsonGenerator json, ExportDocument document, Location place, List<String> claims)
			throws IOException {
		json.writeStartObject();
		json.writeStringField("type", "Feature");
		json.writeStringField("id", place.getId());
		json.writeObjectFieldStart("geometry");
		json.writeStringField("type", "Point");
		json.writeArrayFieldStart("coordinates");
		json.writeNumber(place.getLongitude());
		json.writeNumber(place.getLatitude());
		json.writeEndArray();
		json.writeEndObject();
		json.writeObjectFieldStart("properties");
		writeString(json, "name", place.getName());
		json.writeStringField("kind", place.getKind().getLiteral());
		writeString(json, "countryCode", place.getCountryCode());
		if (place.getGeonamesId() != null) {
			json.writeNumberField("geonamesId", place.getGeonamesId());
		}
		json.writeStringField("status", place.getStatus().getLiteral());
		json.writeStringField("document", document.path());
		json.writeStringField("source", document.source().toString());
		json.writeStringField("quote", place.getQuote());
		json.writeNumberField("start", Spans.codePoint(document, place.getBegin()));
		json.writeNumberField("end", Spans.codePoint(document, place.getEnd()));
		json.writeArrayFieldStart("claims");
		for (String claim : claims) {
			json.writeString(claim);
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void writeString(JsonGenerator json, String field, String value) throws IOException {
		if (value != null && !value.isEmpty()) {
			json.writeStringField(field, value);
		}
	}
}
