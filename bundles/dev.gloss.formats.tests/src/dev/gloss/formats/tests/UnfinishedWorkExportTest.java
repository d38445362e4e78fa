/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossStore;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.internal.Json;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Count;
import dev.gloss.model.Location;

/**
 * A corpus still being annotated: a count without a number (as imported from a tool that has
 * none), a place with no name or coordinates. Every format exports it as it is with warnings, the
 * third-party readers read it back, {@code --strict} refuses it, and only a span that does not
 * match its text still blocks the document.
 */
class UnfinishedWorkExportTest {

	/** "42 barges" and "at least 15 trucks", without their numbers. */
	private static final String BARGES = "00000000-0000-4000-8000-000000000004";
	private static final String TRUCKS = "00000000-0000-4000-8000-000000000014";

	@TempDir
	Path temp;

	private Path halfAnnotated() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		edit(corpus.resolve(Fixtures.FERRY), document -> {
			Count barges = (Count) find(document, BARGES);
			barges.setValue(null);
			barges.setUnit(null);
			Location dandong = (Location) find(document, "00000000-0000-4000-8000-000000000002");
			dandong.setName(null);
			dandong.setLatitude(null);
			dandong.setLongitude(null);
		});
		edit(corpus.resolve(Fixtures.ROAD), document -> ((Count) find(document, TRUCKS)).setMin(null));
		return corpus;
	}

	private interface Edit {
		void apply(AnnotatedDocument document);
	}

	private static void edit(Path article, Edit edit) throws IOException {
		GlossStore store = new GlossStore();
		Path file = GlossStore.annotationFileOf(article);
		AnnotatedDocument document = store.load(file);
		edit.apply(document);
		store.save(document, file);
	}

	private static Annotation find(AnnotatedDocument document, String id) {
		return document.getAnnotations().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "w3c", "w3c-jsonl", "brat", "csv", "jsonl", "conll", "xmi", "geojson" })
	void everyFormatExportsItAsItIsWithWarnings(String format) throws IOException {
		Path corpus = halfAnnotated();
		Path out = temp.resolve(format);
		ExportResult result = Exports.export(format, corpus, out);
		assertTrue(result.written(), () -> result.problems().toString());
		assertFalse(result.hasErrors(), () -> result.problems().toString());
		assertEquals(2, result.documents());
		assertEquals(16, result.annotations());
		List<String> warnings = result.problems().stream().map(Problem::toString).toList();
		assertTrue(warnings.stream().anyMatch(w -> w.contains("ferry-crlf-bom.txt") && w.contains("warning: Count "
				+ "'42 barges'") && w.contains("a count needs a value or a range") && w.endsWith("(exported as it is)")),
				warnings.toString());
		assertTrue(warnings.stream().anyMatch(w -> w.contains("'at least 15 trucks'")), warnings.toString());
	}

	@Test
	void strictTurnsTheWarningsIntoErrorsAndWritesNothing() throws IOException {
		Path corpus = halfAnnotated();
		Path out = temp.resolve("strict");
		ExportResult result = new dev.gloss.formats.CorpusExport(Formats.export("csv").orElseThrow(),
				Exports.options()).strict(true).run(List.of(corpus), out);
		assertFalse(result.written());
		assertTrue(result.hasErrors());
		assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR
				&& p.message().contains("a count needs a value")), result.problems().toString());
		assertFalse(Files.exists(out));
	}

	@Test
	void theCommandLineExportsUnfinishedWorkAndFailsOnItOnlyWhenStrict() throws IOException {
		Path corpus = halfAnnotated();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		dev.gloss.cli.Main gloss = new dev.gloss.cli.Main(new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
				new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, gloss.run("export", "--format=w3c", "--out", temp.resolve("ci").toString(), corpus.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: Count '42 barges'"), err.toString());
		err.reset();
		assertEquals(1, gloss.run("export", "--format=w3c", "--strict", "--out", temp.resolve("strict").toString(),
				corpus.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: Count '42 barges'"), err.toString());
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing written"), err.toString());
		assertFalse(Files.exists(temp.resolve("strict")));
	}

	@Test
	void aQuoteThatDoesNotMatchTheTextStillBlocksItsDocument() throws IOException {
		Path corpus = halfAnnotated();
		edit(corpus.resolve(Fixtures.ROAD), document -> find(document, TRUCKS).setQuote("at most 15 trucks"));
		ExportResult result = Exports.export("csv", corpus, temp.resolve("csv"));
		assertFalse(result.written(), "a wrong span would make the export wrong");
		assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR
				&& p.file().toString().endsWith("mountain-road.txt") && p.message().contains("quote")),
				result.problems().toString());
		ExportResult kept = new dev.gloss.formats.CorpusExport(Formats.export("csv").orElseThrow(),
				Exports.options()).keepGoing(true).run(List.of(corpus), temp.resolve("csv-kept"));
		assertTrue(kept.written());
		assertEquals(1, kept.documents(), "the other document, unfinished work included, is exported");
	}

	@Test
	void thirdPartyReadersReadTheUnfinishedExport() throws Exception {
		Path corpus = halfAnnotated();
		// UIMA: the count is there, with no value feature set
		Path xmi = temp.resolve("xmi");
		Exports.export("xmi", corpus, xmi);
		CAS cas = CasCreationUtils.createCas(UIMAFramework.getXMLParser().parseTypeSystemDescription(
				new XMLInputSource(xmi.resolve("TypeSystem.xml").toFile())), null, null);
		try (InputStream in = Files.newInputStream(xmi.resolve(Fixtures.FERRY + ".xmi"))) {
			XmiCasDeserializer.deserialize(in, cas);
		}
		Type count = cas.getTypeSystem().getType("dev.gloss.uima.Count");
		AnnotationFS barges = null;
		for (AnnotationFS annotation : cas.getAnnotationIndex(count)) {
			if (annotation.getCoveredText().equals("42 barges")) {
				barges = annotation;
			}
		}
		assertTrue(barges != null, "UIMA reads the count without a number");
		assertNull(barges.getFeatureValueAsString(count.getFeatureByBaseName("value")));
		// Titanium: the W3C page expands offline, the count body has no amount
		Path w3c = temp.resolve("w3c");
		Exports.export("w3c", corpus, w3c);
		String expanded = JsonLdConsumerTest.expand(w3c.resolve("page-1.jsonld")).toString();
		assertTrue(expanded.contains("urn:uuid:" + BARGES), expanded);
		// Jackson: every JSON line and the GeoJSON parse; the count's line has no value
		Path jsonl = temp.resolve("jsonl");
		Exports.export("jsonl", corpus, jsonl);
		int lines = 0;
		for (String line : Files.readAllLines(jsonl.resolve("corpus.jsonl"))) {
			Json.MAPPER.readTree(line);
			lines++;
		}
		assertEquals(2, lines);
		Path geojson = temp.resolve("geojson");
		Exports.export("geojson", corpus, geojson);
		JsonNode places = Json.MAPPER.readTree(geojson.resolve("locations.geojson").toFile());
		assertEquals("FeatureCollection", places.get("type").asText());
		// Commons CSV: the count's row has an empty value
		Path csv = temp.resolve("csv");
		Exports.export("csv", corpus, csv);
		List<CSVRecord> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(csv.resolve("annotations.csv"), StandardCharsets.UTF_8)) {
			CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).forEach(rows::add);
		}
		CSVRecord row = rows.stream().filter(r -> r.get("id").equals(BARGES)).findFirst().orElseThrow();
		assertEquals("", row.get("value"));
		// brat: Gloss's own reader takes it back, the count still without its number
		Path brat = temp.resolve("brat");
		Exports.export("brat", corpus, brat);
		Path back = temp.resolve("back");
		assertTrue(new CorpusImport(Formats.importer("brat").orElseThrow(), ImportOptions.defaults())
				.run(List.of(brat), back).written());
		AnnotatedDocument imported = new GlossStore().load(GlossStore.annotationFileOf(back.resolve(Fixtures.FERRY)));
		assertNull(((Count) find(imported, BARGES)).getValue());
	}
}
