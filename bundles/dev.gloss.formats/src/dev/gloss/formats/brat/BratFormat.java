/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.brat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportException;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.internal.Json;
import dev.gloss.formats.internal.Spans;
import dev.gloss.formats.internal.Text;
import dev.gloss.formats.internal.Times;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * brat standoff: for each article its text ({@code .txt}, UTF-8, line ends as in the article, with
 * the article's byte order mark if it has one: brat counts the mark as the text's first character,
 * so every offset of such a file is one more than in Gloss) and its annotations ({@code .ann}): T lines for the spans, R lines for a
 * claim's links to its sources, places and numbers, A lines for the categorical attributes, and
 * # notes for the rest (the comment as brat's AnnotatorNotes, other values as "Gloss" notes of
 * one {@code key=value} each, with \\ \n \r \t escaped). {@code annotation.conf} and
 * {@code visual.conf} at the top let brat display and edit the export.
 *
 * <p>Offsets count code points, as brat's server does (it reads the text as a Python string);
 * with {@link ExportOptions#utf16Offsets()} they count UTF-16 units, as DKPro Core and INCEpTION
 * do. A span that crosses line breaks is written as fragments ({@code 10 20;21 30}), since a T
 * line's text cannot hold a line break; fragments joined with a space give the T line's text.
 */
public final class BratFormat implements ExportFormat {

	@Override
	public String id() {
		return "brat";
	}

	@Override
	public String label() {
		return "brat standoff (.txt + .ann)";
	}

	@Override
	public String description() {
		return "Text and .ann files with annotation.conf, for brat, INCEpTION and DKPro Core; offsets in code "
				+ "points (brat) or UTF-16 units (option).";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		Text.write(folder.resolve("annotation.conf"), BratConfig.annotationConf());
		Text.write(folder.resolve("visual.conf"), BratConfig.visualConf());
		return new CorpusWriter() {
			/** The folder the last document went to: 10,000 documents need not ask for it 20,000 times. */
			private Path lastFolder;

			@Override
			public List<String> write(ExportDocument document) throws IOException {
				String ann = annotations(document, options.utf16Offsets());
				Path text = folder.resolve(Brat.textFile(document.path()));
				Path parent = text.toAbsolutePath().getParent();
				if (!parent.equals(lastFolder)) {
					Files.createDirectories(parent);
					lastFolder = parent;
				}
				Text.writeInExistingFolder(text, document.bom() ? BOM + document.text() : document.text());
				Text.writeInExistingFolder(folder.resolve(Brat.annFile(document.path())), ann);
				return List.of();
			}

			@Override
			public void close() {
				// every file is complete when written
			}
		};
	}

	/** The .ann content, checked against the text before anything is written. */
	static String annotations(ExportDocument document, boolean utf16) throws ExportException {
		String text = document.text();
		// brat reads a .txt as plain UTF-8: a byte order mark is its first character, counted by every offset
		int shift = document.bom() ? 1 : 0;
		StringBuilder out = new StringBuilder(document.annotations().size() * 120);
		Map<String, String> tids = new HashMap<>();
		int t = 0;
		for (Annotation annotation : document.annotations()) {
			String tid = "T" + ++t;
			tids.put(annotation.getId(), tid);
			int begin = utf16 ? annotation.getBegin() : Spans.codePoint(document, annotation.getBegin());
			int end = utf16 ? annotation.getEnd() : Spans.codePoint(document, annotation.getEnd());
			if (utf16) {
				Spans.checkUtf16(document, annotation, text, begin, end);
			} else {
				Spans.checkCodePoints(document, annotation, text, begin, end);
			}
			List<int[]> fragments = fragments(text, annotation.getBegin(), annotation.getEnd());
			if (fragments.isEmpty()) {
				throw new ExportException(document.path(), annotation.getId(),
						"brat cannot hold a span of nothing but line breaks");
			}
			StringBuilder offsets = new StringBuilder();
			StringBuilder spanText = new StringBuilder();
			for (int[] fragment : fragments) {
				if (!offsets.isEmpty()) {
					offsets.append(';');
					spanText.append(' ');
				}
				int from = utf16 ? fragment[0] : Spans.codePoint(document, fragment[0]);
				int to = utf16 ? fragment[1] : Spans.codePoint(document, fragment[1]);
				offsets.append(from + shift).append(' ').append(to + shift);
				spanText.append(text, fragment[0], fragment[1]);
			}
			out.append(tid).append('\t').append(AnnotationType.of(annotation).label()).append(' ').append(offsets)
					.append('\t').append(spanText).append('\n');
		}
		int r = 0;
		int a = 0;
		int n = 0;
		for (Annotation annotation : document.annotations()) {
			String tid = tids.get(annotation.getId());
			if (annotation instanceof Claim claim) {
				r = relations(out, r, Brat.HAS_SOURCE, tid, claim.getSources(), tids);
				r = relations(out, r, Brat.HAS_LOCATION, tid, claim.getLocations(), tids);
				r = relations(out, r, Brat.HAS_COUNT, tid, claim.getCounts(), tids);
			}
			a = attributes(out, a, tid, annotation);
			if (annotation.getComment() != null && !annotation.getComment().isEmpty()) {
				note(out, ++n, Brat.ANNOTATOR_NOTES, tid, Text.escape(annotation.getComment()));
			}
			n = notes(out, n, tid, document, annotation);
		}
		return out.toString();
	}

	/** U+FEFF, written as the UTF-8 byte order mark. */
	private static final String BOM = "\uFEFF";

	/** The pieces of a span between line breaks, in UTF-16 offsets. */
	static List<int[]> fragments(String text, int begin, int end) {
		List<int[]> fragments = new ArrayList<>(1);
		int start = begin;
		for (int i = begin; i <= end; i++) {
			if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
				if (i > start) {
					fragments.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		return fragments;
	}

	private static int relations(StringBuilder out, int r, String type, String from, List<? extends Annotation> targets,
			Map<String, String> tids) {
		for (Annotation target : targets) {
			String to = tids.get(target.getId());
			if (to != null) {
				out.append('R').append(++r).append('\t').append(type).append(" Arg1:").append(from).append(" Arg2:")
						.append(to).append('\t').append('\n');
			}
		}
		return r;
	}

	private static void note(StringBuilder out, int n, String type, String tid, String text) {
		out.append('#').append(n).append('\t').append(type).append(' ').append(tid).append('\t').append(text)
				.append('\n');
	}

	/**
	 * Categorical values that differ from the default (brat shows no attribute for the default),
	 * as attribute lines {@code A<n>}; returns the last n.
	 */
	private static int attributes(StringBuilder out, int a, String tid, Annotation annotation) {
		a = enumAttribute(out, a, tid, Brat.STATUS, annotation.getStatus());
		switch (annotation) {
			case Claim claim -> {
				a = enumAttribute(out, a, tid, Brat.CERTAINTY, claim.getCertainty());
				if (claim.getCredibility() != null) {
					a = attribute(out, a, tid, Brat.CREDIBILITY, claim.getCredibility().toString());
				}
			}
			case Source source -> {
				a = enumAttribute(out, a, tid, Brat.SOURCE_KIND, source.getKind());
				a = enumAttribute(out, a, tid, Brat.RELIABILITY, source.getReliability());
			}
			case Location location -> a = enumAttribute(out, a, tid, Brat.LOCATION_KIND, location.getKind());
			case Count count -> a = enumAttribute(out, a, tid, Brat.QUALIFIER, count.getQualifier());
			default -> {
			}
		}
		return a;
	}

	private static int enumAttribute(StringBuilder out, int a, String tid, String name, Enumerator value) {
		return value != null && value.getValue() != 0 ? attribute(out, a, tid, name, value.getLiteral()) : a;
	}

	private static int attribute(StringBuilder out, int a, String tid, String name, String value) {
		out.append('A').append(++a).append('\t').append(name).append(' ').append(tid).append(' ').append(value)
				.append('\n');
		return a;
	}

	/**
	 * Free-text values, by Gloss attribute name, as {@code GlossNote} lines {@code #<n>} of
	 * {@code name=value}; returns the last n.
	 */
	private static int notes(StringBuilder out, int n, String tid, ExportDocument document, Annotation annotation)
			throws ExportException {
		n = value(out, n, tid, "id", annotation.getId());
		n = put(out, n, tid, "creator", annotation.getCreator());
		n = put(out, n, tid, "created", Times.iso(annotation.getCreated()));
		n = put(out, n, tid, "modified", Times.iso(annotation.getModified()));
		switch (annotation) {
			case Claim claim -> n = put(out, n, tid, "paraphrase", claim.getParaphrase());
			case Source source -> {
				n = put(out, n, tid, "name", source.getName());
				n = put(out, n, tid, "role", source.getRole());
			}
			case Location location -> {
				n = put(out, n, tid, "name", location.getName());
				n = put(out, n, tid, "countryCode", location.getCountryCode());
				n = put(out, n, tid, "geonamesId", location.getGeonamesId());
				n = put(out, n, tid, "latitude", location.getLatitude());
				n = put(out, n, tid, "longitude", location.getLongitude());
			}
			case Count count -> {
				n = put(out, n, tid, "value", plain(count.getValue()));
				n = put(out, n, tid, "min", plain(count.getMin()));
				n = put(out, n, tid, "max", plain(count.getMax()));
				n = put(out, n, tid, "unit", count.getUnit());
				n = put(out, n, tid, "period", count.getPeriod());
			}
			default -> {
			}
		}
		if (!annotation.getConflicts().isEmpty()) {
			List<Map<String, String>> conflicts = new ArrayList<>();
			for (Conflict conflict : annotation.getConflicts()) {
				Map<String, String> values = new java.util.LinkedHashMap<>();
				put(values, "feature", conflict.getFeature());
				put(values, "base", conflict.getBase());
				put(values, "ours", conflict.getOurs());
				put(values, "theirs", conflict.getTheirs());
				put(values, "theirsCreator", conflict.getTheirsCreator());
				conflicts.add(values);
			}
			try {
				n = value(out, n, tid, "conflicts", Json.MAPPER.writeValueAsString(conflicts));
			} catch (JsonProcessingException e) {
				throw new ExportException(document.path(), annotation.getId(), "cannot write its conflicts: " + e);
			}
		}
		return n;
	}

	/** A note for a value that is set (not null, not empty). */
	private static int put(StringBuilder out, int n, String tid, String key, Object value) {
		String text = value == null ? null : value.toString();
		return text == null || text.isEmpty() ? n : value(out, n, tid, key, text);
	}

	private static int value(StringBuilder out, int n, String tid, String key, String value) {
		out.append('#').append(++n).append('\t').append(Brat.GLOSS_NOTE).append(' ').append(tid).append('\t')
				.append(key).append('=').append(Text.escape(value)).append('\n');
		return n;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static void put(Map<String, String> map, String key, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			map.put(key, value.toString());
		}
	}

}
