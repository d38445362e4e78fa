/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson set up the same way for every JSON format: UTF-8, LF line ends whatever the platform. */
public final class Json {

	public static final ObjectMapper MAPPER = new ObjectMapper();
	public static final JsonFactory FACTORY = MAPPER.getFactory();

	private Json() {
	}

	/** A generator for one line of JSONL: compact, and the caller writes the line end. */
	public static JsonGenerator compact(OutputStream out) throws IOException {
		JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
		json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		return json;
	}

	/** An indented generator, for files people also read. */
	public static JsonGenerator pretty(OutputStream out) throws IOException {
		JsonGenerator json = compact(out);
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
		return json;
	}

	/** Copies a resource of this bundle (a JSON-LD context) into an export. */
	public static void copyResource(String resource, Path target) throws IOException {
		try (InputStream in = Json.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("resource missing from dev.gloss.formats: " + resource);
			}
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	public static InputStream openResource(String resource) throws IOException {
		InputStream in = Json.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IOException("resource missing from dev.gloss.formats: " + resource);
		}
		return in;
	}

	public static OutputStream newFile(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
	}
}
