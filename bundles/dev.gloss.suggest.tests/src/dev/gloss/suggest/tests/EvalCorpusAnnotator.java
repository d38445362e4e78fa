// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;

/**
 * Writes the evaluation corpus ({@code eval-corpus/}) from its marked-up sources
 * ({@code eval-corpus-src/}): short reports written for Gloss, annotated by hand in the markup
 * {@code [L|place]}, {@code [N|count|v=300;q=about;u=trucks;p=a day]} (or {@code min=}/{@code max=};
 * a range without max is open), {@code [S#id|source|kind]} and {@code [C>id,id|claim]} (linked to
 * those sources and to the places and counts inside it). Marks nest. Run {@link #main} after
 * changing a source; a test checks that the shipped corpus is what this writes.
 */
public final class EvalCorpusAnnotator {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

	private record Mark(char type, String id, List<String> links, String attributes, int begin, int end) {
	}

	private EvalCorpusAnnotator() {
	}

	/** {@code EvalCorpusAnnotator SOURCE_FOLDER CORPUS_FOLDER} */
	public static void main(String[] args) throws IOException {
		write(Path.of(args[0]), Path.of(args[1]));
	}

	static void write(Path sources, Path corpusFolder) throws IOException {
		Files.createDirectories(corpusFolder);
		List<Path> files;
		try (Stream<Path> list = Files.list(sources)) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		Map<String, List<Mark>> marks = new HashMap<>();
		for (Path file : files) {
			StringBuilder text = new StringBuilder();
			List<Mark> found = new ArrayList<>();
			String markup = Files.readString(file, StandardCharsets.UTF_8);
			int end = parse(markup, 0, text, found, file);
			if (end != markup.length()) {
				throw new IllegalArgumentException(file + ": unbalanced ']' at " + end);
			}
			String name = file.getFileName().toString();
			Files.writeString(corpusFolder.resolve(name), text, StandardCharsets.UTF_8);
			Files.deleteIfExists(corpusFolder.resolve(name + ".gloss"));
			marks.put(name, found);
		}
		Corpus corpus = Corpus.open(corpusFolder).withCreator("gloss-eval").withClock(CLOCK);
		for (Map.Entry<String, List<Mark>> entry : marks.entrySet()) {
			annotate(corpus, entry.getKey(), entry.getValue());
		}
	}

	/** Copies text to {@code out} up to an unmatched ']' (returned) or the end; collects marks. */
	private static int parse(String markup, int from, StringBuilder out, List<Mark> marks, Path file) {
		int i = from;
		while (i < markup.length()) {
			char c = markup.charAt(i);
			if (c == ']') {
				return i;
			}
			if (c == '[' && i + 2 < markup.length() && "LNSC".indexOf(markup.charAt(i + 1)) >= 0
					&& "|#>".indexOf(markup.charAt(i + 2)) >= 0) {
				int bar = markup.indexOf('|', i);
				String head = markup.substring(i + 1, bar);
				char type = head.charAt(0);
				String id = head.contains("#") ? head.substring(head.indexOf('#') + 1) : null;
				List<String> links = head.contains(">") ? List.of(head.substring(head.indexOf('>') + 1).split(","))
						: List.of();
				int begin = out.length();
				int close = parse(markup, bar + 1, out, marks, file);
				if (close >= markup.length()) {
					throw new IllegalArgumentException(file + ": unclosed mark at " + i);
				}
				// attributes: the text after the last '|' inside this mark, at this level
				String inner = out.substring(begin);
				String attributes = "";
				int lastBar = inner.lastIndexOf('|');
				if (lastBar >= 0) {
					attributes = inner.substring(lastBar + 1);
					out.setLength(begin + lastBar);
				}
				marks.add(new Mark(type, id, links, attributes, begin, out.length()));
				i = close + 1;
				continue;
			}
			out.append(c);
			i++;
		}
		return i;
	}

	private static void annotate(Corpus corpus, String name, List<Mark> marks) throws IOException {
		CorpusDocument document = corpus.open(corpus.article(name));
		String text = document.text().text();
		Map<String, Source> sources = new HashMap<>();
		Map<Mark, Annotation> made = new HashMap<>();
		for (Mark mark : marks) {
			AnnotationType type = switch (mark.type) {
			case 'L' -> AnnotationType.LOCATION;
			case 'N' -> AnnotationType.COUNT;
			case 'S' -> AnnotationType.SOURCE;
			default -> AnnotationType.CLAIM;
			};
			Annotation annotation = document.add(type, mark.begin, mark.end);
			annotation.setId(UUID.nameUUIDFromBytes((name + "#" + type + "#" + mark.begin + "#" + mark.end)
					.getBytes(StandardCharsets.UTF_8)).toString());
			String quote = text.substring(mark.begin, mark.end);
			if (annotation instanceof Location location) {
				location.setName(quote);
			} else if (annotation instanceof Source source) {
				source.setName(quote);
				if (!mark.attributes.isEmpty()) {
					source.setKind(SourceKind.get(mark.attributes));
				}
				sources.put(mark.id, source);
			} else if (annotation instanceof Count count) {
				count(count, mark.attributes);
			}
			made.put(mark, annotation);
		}
		for (Mark mark : marks) {
			if (made.get(mark) instanceof Claim claim) {
				for (String link : mark.links) {
					Source source = sources.get(link);
					if (source == null) {
						throw new IllegalArgumentException(name + ": claim links to unknown source " + link);
					}
					claim.getSources().add(source);
				}
				for (Mark inner : marks) {
					Annotation other = made.get(inner);
					if (inner.begin >= mark.begin && inner.end <= mark.end) {
						if (other instanceof Location location) {
							claim.getLocations().add(location);
						} else if (other instanceof Count count) {
							claim.getCounts().add(count);
						}
					}
				}
			}
		}
		document.save();
	}

	private static void count(Count count, String attributes) {
		count.setQualifier(Qualifier.EXACT);
		for (String pair : attributes.split(";")) {
			if (pair.isBlank()) {
				continue;
			}
			String key = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			switch (key) {
			case "v" -> count.setValue(new BigDecimal(value));
			case "min" -> count.setMin(new BigDecimal(value));
			case "max" -> count.setMax(new BigDecimal(value));
			case "q" -> count.setQualifier(Qualifier.get(value));
			case "u" -> count.setUnit(value);
			case "p" -> count.setPeriod(value);
			default -> throw new IllegalArgumentException("unknown count attribute " + key);
			}
		}
	}
}
