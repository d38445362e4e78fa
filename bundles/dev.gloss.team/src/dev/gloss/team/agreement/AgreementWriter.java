/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.gloss.team.agreement.AgreementReport.Row;

/** Writes an {@link AgreementReport} as a table for people, or as CSV or JSON for tools. */
public final class AgreementWriter {

	private static final String[] CSV_HEADER = { "type", "annotator_a", "annotator_b", "units", "exact_matched",
			"exact_precision", "exact_recall", "exact_f1", "overlap_matched", "overlap_precision", "overlap_recall",
			"overlap_f1", "kappa_tokens", "alpha_unitizing" };

	private AgreementWriter() {
	}

	public static void table(AgreementReport report, PrintStream out) {
		out.printf(Locale.ROOT, "Agreement between %s: %d document(s), %d characters, %d tokens%n",
				String.join(", ", report.annotators()), report.documents(), report.length(), report.tokens());
		for (String note : report.notes()) {
			out.println("  note: " + note);
		}
		out.println();
		String unitsHeader = "units (" + String.join("/", report.annotators()) + ")";
		int unitsWidth = Math.max(unitsHeader.length(), 12);
		String format = "%-9s %-" + unitsWidth + "s  %-19s  %-19s  %7s  %7s%n";
		out.printf(Locale.ROOT, format, "type", unitsHeader, "exact   P    R    F1", "overlap P    R    F1", "kappa",
				"alpha_U");
		for (Row row : report.rows()) {
			out.printf(Locale.ROOT, format, row.type(), units(row), scores(row.exact()), scores(row.overlap()),
					number(row.kappa()), number(row.alpha()));
		}
		if (report.annotators().size() > 2) {
			out.println();
			out.println("pairs (first annotator as the reference):");
			String pairFormat = "%-9s %-25s %-12s  %-19s  %-19s  %7s%n";
			for (Row row : report.pairs()) {
				out.printf(Locale.ROOT, pairFormat, row.type(), row.reference() + " / " + row.response(), units(row),
						scores(row.exact()), scores(row.overlap()), number(row.kappa()));
			}
		}
		out.println();
		out.println("P/R/F1: the first annotator's units as the reference; F1 = 2 matched / (units of both).");
		out.println("kappa: Cohen's kappa on tokens covered or not by a unit of the type (mean over pairs).");
		out.println("alpha_U: Krippendorff's alpha for unitizing, over the characters of all documents.");
	}

	public static void csv(AgreementReport report, Appendable out) throws IOException {
		// not closed: that would close the caller's stream
		@SuppressWarnings("resource")
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
		List<Row> rows = new ArrayList<>(report.rows());
		if (report.annotators().size() > 2) {
			rows.addAll(report.pairs());
		}
		for (Row row : rows) {
			printer.printRecord(row.type(), row.reference() == null ? "" : row.reference(),
					row.response() == null ? "" : row.response(),
					row.units().stream().map(String::valueOf).collect(Collectors.joining("/")), row.exact().matched(),
					csvNumber(row.exact().precision()), csvNumber(row.exact().recall()), csvNumber(row.exact().f1()),
					row.overlap().matched(), csvNumber(row.overlap().precision()), csvNumber(row.overlap().recall()),
					csvNumber(row.overlap().f1()), csvNumber(row.kappa()), csvNumber(row.alpha()));
		}
		printer.flush();
	}

	public static void json(AgreementReport report, Writer out) throws IOException {
		try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
			json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller's stream stays open
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeArrayFieldStart("annotators");
			for (String annotator : report.annotators()) {
				json.writeString(annotator);
			}
			json.writeEndArray();
			json.writeNumberField("documents", report.documents());
			json.writeNumberField("characters", report.length());
			json.writeNumberField("tokens", report.tokens());
			json.writeArrayFieldStart("types");
			for (Row row : report.rows()) {
				writeRow(json, row);
			}
			json.writeEndArray();
			json.writeArrayFieldStart("pairs");
			for (Row row : report.pairs()) {
				writeRow(json, row);
			}
			json.writeEndArray();
			json.writeArrayFieldStart("notes");
			for (String note : report.notes()) {
				json.writeString(note);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	/** JSON has no NaN: undefined values are written as null. */
	private static void writeRow(JsonGenerator json, Row row) throws IOException {
		json.writeStartObject();
		json.writeStringField("type", row.type());
		if (row.reference() != null) {
			json.writeStringField("reference", row.reference());
			json.writeStringField("response", row.response());
		}
		json.writeArrayFieldStart("units");
		for (int count : row.units()) {
			json.writeNumber(count);
		}
		json.writeEndArray();
		writeScores(json, "exact", row.exact());
		writeScores(json, "overlap", row.overlap());
		writeNumber(json, "kappa", row.kappa());
		writeNumber(json, "alphaUnitizing", row.alpha());
		json.writeEndObject();
	}

	private static void writeScores(JsonGenerator json, String name, Scores scores) throws IOException {
		json.writeObjectFieldStart(name);
		json.writeNumberField("matched", scores.matched());
		writeNumber(json, "precision", scores.precision());
		writeNumber(json, "recall", scores.recall());
		writeNumber(json, "f1", scores.f1());
		json.writeEndObject();
	}

	private static void writeNumber(JsonGenerator json, String name, double value) throws IOException {
		if (Double.isNaN(value)) {
			json.writeNullField(name);
		} else {
			json.writeNumberField(name, value);
		}
	}

	private static String units(Row row) {
		return row.units().stream().map(String::valueOf).collect(Collectors.joining("/"));
	}

	private static String scores(Scores scores) {
		return number(scores.precision()) + " " + number(scores.recall()) + " " + number(scores.f1());
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "  n/a" : String.format(Locale.ROOT, "%5.3f", value);
	}

	private static String csvNumber(double value) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
	}
}
