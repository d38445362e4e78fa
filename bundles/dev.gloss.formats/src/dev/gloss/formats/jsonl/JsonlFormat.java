/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.jsonl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.internal.Json;
import dev.gloss.formats.internal.Spans;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;

/**
 * JSON Lines for machine learning tools: {@code corpus.jsonl}, one document per line, offsets in
 * code points (Python string indices):
 * <ul>
 * <li>{@code text}: the article;</li>
 * <li>{@code label}: {@code [[start, end, "Claim"], ...]}, doccano's sequence labelling import;</li>
 * <li>{@code spans}: {@code [{"start", "end", "label", "id"}]}, as spaCy and Prodigy write spans;</li>
 * <li>{@code entities} and {@code relations}: doccano's relation extraction import, with a
 * claim's links to its sources, places and numbers;</li>
 * <li>{@code meta}: the document path.</li>
 * </ul>
 */
public final class JsonlFormat implements ExportFormat {

	public static final String FILE = "corpus.jsonl";

	@Override
	public String id() {
		return "jsonl";
	}

	@Override
	public String label() {
		return "JSON Lines for spaCy and doccano";
	}

	@Override
	public String description() {
		return "One document per line with its text and labelled spans in code points (doccano, spaCy, "
				+ "Prodigy), claim links as doccano relations.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		OutputStream out = Json.newFile(folder.resolve(FILE));
		return new CorpusWriter() {
			@Override
			public List<String> write(ExportDocument document) throws IOException {
				List<Annotation> annotations = document.annotations();
				int[] starts = new int[annotations.size()];
				int[] ends = new int[annotations.size()];
				Map<String, Integer> index = new HashMap<>();
				for (int i = 0; i < annotations.size(); i++) {
					Annotation annotation = annotations.get(i);
					starts[i] = Spans.codePoint(document, annotation.getBegin());
					ends[i] = Spans.codePoint(document, annotation.getEnd());
					Spans.checkCodePoints(document, annotation, document.text(), starts[i], ends[i]);
					index.put(annotation.getId(), i + 1);
				}
				try (JsonGenerator json = Json.compact(out)) {
					json.writeStartObject();
					json.writeStringField("id", document.path());
					json.writeStringField("text", document.text());
					json.writeArrayFieldStart("label");
					for (int i = 0; i < annotations.size(); i++) {
						json.writeStartArray();
						json.writeNumber(starts[i]);
						json.writeNumber(ends[i]);
						json.writeString(label(annotations.get(i)));
						json.writeEndArray();
					}
					json.writeEndArray();
					json.writeArrayFieldStart("spans");
					for (int i = 0; i < annotations.size(); i++) {
						json.writeStartObject();
						json.writeNumberField("start", starts[i]);
						json.writeNumberField("end", ends[i]);
						json.writeStringField("label", label(annotations.get(i)));
						json.writeStringField("id", annotations.get(i).getId());
						json.writeEndObject();
					}
					json.writeEndArray();
					json.writeArrayFieldStart("entities");
					for (int i = 0; i < annotations.size(); i++) {
						json.writeStartObject();
						json.writeNumberField("id", i + 1);
						json.writeStringField("label", label(annotations.get(i)));
						json.writeNumberField("start_offset", starts[i]);
						json.writeNumberField("end_offset", ends[i]);
						json.writeEndObject();
					}
					json.writeEndArray();
					json.writeArrayFieldStart("relations");
					int relation = 0;
					for (int i = 0; i < annotations.size(); i++) {
						if (annotations.get(i) instanceof Claim claim) {
							relation = relations(json, relation, i + 1, "source", claim.getSources(), index);
							relation = relations(json, relation, i + 1, "location", claim.getLocations(), index);
							relation = relations(json, relation, i + 1, "count", claim.getCounts(), index);
						}
					}
					json.writeEndArray();
					json.writeObjectFieldStart("meta");
					json.writeStringField("path", document.path());
					json.writeStringField("source", document.source().toString());
					json.writeEndObject();
					json.writeEndObject();
				}
				out.write('\n');
				return List.of();
			}

			@Override
			public void close() throws IOException {
				out.close();
			}
		};
	}

	private static String label(Annotation annotation) {
		return AnnotationType.of(annotation).label();
	}

	private static int relations(JsonGenerator json, int relation, int from, String type,
			List<? extends Annotation> targets, Map<String, Integer> index) throws IOException {
		int id = relation;
		for (Annotation target : targets) {
			Integer to = index.get(target.getId());
			if (to != null) {
				json.writeStartObject();
				json.writeNumberField("id", ++id);
				json.writeNumberField("from_id", from);
				json.writeNumberField("to_id", to);
				json.writeStringField("type", type);
				json.writeEndObject();
			}
		}
		return id;
	}
}
