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
 * W3C Web Annotation as JSON-LD: {@code collection.jsonld}, an AnnotationCollection, and its
 * AnnotationPages {@code page-1.jsonld}, {@code page-2.jsonld}, ... of at most
 * {@link ExportOptions#pageSize()} annotations each, linked by first/last/next/prev/partOf, plus a
 * copy of the Gloss context. Pages are streamed: a page is open while it fills, and learns its
 * {@code next} when the first annotation of the following page arrives.
 */
public final class W3cFormat implements ExportFormat {

	public static final String COLLECTION = "collection.jsonld";

	@Override
	public String id() {
		return "w3c";
	}

	@Override
	public String label() {
		return "W3C Web Annotation (JSON-LD collection)";
	}

	@Override
	public String description() {
		return "An AnnotationCollection in pages, with text quote and position selectors and the Gloss JSON-LD "
				+ "context; read by JSON-LD processors and W3C annotation tools.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		Json.copyResource("/context/" + W3c.CONTEXT_FILE, folder.resolve(W3c.CONTEXT_FILE));
		return new Writer(folder, options);
	}

	static String pageName(int page) {
		return "page-" + page + ".jsonld";
	}

	private static final class Writer implements CorpusWriter {

		private final Path folder;
		private final ExportOptions options;
		private final String base;
		private OutputStream pageOut;
		private JsonGenerator page;
		private int pages;
		private int inPage;
		private long total;

		Writer(Path folder, ExportOptions options) {
			this.folder = folder;
			this.options = options;
			String iri = options.exportIri() == null ? "" : options.exportIri().toString();
			this.base = iri.isEmpty() || iri.endsWith("/") ? iri : iri + "/";
		}

		@Override
		public List<String> write(ExportDocument document) throws IOException {
			for (Annotation annotation : document.annotations()) {
				AnnotationJson.check(document, annotation);
			}
			for (Annotation annotation : document.annotations()) {
				if (page == null || inPage == options.pageSize()) {
					nextPage();
				}
				AnnotationJson.write(page, document, annotation, false);
				inPage++;
				total++;
			}
			return List.of();
		}

		private void nextPage() throws IOException {
			if (page != null) {
				closePage(true);
			}
			pages++;
			inPage = 0;
			pageOut = Json.newFile(folder.resolve(pageName(pages)));
			page = Json.pretty(pageOut);
			page.writeStartObject();
			writeContext(page);
			page.writeStringField("id", base + pageName(pages));
			page.writeStringField("type", "AnnotationPage");
			page.writeStringField("partOf", base + COLLECTION);
			page.writeNumberField("startIndex", total);
			if (pages > 1) {
				page.writeStringField("prev", base + pageName(pages - 1));
			}
			page.writeArrayFieldStart("items");
		}

		private void closePage(boolean hasNext) throws IOException {
			page.writeEndArray();
			if (hasNext) {
				page.writeStringField("next", base + pageName(pages + 1));
			}
			page.writeEndObject();
			page.close();
			pageOut.write('\n');
			pageOut.close();
			page = null;
		}

		@Override
		public void close() throws IOException {
			if (page != null) {
				closePage(false);
			}
			try (OutputStream out = Json.newFile(folder.resolve(COLLECTION)); JsonGenerator json = Json.pretty(out)) {
				json.writeStartObject();
				writeContext(json);
				json.writeStringField("id", base + COLLECTION);
				json.writeStringField("type", "AnnotationCollection");
				json.writeStringField("label", "Gloss annotations");
				json.writeNumberField("total", total);
				if (pages > 0) {
					json.writeStringField("first", base + pageName(1));
					json.writeStringField("last", base + pageName(pages));
				}
				json.writeObjectFieldStart("generator");
				json.writeStringField("id", "https://gloss.dev/");
				json.writeStringField("type", "Software");
				json.writeStringField("name", "Gloss");
				json.writeEndObject();
				json.writeStringField("generated", options.generated().toString());
				json.writeEndObject();
				json.flush();
				out.write('\n');
			}
		}

		private static void writeContext(JsonGenerator json) throws IOException {
			W3c.writeContext(json);
		}
	}
}
