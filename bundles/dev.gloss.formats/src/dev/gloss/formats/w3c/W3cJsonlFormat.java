/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.w3c;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.internal.Json;
import dev.gloss.model.Annotation;

/**
 * W3C Web Annotations as JSON Lines: {@code annotations.jsonl}, one complete JSON-LD annotation
 * (with its own {@code @context}) per line, plus a copy of the Gloss context.
 */
public final class W3cJsonlFormat implements ExportFormat {

	public static final String FILE = "annotations.jsonl";

	@Override
	public String id() {
		return "w3c-jsonl";
	}

	@Override
	public String label() {
		return "W3C Web Annotation (JSON Lines)";
	}

	@Override
	public String description() {
		return "One W3C annotation per line, each a complete JSON-LD document; for streaming tools and "
				+ "databases that load line by line.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		Json.copyResource("/context/" + W3c.CONTEXT_FILE, folder.resolve(W3c.CONTEXT_FILE));
		OutputStream out = Json.newFile(folder.resolve(FILE));
		// one generator for the whole file: a line is one root value, ended by a line feed
		JsonGenerator json = Json.compact(out);
		json.setRootValueSeparator(null);
		return new CorpusWriter() {
			@Override
			public List<String> write(ExportDocument document) throws IOException {
				for (Annotation annotation : document.annotations()) {
					AnnotationJson.check(document, annotation);
				}
				for (Annotation annotation : document.annotations()) {
					AnnotationJson.write(json, document, annotation, true);
					json.writeRaw('\n');
				}
				return List.of();
			}

			@Override
			public void close() throws IOException {
				try (out) {
					json.close();
				}
			}
		};
	}
}
