/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.xmi;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.transform.sax.SAXTransformerFactory;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportException;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.internal.Json;
import dev.gloss.formats.internal.Spans;
import dev.gloss.formats.internal.Times;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * UIMA CAS XMI: one {@code .xmi} per article (its path plus .xmi) and the type system
 * {@code TypeSystem.xml} at the top; readable by Apache UIMA's XmiCasDeserializer and so by
 * DKPro Core and INCEpTION. The article is the sofa string of the initial view, offsets count
 * UTF-16 units, line breaks in the text are written as character references so XML parsers keep
 * them. A claim's links are FSArrays of its sources, places and numbers.
 */
public final class XmiFormat implements ExportFormat {

	static final String XMI = "http://www.omg.org/XMI";
	static final String CAS = "http:///uima/cas.ecore";
	static final String TCAS = "http:///uima/tcas.ecore";
	static final String GLOSS = "gloss";

	@Override
	public String id() {
		return "xmi";
	}

	@Override
	public String label() {
		return "UIMA CAS XMI";
	}

	@Override
	public String description() {
		return "One XMI file per article with TypeSystem.xml, in UTF-16 offsets; for Apache UIMA, DKPro Core and "
				+ "INCEpTION.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		try (OutputStream out = Json.newFile(folder.resolve(TypeSystem.FILE))) {
			TypeSystem.write(out);
		} catch (SAXException e) {
			throw new IOException("cannot write " + TypeSystem.FILE + ": " + e.getMessage(), e);
		}
		SAXTransformerFactory serializers = XmlWriter.factory();
		return new CorpusWriter() {
			@Override
			public List<String> write(ExportDocument document) throws IOException {
				check(document);
				try (OutputStream out = Json.newFile(folder.resolve(document.path() + ".xmi"))) {
					writeCas(new XmlWriter(out, serializers), document);
				} catch (SAXException e) {
					throw new IOException(document.path() + ": cannot write XMI: " + e.getMessage(), e);
				}
				return List.of();
			}

			@Override
			public void close() {
				// every file is complete when written
			}
		};
	}

	private static void check(ExportDocument document) throws ExportException {
		String text = document.text();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
				throw new ExportException(document.path(), null, String.format(
						"the text holds U+%04X at UTF-16 offset %d, which XML 1.0 cannot carry", (int) c, i));
			}
		}
		for (Annotation annotation : document.annotations()) {
			Spans.checkUtf16(document, annotation, text, annotation.getBegin(), annotation.getEnd());
		}
	}

	static void writeCas(OutputStream out, ExportDocument document) throws SAXException {
		writeCas(new XmlWriter(out), document);
	}

	private static void writeCas(XmlWriter xml, ExportDocument document) throws SAXException {
		xml.prefix("xmi", XMI);
		xml.prefix("cas", CAS);
		xml.prefix("tcas", TCAS);
		xml.prefix(GLOSS, TypeSystem.NAMESPACE);
		AttributesImpl root = new AttributesImpl();
		XmlWriter.add(root, XMI, "xmi", "version", "2.0");
		xml.start(XMI, "xmi", "XMI", root);

		AttributesImpl nul = new AttributesImpl();
		XmlWriter.add(nul, XMI, "xmi", "id", "0");
		xml.element(CAS, "cas", "NULL", nul);

		String text = document.text();
		AttributesImpl sofa = new AttributesImpl();
		XmlWriter.add(sofa, XMI, "xmi", "id", "1");
		XmlWriter.add(sofa, "sofaNum", 1);
		XmlWriter.add(sofa, "sofaID", "_InitialView");
		XmlWriter.add(sofa, "mimeType", "text/plain");
		sofa.addAttribute("", "sofaString", "sofaString", "CDATA", text);
		xml.element(CAS, "cas", "Sofa", sofa);

		AttributesImpl documentAnnotation = new AttributesImpl();
		XmlWriter.add(documentAnnotation, XMI, "xmi", "id", "2");
		XmlWriter.add(documentAnnotation, "sofa", 1);
		XmlWriter.add(documentAnnotation, "begin", 0);
		documentAnnotation.addAttribute("", "end", "end", "CDATA", Integer.toString(text.length()));
		XmlWriter.add(documentAnnotation, "language", "x-unspecified");
		xml.element(TCAS, "tcas", "DocumentAnnotation", documentAnnotation);

		AttributesImpl info = new AttributesImpl();
		XmlWriter.add(info, XMI, "xmi", "id", "3");
		XmlWriter.add(info, "path", document.path());
		XmlWriter.add(info, "source", document.source());
		XmlWriter.add(info, "textHash", document.model().getTextHash());
		xml.element(TypeSystem.NAMESPACE, GLOSS, "DocumentInfo", info);

		Map<String, Integer> ids = new HashMap<>();
		int next = 4;
		for (Annotation annotation : document.annotations()) {
			ids.put(annotation.getId(), next++);
		}
		StringBuilder members = new StringBuilder("2 3");
		for (Annotation annotation : document.annotations()) {
			int id = ids.get(annotation.getId());
			members.append(' ').append(id);
			xml.element(TypeSystem.NAMESPACE, GLOSS, AnnotationType.of(annotation).label(),
					attributes(annotation, id, ids));
		}
		AttributesImpl view = new AttributesImpl();
		XmlWriter.add(view, "sofa", 1);
		XmlWriter.add(view, "members", members);
		xml.element(CAS, "cas", "View", view);
		xml.end(XMI, "xmi", "XMI");
		xml.close();
	}

	private static AttributesImpl attributes(Annotation annotation, int id, Map<String, Integer> ids) {
		AttributesImpl a = new AttributesImpl();
		XmlWriter.add(a, XMI, "xmi", "id", Integer.toString(id));
		XmlWriter.add(a, "sofa", 1);
		a.addAttribute("", "begin", "begin", "CDATA", Integer.toString(annotation.getBegin()));
		a.addAttribute("", "end", "end", "CDATA", Integer.toString(annotation.getEnd()));
		XmlWriter.add(a, "glossId", annotation.getId());
		XmlWriter.add(a, "status", annotation.getStatus().getLiteral());
		XmlWriter.add(a, "creator", annotation.getCreator());
		XmlWriter.add(a, "created", Times.iso(annotation.getCreated()));
		XmlWriter.add(a, "modified", Times.iso(annotation.getModified()));
		XmlWriter.add(a, "comment", annotation.getComment());
		switch (annotation) {
			case Claim claim -> {
				XmlWriter.add(a, "paraphrase", claim.getParaphrase());
				XmlWriter.add(a, "certainty", claim.getCertainty().getLiteral());
				XmlWriter.add(a, "credibility", claim.getCredibility());
				XmlWriter.add(a, "sources", refs(claim.getSources(), ids));
				XmlWriter.add(a, "locations", refs(claim.getLocations(), ids));
				XmlWriter.add(a, "counts", refs(claim.getCounts(), ids));
			}
			case Source source -> {
				XmlWriter.add(a, "name", source.getName());
				XmlWriter.add(a, "kind", source.getKind().getLiteral());
				XmlWriter.add(a, "role", source.getRole());
				XmlWriter.add(a, "reliability", source.getReliability().getLiteral());
			}
			case Location location -> {
				XmlWriter.add(a, "name", location.getName());
				XmlWriter.add(a, "kind", location.getKind().getLiteral());
				XmlWriter.add(a, "countryCode", location.getCountryCode());
				XmlWriter.add(a, "geonamesId", location.getGeonamesId());
				if (location.getLatitude() != null && location.getLongitude() != null) {
					XmlWriter.add(a, "hasCoordinates", "true");
					XmlWriter.add(a, "latitude", location.getLatitude());
					XmlWriter.add(a, "longitude", location.getLongitude());
				}
			}
			case Count count -> {
				XmlWriter.add(a, "value", plain(count.getValue()));
				XmlWriter.add(a, "min", plain(count.getMin()));
				XmlWriter.add(a, "max", plain(count.getMax()));
				XmlWriter.add(a, "qualifier", count.getQualifier().getLiteral());
				XmlWriter.add(a, "unit", count.getUnit());
				XmlWriter.add(a, "period", count.getPeriod());
			}
			default -> {
			}
		}
		return a;
	}

	/** An FSArray that does not allow multiple references is written inline: its elements' ids. */
	private static String refs(List<? extends Annotation> targets, Map<String, Integer> ids) {
		return targets.stream().map(t -> ids.get(t.getId())).filter(java.util.Objects::nonNull).map(String::valueOf)
				.collect(Collectors.joining(" "));
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
