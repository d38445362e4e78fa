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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * Imports of files written the way other tools write them: INCEpTION-style XMI with custom layers
 * (written by Apache UIMA's own serializer), CoNLL-2003 with IOB1 tags, doccano and spaCy JSON
 * Lines, Hypothesis's quote-only W3C and Recogito's W3C export (fixtures/tools). Each maps the
 * tool's labels with --map, lists what it could not map, and writes nothing on error.
 */
class ToolImportsTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int gloss(String... args) {
		out.reset();
		err.reset();
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8)).run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path fixture(String name) throws IOException {
		Path file = temp.resolve("tools").resolve(name);
		Files.createDirectories(file.getParent());
		try (InputStream in = Fixtures.resource("tools/" + name)) {
			Files.copy(in, file);
		}
		return file;
	}

	private static Map<String, Annotation> byQuote(Path corpus, String article) throws IOException {
		AnnotatedDocument document = new GlossStore().load(GlossStore.annotationFileOf(corpus.resolve(article)));
		return document.getAnnotations().stream().collect(Collectors.toMap(Annotation::getQuote, Function.identity()));
	}

	/** The text INCEpTION would hold: CRLF, Hangul, an emoji before the spans, so UTF-16 offsets matter. */
	private static final String INCEPTION_TEXT = "🚚 Update\r\nA depot clerk in 단둥 said 300 tonnes of rice left on "
			+ "Monday.\r\nThe convoy reached 신의주 by night.\r\n";

	/** An INCEpTION project's export: DKPro named entities, custom span and relation layers, tokens. */
	private Path inceptionXmi(String text, int claimEnd) throws Exception {
		TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription entity = types.addType("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity", "",
				"uima.tcas.Annotation");
		entity.addFeature("value", "", "uima.cas.String");
		entity.addFeature("identifier", "", "uima.cas.String");
		TypeDescription claim = types.addType("webanno.custom.Claim", "", "uima.tcas.Annotation");
		claim.addFeature("certainty", "", "uima.cas.String");
		TypeDescription attributed = types.addType("webanno.custom.AttributedTo", "", "uima.tcas.Annotation");
		attributed.addFeature("Governor", "", "uima.tcas.Annotation");
		attributed.addFeature("Dependent", "", "uima.tcas.Annotation");
		types.addType("webanno.custom.Event", "", "uima.tcas.Annotation");
		types.addType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "", "uima.tcas.Annotation");
		types.addType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence", "", "uima.tcas.Annotation");
		CAS cas = CasCreationUtils.createCas(types, null, null);
		cas.setDocumentText(text);
		Type named = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity");
		AnnotationFS clerk = add(cas, named, text, "A depot clerk", "PER");
		add(cas, named, text, "단둥", "LOC");
		add(cas, named, text, "300 tonnes of rice", "QTY");
		add(cas, named, text, "신의주", "LOC");
		add(cas, named, text, "Monday", "DATE");
		Type claimType = cas.getTypeSystem().getType("webanno.custom.Claim");
		int claimBegin = text.indexOf("300 tonnes");
		AnnotationFS statement = cas.createAnnotation(claimType, claimBegin, claimEnd);
		cas.addFsToIndexes(statement);
		Type relation = cas.getTypeSystem().getType("webanno.custom.AttributedTo");
		AnnotationFS link = cas.createAnnotation(relation, clerk.getBegin(), clerk.getEnd());
		link.setFeatureValue(relation.getFeatureByBaseName("Governor"), statement);
		link.setFeatureValue(relation.getFeatureByBaseName("Dependent"), clerk);
		cas.addFsToIndexes(link);
		Type event = cas.getTypeSystem().getType("webanno.custom.Event");
		cas.addFsToIndexes(cas.createAnnotation(event, text.indexOf("reached"), text.indexOf("reached") + 7));
		Type token = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token");
		for (int at = 0, next; at < text.length(); at = next + 1) {
			next = text.indexOf(' ', at);
			next = next < 0 ? text.length() : next;
			if (next > at) {
				cas.addFsToIndexes(cas.createAnnotation(token, at, next));
			}
		}
		Path file = temp.resolve("inception/depot-report.txt.xmi");
		Files.createDirectories(file.getParent());
		try (OutputStream stream = Files.newOutputStream(file)) {
			XmiCasSerializer.serialize(cas, stream);
		}
		return file;
	}

	private static AnnotationFS add(CAS cas, Type type, String text, String quote, String value) {
		int begin = text.indexOf(quote);
		AnnotationFS annotation = cas.createAnnotation(type, begin, begin + quote.length());
		annotation.setStringValue(type.getFeatureByBaseName("value"), value);
		cas.addFsToIndexes(annotation);
		return annotation;
	}

	@Test
	void inceptionXmiWithCustomLayersMapsOntoGlossInUtf16() throws Exception {
		String text = INCEPTION_TEXT;
		Path xmi = inceptionXmi(text, text.indexOf(" on Monday") + " on Monday".length());
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format=xmi", "--into", corpus.toString(), "--map", "PER=source", "--map",
				"LOC=location", "--map", "QTY=count", "--map", "AttributedTo=sources", xmi.getParent().toString()),
				err());
		assertTrue(err().contains("not imported, no Gloss type or link for these labels: DATE (1 span), Event (1 span)"),
				"tokens are left out silently, the rest is listed: " + err());
		String article = "depot-report.txt";
		assertEquals(text, ArticleText.read(corpus.resolve(article), null).text(), "the sofa, CRLF and all");
		Map<String, Annotation> annotations = byQuote(corpus, article);
		assertEquals(5, annotations.size(), annotations.keySet().toString());
		Claim claim = (Claim) annotations.get("300 tonnes of rice left on Monday");
		assertEquals(List.of(annotations.get("A depot clerk")), claim.getSources());
		assertTrue(annotations.get("단둥") instanceof Location);
		assertTrue(annotations.get("신의주") instanceof Location);
		assertTrue(annotations.get("300 tonnes of rice") instanceof Count);
		String before = Files.readString(GlossStore.annotationFileOf(corpus.resolve(article)));
		assertEquals(0, gloss("import", "--format=xmi", "--into", corpus.toString(), "--map", "PER=source", "--map",
				"LOC=location", "--map", "QTY=count", "--map", "AttributedTo=sources", xmi.getParent().toString()));
		assertEquals(before, Files.readString(GlossStore.annotationFileOf(corpus.resolve(article))),
				"importing again replaces, never duplicates");
	}

	@Test
	void anXmiSpanOutsideItsTextStopsTheImportAndWritesNothing() throws Exception {
		Path xmi = inceptionXmi(INCEPTION_TEXT, INCEPTION_TEXT.length());
		String broken = Files.readString(xmi).replaceFirst("(<custom:Claim [^>]*end=\")\\d+", "$1" + 999);
		assertFalse(broken.equals(Files.readString(xmi)));
		Files.writeString(xmi, broken);
		Path corpus = temp.resolve("corpus");
		assertEquals(1, gloss("import", "--format", "xmi", "--into", corpus.toString(), xmi.toString()));
		assertTrue(err().contains("depot-report.txt.xmi:") && err().contains("is outside the text"), err());
		assertFalse(Files.exists(corpus.resolve("depot-report.txt")), "nothing written");
	}

	@Test
	void conllIob1WritesTheArticlesFromTheTokensOrAlignsOnTheCorpus() throws IOException {
		Path conll = fixture("border-news.conll");
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "conll", "--into", corpus.toString(), "--map", "LOC=location",
				"--map", "ORG=source", "--map", "PER=source", conll.toString()), err());
		assertTrue(err().contains("MISC (1 span)"), err());
		assertEquals("Officials in Sinuiju said 40 trucks crossed .\nThe Red Cross counted them on the Kaesong "
				+ "Pyongyang road .\n", Files.readString(corpus.resolve("border-news/1.txt")));
		Map<String, Annotation> first = byQuote(corpus, "border-news/1.txt");
		assertEquals(List.of("Kaesong", "Pyongyang", "Red Cross", "Sinuiju"), first.keySet().stream().sorted().toList(),
				"IOB1: B-LOC after I-LOC starts a second place");
		assertTrue(first.get("Red Cross") instanceof Source);
		assertTrue(byQuote(corpus, "border-news/2.txt").get("Kim Yong-il") instanceof Source);

		// the corpus already has the article, written as a reporter writes: tokens are aligned on it
		Path aligned = temp.resolve("aligned");
		String article = "Officials in Sinuiju said 40 trucks crossed.\r\nThe Red Cross counted them on the "
				+ "Kaesong Pyongyang road.\r\n";
		Files.createDirectories(aligned.resolve("border-news"));
		Files.writeString(aligned.resolve("border-news/1.txt"), article);
		assertEquals(0, gloss("import", "--format", "conll", "--into", aligned.toString(), "--map", "LOC=location",
				"--map", "ORG=source", "--map", "MISC=ignore", "--map", "PER=source", conll.toString()), err());
		assertEquals(article, Files.readString(aligned.resolve("border-news/1.txt")), "the article is left as it is");
		assertEquals(first.keySet(), byQuote(aligned, "border-news/1.txt").keySet());
		assertFalse(err().contains("not imported"), err());
	}

	@Test
	void doccanoAndSpacyJsonLinesCountCodePoints() throws IOException {
		Path jsonl = fixture("doccano.jsonl");
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "jsonl", "--into", corpus.toString(), "--map", "PER=source",
				"--map", "GPE=location", "--map", "QTY=count", "--map", "STATEMENT=claim", "--map", "said_by=sources",
				"--map", "mentions=links", jsonl.toString()), err());
		assertTrue(err().contains("DATE (1 span)"), err());
		Map<String, Annotation> relations = byQuote(corpus, "doccano/1.txt");
		Claim left = (Claim) relations.get("12 barges left for 신의주 on Monday");
		assertEquals(List.of(relations.get("A port official")), left.getSources());
		assertEquals(List.of(relations.get("12 barges")), left.getCounts(), "mentions of a number: a count link");
		assertEquals(List.of(relations.get("신의주")), left.getLocations(), "mentions of a place: a location link");
		assertEquals(List.of("Traders", "丹东"), byQuote(corpus, "doccano/2.txt").keySet().stream().sorted().toList());
		Map<String, Annotation> spacy = byQuote(corpus, "spacy/hyesan-denial.txt");
		assertTrue(spacy.get("혜산") instanceof Location, spacy.keySet().toString());
	}

	@Test
	void aBadJsonLineStopsTheImportAndWritesNothing() throws IOException {
		Path jsonl = fixture("doccano.jsonl");
		Files.writeString(jsonl, Files.readString(jsonl) + "{\"text\": \"cut off\n");
		Path corpus = temp.resolve("corpus");
		assertEquals(1, gloss("import", "--format", "jsonl", "--into", corpus.toString(), jsonl.toString()));
		assertTrue(err().contains("doccano.jsonl:4:") && err().contains("not JSON"), err());
		assertFalse(Files.exists(corpus));
	}

	@Test
	void hypothesisQuoteOnlyTargetsAreFoundByFuzzyQuoteSearch() throws IOException {
		Path corpus = temp.resolve("corpus");
		Files.createDirectories(corpus);
		Files.copy(fixture("ferry-report.txt"), corpus.resolve("ferry-report.txt"));
		Path hypothesis = fixture("hypothesis.jsonld");
		assertEquals(0, gloss("import", "--format", "w3c", "--into", corpus.toString(), "--map", "anonymous=source",
				"--map", "todo=ignore", hypothesis.toString()), err());
		assertTrue(err().contains("not in ferry-report.txt as it is; anchored on the closest passage"), err());
		Map<String, Annotation> annotations = byQuote(corpus, "ferry-report.txt");
		Claim stranded = (Claim) annotations.get("“about 30 boats” were stranded at Dandong");
		assertEquals("Which boats? Check the harbour log.", stranded.getComment());
		assertEquals("acct:ana@hypothes.is", stranded.getCreator());
		Source fisherman = (Source) annotations.get("A fisherman, who asked not to be named");
		assertNull(fisherman.getComment(), "the ignored tag is not a comment");
	}

	@Test
	void recogitoTagsAndGazetteerLinksOnTheArticleGiven() throws IOException {
		Path corpus = temp.resolve("corpus");
		Files.createDirectories(corpus.resolve("news"));
		Files.copy(fixture("ferry-report.txt"), corpus.resolve("news/ferry-report.txt"));
		Path recogito = fixture("recogito.jsonld");
		assertEquals(1, gloss("import", "--format", "w3c", "--into", corpus.toString(), recogito.toString()));
		assertTrue(err().contains("no article of"), "Recogito names its own copy of the text: " + err());
		assertEquals(0, gloss("import", "--format", "w3c", "--into", corpus.toString(), "--article",
				"news/ferry-report.txt", "--map", "Place=location", "--map", "Person=source", recogito.toString()),
				err());
		Map<String, Annotation> annotations = byQuote(corpus, "news/ferry-report.txt");
		assertEquals(Long.valueOf(2037886), ((Location) annotations.get("Dandong")).getGeonamesId());
		assertEquals("the harbour master, unnamed", annotations.get("The harbour master").getComment());
		assertTrue(annotations.get("The harbour master") instanceof Source);
	}
}
