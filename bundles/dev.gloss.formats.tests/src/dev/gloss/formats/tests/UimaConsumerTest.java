/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;

/**
 * Apache UIMA itself reads the XMI export: its XML parser takes TypeSystem.xml, its
 * XmiCasDeserializer each .xmi. The document text comes back with its CRLF line ends, every
 * annotation covers exactly its quote in UTF-16 offsets, and claims reach their sources.
 */
class UimaConsumerTest {

	@TempDir
	Path temp;

	@Test
	void uimaReadsTheXmiExport() throws Exception {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("xmi");
		Exports.export("xmi", corpus, out);
		TypeSystemDescription types = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
		GlossStore store = new GlossStore();
		for (String article : Fixtures.ARTICLES) {
			CAS cas = CasCreationUtils.createCas(types, null, null);
			try (InputStream in = Files.newInputStream(out.resolve(article + ".xmi"))) {
				XmiCasDeserializer.deserialize(in, cas);
			}
			String text = ArticleText.read(corpus.resolve(article), null).text();
			assertEquals(text, cas.getDocumentText(), "the sofa keeps CR, LF and characters outside the BMP");
			assertTrue(text.contains("\r\n") || !article.equals(Fixtures.FERRY));
			AnnotatedDocument model = store.load(GlossStore.annotationFileOf(corpus.resolve(article)));
			Type base = cas.getTypeSystem().getType("dev.gloss.uima.GlossAnnotation");
			Feature glossId = base.getFeatureByBaseName("glossId");
			Map<String, AnnotationFS> byId = new HashMap<>();
			for (AnnotationFS annotation : cas.getAnnotationIndex(base)) {
				byId.put(annotation.getFeatureValueAsString(glossId), annotation);
			}
			assertEquals(model.getAnnotations().size(), byId.size());
			for (Annotation expected : model.getAnnotations()) {
				AnnotationFS actual = byId.get(expected.getId());
				assertNotNull(actual, expected.getId());
				assertEquals(expected.eClass().getName(), actual.getType().getShortName());
				assertEquals(expected.getBegin(), actual.getBegin());
				assertEquals(expected.getQuote(), actual.getCoveredText(), expected.getId());
				if (expected instanceof dev.gloss.model.Claim claim) {
					Feature sources = actual.getType().getFeatureByBaseName("sources");
					FeatureStructure array = actual.getFeatureValue(sources);
					List<String> linked = new ArrayList<>();
					if (array != null) {
						for (FeatureStructure source : (FSArray<?>) array) {
							linked.add(source.getFeatureValueAsString(glossId));
						}
					}
					assertEquals(claim.getSources().stream().map(Annotation::getId).toList(), linked);
				}
			}
			Type info = cas.getTypeSystem().getType("dev.gloss.uima.DocumentInfo");
			FeatureStructure documentInfo = cas.getIndexRepository().getAllIndexedFS(info).get();
			assertEquals(article, documentInfo.getFeatureValueAsString(info.getFeatureByBaseName("path")));
		}
	}
}
