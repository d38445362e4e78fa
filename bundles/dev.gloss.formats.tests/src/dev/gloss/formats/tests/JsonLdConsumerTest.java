/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A JSON-LD 1.1 processor (Titanium) expands the W3C export offline: the W3C context (a public
 * standard one that processors of annotations preload) comes from the copy Gloss ships, the Gloss
 * terms from the export itself (no loader serves the Gloss context; any other IRI fails the
 * test), and finds the W3C and Gloss terms as full IRIs: selectors, positions, the Gloss type and
 * the claim -> source links.
 */
class JsonLdConsumerTest {

	private static final String OA = "http://www.w3.org/ns/oa#";
	private static final String GLOSS = "https://gloss.dev/ns/1#";

	@TempDir
	Path temp;

	/** Serves the W3C context from the bundle's copy and refuses everything else, the Gloss context too. */
	static final class LocalLoader implements DocumentLoader {
		@Override
		public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
			String resource = switch (url.toString()) {
				case "http://www.w3.org/ns/anno.jsonld" -> "/context/anno.jsonld";
				default -> throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
			};
			try (InputStream in = dev.gloss.formats.Formats.class.getResourceAsStream(resource)) {
				return JsonDocument.of(in);
			} catch (IOException e) {
				throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
			}
		}
	}

	@Test
	void expandsThePagesOfTheCollection() throws Exception {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("w3c");
		Exports.export("w3c", Exports.options().withPageSize(10), corpus, out);
		int annotations = 0;
		for (String page : List.of("page-1.jsonld", "page-2.jsonld")) {
			JsonArray expanded = expand(out.resolve(page));
			JsonObject pageNode = expanded.getJsonObject(0);
			assertTrue(pageNode.getJsonArray("@type").toString().contains("http://www.w3.org/ns/activitystreams#OrderedCollectionPage"));
			JsonArray items = pageNode.getJsonArray("http://www.w3.org/ns/activitystreams#items").getJsonObject(0)
					.getJsonArray("@list");
			for (JsonValue item : items) {
				checkAnnotation(item.asJsonObject());
				annotations++;
			}
		}
		assertEquals(16, annotations);
		JsonArray collection = expand(out.resolve("collection.jsonld"));
		assertEquals(16, collection.getJsonObject(0).getJsonArray("http://www.w3.org/ns/activitystreams#totalItems")
				.getJsonObject(0).getInt("@value"));
	}

	@Test
	void expandsEveryLineOfTheJsonl() throws Exception {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		Path out = temp.resolve("w3c-jsonl");
		Exports.export("w3c-jsonl", corpus, out);
		List<String> lines = Files.readAllLines(out.resolve("annotations.jsonl"));
		assertEquals(16, lines.size());
		boolean linked = false;
		for (String line : lines) {
			Path file = temp.resolve("line.jsonld");
			Files.writeString(file, line);
			JsonObject annotation = expand(file).getJsonObject(0);
			checkAnnotation(annotation);
			String body = annotation.getJsonArray(OA + "hasBody").toString();
			if (body.contains(GLOSS + "source")) {
				assertTrue(body.contains("urn:uuid:00000000-0000-4000-8000-000000000001")
						|| body.contains("urn:uuid:00000000-0000-4000-8000-000000000012")
						|| body.contains("urn:uuid:00000000-0000-4000-8000-000000000006"), body);
				linked = true;
			}
		}
		assertTrue(linked, "claims keep their sources as IRIs");
	}

	private static void checkAnnotation(JsonObject annotation) {
		assertTrue(annotation.getJsonArray("@type").toString().contains(OA + "Annotation"), annotation.toString());
		assertTrue(annotation.getString("@id").startsWith("urn:uuid:"));
		String target = annotation.getJsonArray(OA + "hasTarget").toString();
		assertTrue(target.contains(OA + "TextQuoteSelector"));
		assertTrue(target.contains(OA + "TextPositionSelector"));
		assertTrue(target.contains(OA + "start"));
		assertTrue(target.contains("https://example.org/corpus/asia/"), target);
		String body = annotation.getJsonArray(OA + "hasBody").toString();
		assertTrue(body.matches(".*https://gloss\\.dev/ns/1#(Claim|Source|Location|Count).*"), body);
		assertTrue(body.contains(GLOSS + "status"), body);
	}

	@Test
	void theDefaultExportStandsAloneWithPortableIris() throws Exception {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		for (String format : List.of("w3c", "w3c-jsonl")) {
			Path out = temp.resolve(format);
			Exports.export(format, dev.gloss.formats.ExportOptions.defaults(), corpus, out);
			try (var files = Files.list(out)) {
				for (Path file : files.toList()) {
					String json = Files.readString(file);
					assertFalse(json.contains("file:") || json.contains(temp.toString()),
							file.getFileName() + " names no local path: " + json);
				}
			}
		}
		JsonObject page = expand(temp.resolve("w3c/page-1.jsonld")).getJsonObject(0);
		JsonArray items = page.getJsonArray("http://www.w3.org/ns/activitystreams#items").getJsonObject(0)
				.getJsonArray("@list");
		assertEquals(16, items.size());
		String first = items.getJsonObject(0).toString();
		assertTrue(first.contains(GLOSS + "status"), "Gloss terms expanded without its context file: " + first);
		assertTrue(first.contains("urn:x-gloss:article:asia/"), first);
		// ids are relative to the document, so they resolve wherever the folder is published
		assertEquals(temp.resolve("w3c/collection.jsonld").toUri().toString(),
				page.getJsonArray("http://www.w3.org/ns/activitystreams#partOf").getJsonObject(0).getString("@id"));
		String line = Files.readAllLines(temp.resolve("w3c-jsonl/annotations.jsonl")).get(0);
		Path alone = temp.resolve("elsewhere/one.jsonld");
		Files.createDirectories(alone.getParent());
		Files.writeString(alone, line);
		checkAnnotationTerms(expand(alone).getJsonObject(0));
	}

	private static void checkAnnotationTerms(JsonObject annotation) {
		assertTrue(annotation.getJsonArray("@type").toString().contains(OA + "Annotation"), annotation.toString());
		String body = annotation.getJsonArray(OA + "hasBody").toString();
		assertTrue(body.matches(".*https://gloss\\.dev/ns/1#(Claim|Source|Location|Count).*"), body);
	}

	static JsonArray expand(Path file) throws JsonLdError {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(jsonProviderLoader());
		try {
			return JsonLd.expand(file.toUri()).loader(new FileThenLocalLoader()).get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * Jakarta JSON finds its provider with ServiceLoader through the context class loader; under
	 * OSGi that must be the loader of the provider's bundle (Parsson).
	 */
	private static ClassLoader jsonProviderLoader() {
		org.osgi.framework.Bundle self = org.osgi.framework.FrameworkUtil.getBundle(JsonLdConsumerTest.class);
		if (self == null) {
			return Thread.currentThread().getContextClassLoader();
		}
		for (org.osgi.framework.Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals("org.eclipse.parsson")) {
				return bundle.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader();
			}
		}
		throw new IllegalStateException("Parsson, the Jakarta JSON provider, is not in the test runtime");
	}

	/** The export's own files from disk, contexts from the bundle. */
	static final class FileThenLocalLoader implements DocumentLoader {
		@Override
		public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
			if ("file".equals(url.getScheme())) {
				try (InputStream in = Files.newInputStream(Path.of(url))) {
					// as Titanium's own file loader does: the document's IRI is the base of its relative IRIs
					Document document = JsonDocument.of(in);
					document.setDocumentUrl(url);
					return document;
				} catch (IOException e) {
					throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
				}
			}
			return new LocalLoader().loadDocument(url, options);
		}
	}
}
