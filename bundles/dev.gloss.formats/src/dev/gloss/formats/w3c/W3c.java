/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.w3c;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;

import dev.gloss.formats.internal.Json;

/** Names shared by the W3C writers and the reader. */
public final class W3c {

	public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
	/** The IRI the Gloss context is named by; exports embed it (see {@link #writeContext}), the bundle holds it as /context/gloss.jsonld. */
	public static final String GLOSS_CONTEXT = "https://gloss.dev/ns/gloss.jsonld";
	/** The Gloss vocabulary the context maps its terms to. */
	public static final String GLOSS_VOCABULARY = "https://gloss.dev/ns/1#";
	/** The file name of the Gloss context copied into every W3C export. */
	public static final String CONTEXT_FILE = "gloss.jsonld";

	private W3c() {
	}

	private static volatile JsonNode glossContext;
	private static volatile SerializedString compactContext;

	/**
	 * {@code "@context": [W3C context, the Gloss context itself]}: the Gloss terms travel inside
	 * each document, so a JSON-LD processor expands it with nothing to fetch but the W3C context
	 * (which processors of Web Annotations know), and nothing to fetch from an address Gloss would
	 * have to serve.
	 */
	public static void writeContext(JsonGenerator json) throws IOException {
		json.writeArrayFieldStart("@context");
		json.writeString(ANNO_CONTEXT);
		Json.MAPPER.writeTree(json, glossContext());
		json.writeEndArray();
	}

	/**
	 * The same as {@link #writeContext} for a generator without a pretty printer, from the
	 * context serialised once: JSON Lines repeat it on every line, and writing its tree each time
	 * cost more than the annotation itself.
	 */
	static void writeCompactContext(JsonGenerator json) throws IOException {
		if (json.getPrettyPrinter() != null) {
			writeContext(json);
			return;
		}
		SerializedString context = compactContext;
		if (context == null) {
			StringWriter text = new StringWriter();
			try (JsonGenerator compact = Json.FACTORY.createGenerator(text)) {
				compact.writeStartArray();
				compact.writeString(ANNO_CONTEXT);
				Json.MAPPER.writeTree(compact, glossContext());
				compact.writeEndArray();
			}
			context = new SerializedString(text.toString());
			compactContext = context;
		}
		json.writeFieldName("@context");
		json.writeRawValue(context);
	}

	private static JsonNode glossContext() throws IOException {
		JsonNode context = glossContext;
		if (context == null) {
			try (InputStream in = Json.openResource("/context/" + CONTEXT_FILE)) {
				context = Json.MAPPER.readTree(in).get("@context");
			}
			glossContext = context;
		}
		return context;
	}
}
