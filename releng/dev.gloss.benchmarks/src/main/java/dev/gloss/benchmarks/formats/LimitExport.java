/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.formats;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The limit an export is measured against: the least work that turns the same corpus into the
 * same W3C JSON Lines. A raw StAX pull scan of each {@code .gloss} file (Aalto, the parser Gloss
 * reads with), the article read and decoded, and a plain Jackson streaming write of one W3C
 * annotation per line with the same fields in the same order (the JSON-LD context, ids, creator,
 * times, the body with the type's attributes and links, the comment, the target with quote,
 * prefix and suffix of 32 code points and code point positions). Annotation files are taken as
 * written (in document order, valid); nothing is checked, nothing staged, no model built: what
 * remains is parsing, decoding, slicing and writing.
 */
final class LimitExport {

	private static final XMLInputFactory XML = new InputFactoryImpl();
	private static final JsonFactory JSON = new JsonFactory();
	private static final int CONTEXT = 32;

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		XML.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
	}

	/** One annotation's attributes as the file holds them: local name, value. */
	private static final class Raw {
		final List<String> names = new ArrayList<>(24);
		final List<String> values = new ArrayList<>(24);
		String type;
		int begin;
		int end;

		String get(String name) {
			int i = names.indexOf(name);
			return i < 0 ? null : values.get(i);
		}
	}

	private LimitExport() {
	}

	/** Exports every annotated article below {@code corpus} into {@code out}; returns the annotations written. */
	static long run(Path corpus, Path out) throws IOException {
		SerializedString context = new SerializedString(context());
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(p -> p.getFileName().toString().endsWith(".gloss")).sorted().toList();
		}
		long written = 0;
		try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
				JsonGenerator json = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
			json.setRootValueSeparator(null);
			for (Path file : files) {
				String name = file.getFileName().toString();
				Path article = file.resolveSibling(name.substring(0, name.length() - ".gloss".length()));
				String path = corpus.relativize(article).toString().replace('\\', '/');
				List<Raw> annotations = scan(Files.readAllBytes(file));
				String text = decode(Files.readAllBytes(article));
				written += write(json, stream, context, "urn:x-gloss:article:" + path, text, annotations);
			}
		}
		return written;
	}

	private static List<Raw> scan(byte[] file) throws IOException {
		List<Raw> annotations = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(file)) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("annotations")) {
					Raw raw = new Raw();
					for (int i = 0; i < xml.getAttributeCount(); i++) {
						String local = xml.getAttributeLocalName(i);
						String value = xml.getAttributeValue(i);
						switch (local) {
							case "type" -> raw.type = value.substring(value.indexOf(':') + 1);
							case "begin" -> raw.begin = Integer.parseInt(value);
							case "end" -> raw.end = Integer.parseInt(value);
							default -> {
								raw.names.add(local);
								raw.values.add(value);
							}
						}
					}
					annotations.add(raw);
				}
			}
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return annotations;
	}

	private static String decode(byte[] bytes) {
		int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
	}

	private static int write(JsonGenerator json, OutputStream stream, SerializableString context, String source, String text,
			List<Raw> annotations) throws IOException {
		// code points counted once per document, forward, as the annotations come in document order
		int utf16 = 0;
		int codePoints = 0;
		for (Raw a : annotations) {
			codePoints += Character.codePointCount(text, utf16, a.begin);
			utf16 = a.begin;
			int start = codePoints;
			int end = start + Character.codePointCount(text, a.begin, a.end);
			String id = "urn:uuid:" + a.get("id");
			json.writeStartObject();
			json.writeRaw(context);
			json.writeRaw(',');
			json.writeStringField("id", id);
			json.writeStringField("type", "Annotation");
			json.writeStringField("motivation", "classifying");
			String creator = a.get("creator");
			if (creator != null) {
				json.writeObjectFieldStart("creator");
				json.writeStringField("type", "Person");
				json.writeStringField("nickname", creator);
				json.writeEndObject();
			}
			field(json, "created", a.get("created"));
			field(json, "modified", a.get("modified"));
			String comment = a.get("comment");
			if (comment != null) {
				json.writeArrayFieldStart("body");
			} else {
				json.writeFieldName("body");
			}
			json.writeStartObject();
			json.writeStringField("id", id + "#body");
			json.writeStringField("type", a.type);
			String status = a.get("status");
			json.writeStringField("status", status == null ? "draft" : status);
			switch (a.type) {
				case "Claim" -> {
					field(json, "paraphrase", a.get("paraphrase"));
					field(json, "certainty", a.get("certainty"));
					String credibility = a.get("credibility");
					if (credibility != null) {
						json.writeNumberField("credibility", Integer.parseInt(credibility));
					}
					links(json, "sources", a.get("sources"));
					links(json, "locations", a.get("locations"));
					links(json, "counts", a.get("counts"));
				}
				case "Source" -> {
					field(json, "label", a.get("name"));
					field(json, "kind", a.get("kind"));
					field(json, "role", a.get("role"));
					field(json, "reliability", a.get("reliability"));
				}
				case "Location" -> {
					field(json, "label", a.get("name"));
					field(json, "kind", a.get("kind"));
					field(json, "countryCode", a.get("countryCode"));
					String geonames = a.get("geonamesId");
					if (geonames != null) {
						json.writeNumberField("geonamesId", Long.parseLong(geonames));
					}
					String latitude = a.get("latitude");
					if (latitude != null) {
						json.writeNumberField("latitude", Double.parseDouble(latitude));
					}
					String longitude = a.get("longitude");
					if (longitude != null) {
						json.writeNumberField("longitude", Double.parseDouble(longitude));
					}
				}
				default -> {
					field(json, "amount", a.get("value"));
					field(json, "minimum", a.get("min"));
					field(json, "maximum", a.get("max"));
					field(json, "qualifier", a.get("qualifier"));
					field(json, "unit", a.get("unit"));
					field(json, "period", a.get("period"));
				}
			}
			json.writeEndObject();
			if (comment != null) {
				json.writeStartObject();
				json.writeStringField("type", "TextualBody");
				json.writeStringField("purpose", "commenting");
				json.writeStringField("format", "text/plain");
				json.writeStringField("value", comment);
				json.writeEndObject();
				json.writeEndArray();
			}
			json.writeObjectFieldStart("target");
			json.writeStringField("source", source);
			json.writeArrayFieldStart("selector");
			json.writeStartObject();
			json.writeStringField("type", "TextQuoteSelector");
			json.writeStringField("exact", text.substring(a.begin, a.end));
			json.writeStringField("prefix", text.substring(back(text, a.begin), a.begin));
			json.writeStringField("suffix", text.substring(a.end, forward(text, a.end)));
			json.writeEndObject();
			json.writeStartObject();
			json.writeStringField("type", "TextPositionSelector");
			json.writeNumberField("start", start);
			json.writeNumberField("end", end);
			json.writeEndObject();
			json.writeEndArray();
			json.writeEndObject();
			json.writeEndObject();
			json.writeRaw('\n');
		}
		return annotations.size();
	}

	private static int back(String text, int from) {
		int at = from;
		for (int i = 0; i < CONTEXT && at > 0; i++) {
			at -= at >= 2 && Character.isLowSurrogate(text.charAt(at - 1))
					&& Character.isHighSurrogate(text.charAt(at - 2)) ? 2 : 1;
		}
		return at;
	}

	private static int forward(String text, int from) {
		int at = from;
		for (int i = 0; i < CONTEXT && at < text.length(); i++) {
			at += Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
		}
		return at;
	}

	private static void field(JsonGenerator json, String name, String value) throws IOException {
		if (value != null && !value.isEmpty()) {
			json.writeStringField(name, value);
		}
	}

	private static void links(JsonGenerator json, String name, String ids) throws IOException {
		if (ids == null || ids.isEmpty()) {
			return;
		}
		json.writeArrayFieldStart(name);
		for (String id : ids.split(" ")) {
			json.writeString("urn:uuid:" + id);
		}
		json.writeEndArray();
	}

	/** {@code "@context":[...]} as the export writes it, serialised once (and encoded once). */
	private static String context() {
		try (InputStream in = LimitExport.class.getResourceAsStream("/context/gloss.jsonld")) {
			ObjectMapper mapper = new ObjectMapper();
			JsonNode gloss = mapper.readTree(in).get("@context");
			String array = mapper.writeValueAsString(
					mapper.createArrayNode().add("http://www.w3.org/ns/anno.jsonld").add(gloss));
			return "\"@context\":" + array;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
