/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.gloss.core.corpus.Problem;
import dev.gloss.core.text.OffsetMap;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportPlan;
import dev.gloss.formats.LabelMapping;
import dev.gloss.formats.LabelMapping.Target;
import dev.gloss.formats.Unmapped;
import dev.gloss.formats.internal.ImportedSpans;
import dev.gloss.formats.internal.Json;
import dev.gloss.model.Annotation;

/**
 * Reads JSON Lines as doccano and spaCy/Prodigy write them, and as {@link JsonlFormat} exports them:
 * one document per line with its {@code text} and, by preference, doccano's {@code entities} (with
 * {@code relations}), spaCy's {@code spans}, or doccano's {@code label} triples. Offsets count code
 * points (Python string indices). Each line becomes an article: its path is {@code meta.path}, else
 * a string {@code id}, else the file's name and line number; an article the corpus already has
 * must have the same text. Labels are Gloss's own or mapped ({@link LabelMapping}); relation types
 * {@code source}, {@code location}, {@code count} are Gloss's links.
 */
public final class JsonlImport implements ImportFormat {

	@Override
	public String id() {
		return "jsonl";
	}

	@Override
	public String label() {
		return "JSON Lines (doccano, spaCy, Prodigy)";
	}

	@Override
	public String description() {
		return "One document per line with its text and labelled spans in code points, as doccano, spaCy and "
				+ "Prodigy write them; the articles are added to the corpus.";
	}

	@Override
	public void read(List<Path> sources, Path corpus, ImportOptions options, ImportPlan plan) throws IOException {
		Unmapped unmapped = new Unmapped();
		for (Path source : sources) {
			Path root = source.toAbsolutePath().normalize();
			List<Path> files;
			if (Files.isRegularFile(root)) {
				files = List.of(root);
			} else if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"))
							.sorted().toList();
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
			} else {
				throw new NoSuchFileException(root.toString());
			}
			for (Path file : files) {
				readFile(file, options.labels(), plan, unmapped);
			}
		}
		if (!sources.isEmpty()) {
			unmapped.report(sources.get(0).toAbsolutePath().normalize(), plan);
		}
	}

	private static void readFile(Path file, LabelMapping labels, ImportPlan plan, Unmapped unmapped)
			throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = Json.MAPPER.readTree(line);
				} catch (JsonProcessingException e) {
					plan.problem(Problem.error(file, number, e.getLocation() == null ? 0 : e.getLocation()
							.getColumnNr(), "not JSON: " + e.getOriginalMessage()));
					continue;
				}
				new Line(file, number, node, labels, plan, unmapped).read();
			}
		}
	}

	/** One document. */
	private static final class Line {

		private final Path file;
		private final int number;
		private final JsonNode node;
		private final LabelMapping labels;
		private final ImportPlan plan;
		private final Unmapped unmapped;
		private boolean failed;

		Line(Path file, int number, JsonNode node, LabelMapping labels, ImportPlan plan, Unmapped unmapped) {
			this.file = file;
			this.number = number;
			this.node = node;
			this.labels = labels;
			this.plan = plan;
			this.unmapped = unmapped;
		}

		void read() {
			JsonNode textNode = node.get("text");
			if (textNode == null || !textNode.isTextual()) {
				error("a line needs the document's \"text\"");
				return;
			}
			String text = textNode.asText();
			OffsetMap offsets = OffsetMap.of(text);
			String path = path();
			// Gloss's own ids travel in spaCy-style spans; doccano's entities carry numbers
			Map<String, String> glossIds = new HashMap<>();
			for (JsonNode span : node.path("spans")) {
				if (span.path("id").isTextual()) {
					glossIds.put(span.path("start").asInt() + ":" + span.path("end").asInt() + ":"
							+ span.path("label").asText(), span.path("id").asText());
				}
			}
			List<Annotation> annotations = new ArrayList<>();
			Map<String, Annotation> byEntityId = new HashMap<>();
			if (node.path("entities").isArray()) {
				for (JsonNode entity : node.get("entities")) {
					Annotation annotation = span(text, offsets, path, entity.path("start_offset"),
							entity.path("end_offset"), entity.path("label"), glossIds);
					if (annotation != null) {
						annotations.add(annotation);
						byEntityId.put(entity.path("id").asText(), annotation);
					}
				}
				relations(byEntityId);
			} else if (node.path("spans").isArray()) {
				for (JsonNode span : node.get("spans")) {
					Annotation annotation = span(text, offsets, path, span.path("start"), span.path("end"),
							span.path("label"), glossIds);
					if (annotation != null) {
						annotations.add(annotation);
					}
				}
			} else {
				for (JsonNode triple : node.path("label")) {
					Annotation annotation = triple.isArray() && triple.size() >= 3
							? span(text, offsets, path, triple.get(0), triple.get(1), triple.get(2), glossIds)
							: null;
					if (annotation != null) {
						annotations.add(annotation);
					} else if (!triple.isArray() || triple.size() < 3) {
						error("a label is [start, end, \"LABEL\"]");
					}
				}
			}
			if (!failed) {
				plan.add(new ImportPlan.Document(path, text, file, true, annotations));
			}
		}

		private String path() {
			String path = node.path("meta").path("path").asText(null);
			if (path == null && node.path("id").isTextual()) {
				path = node.get("id").asText();
			}
			if (path == null || path.isBlank()) {
				String name = file.getFileName().toString();
				path = name.substring(0, name.length() - ".jsonl".length()) + "/" + number + ".txt";
			}
			return path.replace('\\', '/');
		}

		private Annotation span(String text, OffsetMap offsets, String path, JsonNode start, JsonNode end,
				JsonNode labelNode, Map<String, String> glossIds) {
			String label = labelNode.asText();
			Optional<Target> target = labels.target(label);
			if (target.isEmpty()) {
				unmapped.span(label);
				return null;
			}
			if (target.get() == Target.IGNORE) {
				return null;
			}
			if (target.get().type().isEmpty()) {
				error("'" + label + "' is a span label, but it is mapped to the claim link "
						+ LabelMapping.name(target.get()));
				return null;
			}
			if (!start.canConvertToInt() || !end.canConvertToInt()) {
				error("the span '" + label + "' needs whole-number offsets");
				return null;
			}
			int from = start.asInt();
			int to = end.asInt();
			if (from < 0 || from > to || to > offsets.codePointLength()) {
				error("the span '" + label + "' at " + from + ".." + to + " is outside the text (0.."
						+ offsets.codePointLength() + " code points)");
				return null;
			}
			String id = ImportedSpans.id(glossIds.get(from + ":" + to + ":" + label), path, from, to, label);
			return ImportedSpans.create(target.get(), offsets.toUtf16(from), offsets.toUtf16(to), id);
		}

		private void relations(Map<String, Annotation> byEntityId) {
			for (JsonNode relation : node.path("relations")) {
				String type = relation.path("type").asText();
				Optional<Target> target = labels.target(type);
				if (target.isEmpty()) {
					target = switch (type) {
						case "source" -> Optional.of(Target.SOURCES);
						case "location" -> Optional.of(Target.LOCATIONS);
						case "count" -> Optional.of(Target.COUNTS);
						default -> Optional.empty();
					};
				}
				if (target.isEmpty()) {
					unmapped.relation(type);
					continue;
				}
				if (target.get() == Target.IGNORE) {
					continue;
				}
				if (!target.get().isLink()) {
					error("'" + type + "' is a relation type, but it is mapped to the type "
							+ LabelMapping.name(target.get()));
					continue;
				}
				Annotation from = byEntityId.get(relation.path("from_id").asText());
				Annotation to = byEntityId.get(relation.path("to_id").asText());
				if (from == null || to == null) {
					continue; // a span left out (unmapped or ignored): its relations go with it
				}
				String why = ImportedSpans.link(target.get(), from, to);
				if (why != null) {
					plan.problem(Problem.warning(file, number, 0, "skipped: relation " + type + " " + why));
				}
			}
		}

		private void error(String message) {
			plan.problem(Problem.error(file, number, 0, message));
			failed = true;
		}
	}
}
