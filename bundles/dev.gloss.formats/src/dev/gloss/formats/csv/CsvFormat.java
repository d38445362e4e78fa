/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.Enumerator;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
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
 * CSV (RFC 4180: comma, double quotes, CRLF between records, UTF-8 without byte order mark):
 * {@code annotations.csv}, one row per annotation with every attribute, the document path, the
 * offsets in both UTF-16 units (Java, .NET, JavaScript, Eclipse) and code points (Python, R), and
 * a claim's links as space-separated ids. Empty cells are values not set.
 */
public final class CsvFormat implements ExportFormat {

	public static final String FILE = "annotations.csv";

	public static final List<String> COLUMNS = List.of("document", "id", "type", "begin_utf16", "end_utf16",
			"begin_codepoint", "end_codepoint", "quote", "prefix", "suffix", "status", "creator", "created", "modified",
			"comment", "paraphrase", "certainty", "credibility", "sources", "locations", "counts", "name", "kind",
			"role", "reliability", "country_code", "geonames_id", "latitude", "longitude", "value", "min", "max",
			"qualifier", "unit", "period", "conflicts");

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String label() {
		return "CSV (one row per annotation)";
	}

	@Override
	public String description() {
		return "RFC 4180 CSV with every attribute and offsets in both UTF-16 units and code points; for "
				+ "spreadsheets, R and pandas.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		Writer out = Text.newWriter(folder.resolve(FILE));
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
				.get());
		return new CorpusWriter() {
			@Override
			public List<String> write(ExportDocument document) throws IOException {
				List<List<String>> rows = new ArrayList<>(document.annotations().size());
				for (Annotation annotation : document.annotations()) {
					rows.add(row(document, annotation));
				}
				for (List<String> row : rows) {
					csv.printRecord(row);
				}
				return List.of();
			}

			@Override
			public void close() throws IOException {
				csv.close(true);
			}
		};
	}

	static List<String> row(ExportDocument document, Annotation annotation) throws IOException {
		int begin = annotation.getBegin();
		int end = annotation.getEnd();
		int cpBegin = Spans.codePoint(document, begin);
		int cpEnd = Spans.codePoint(document, end);
		Spans.checkCodePoints(document, annotation, document.text(), cpBegin, cpEnd);
		Spans.checkUtf16(document, annotation, document.text(), begin, end);
		List<String> row = new ArrayList<>(COLUMNS.size());
		row.add(document.path());
		row.add(annotation.getId());
		row.add(AnnotationType.of(annotation).label());
		row.add(Integer.toString(begin));
		row.add(Integer.toString(end));
		row.add(Integer.toString(cpBegin));
		row.add(Integer.toString(cpEnd));
		row.add(annotation.getQuote());
		row.add(annotation.getPrefix());
		row.add(annotation.getSuffix());
		row.add(literal(annotation.getStatus()));
		row.add(annotation.getCreator());
		row.add(Times.iso(annotation.getCreated()));
		row.add(Times.iso(annotation.getModified()));
		row.add(annotation.getComment());
		Claim claim = annotation instanceof Claim c ? c : null;
		row.add(claim == null ? null : claim.getParaphrase());
		row.add(claim == null ? null : literal(claim.getCertainty()));
		row.add(claim == null ? null : string(claim.getCredibility()));
		row.add(claim == null ? null : ids(claim.getSources()));
		row.add(claim == null ? null : ids(claim.getLocations()));
		row.add(claim == null ? null : ids(claim.getCounts()));
		Source source = annotation instanceof Source s ? s : null;
		Location location = annotation instanceof Location l ? l : null;
		row.add(source != null ? source.getName() : location != null ? location.getName() : null);
		row.add(source != null ? literal(source.getKind()) : location != null ? literal(location.getKind()) : null);
		row.add(source == null ? null : source.getRole());
		row.add(source == null ? null : literal(source.getReliability()));
		row.add(location == null ? null : location.getCountryCode());
		row.add(location == null ? null : string(location.getGeonamesId()));
		row.add(location == null ? null : string(location.getLatitude()));
		row.add(location == null ? null : string(location.getLongitude()));
		Count count = annotation instanceof Count n ? n : null;
		row.add(count == null ? null : plain(count.getValue()));
		row.add(count == null ? null : plain(count.getMin()));
		row.add(count == null ? null : plain(count.getMax()));
		row.add(count == null ? null : literal(count.getQualifier()));
		row.add(count == null ? null : count.getUnit());
		row.add(count == null ? null : count.getPeriod());
		row.add(conflicts(annotation.getConflicts()));
		return row;
	}

	private static String conflicts(List<Conflict> conflicts) {
		return conflicts.isEmpty() ? null
				: conflicts.stream().map(c -> c.getFeature() + ": ours=" + c.getOurs() + " theirs=" + c.getTheirs())
						.collect(Collectors.joining("; "));
	}

	private static String ids(List<? extends Annotation> annotations) {
		return annotations.stream().map(Annotation::getId).collect(Collectors.joining(" "));
	}

	private static String literal(Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}
}
