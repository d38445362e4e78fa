/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.xmi;

import java.io.OutputStream;
import java.util.List;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The UIMA type system of the XMI export ({@code TypeSystem.xml}): one annotation type per Gloss
 * type below {@code dev.gloss.uima.GlossAnnotation}, features named as in Gloss. Enumerations are
 * strings holding the Gloss literal; values UIMA cannot leave unset are documented where they
 * are declared.
 */
final class TypeSystem {

	static final String PACKAGE = "dev.gloss.uima";
	static final String NAMESPACE = "http:///dev/gloss/uima.ecore";
	static final String FILE = "TypeSystem.xml";

	private static final String UIMA = "http://uima.apache.org/resourceSpecifier";

	record Feature(String name, String description, String range, String elementType) {
		Feature(String name, String description, String range) {
			this(name, description, range, null);
		}
	}

	record Type(String name, String description, String supertype, List<Feature> features) {
	}

	private static final String STRING = "uima.cas.String";

	static final List<Type> TYPES = List.of(
			new Type(PACKAGE + ".DocumentInfo", "The article an XMI file holds.", "uima.cas.TOP", List.of(
					new Feature("path", "The article's path in the export, '/'-separated.", STRING),
					new Feature("source", "The absolute IRI of the article (as the W3C export's source).", STRING),
					new Feature("textHash", "sha256: and the hex SHA-256 of the text's UTF-8 bytes.", STRING))),
			new Type(PACKAGE + ".GlossAnnotation", "A passage an analyst marked; offsets count UTF-16 units.",
					"uima.tcas.Annotation", List.of(
							new Feature("glossId", "The annotation's id in Gloss (a UUID).", STRING),
							new Feature("status", "draft, confirmed or disputed.", STRING),
							new Feature("creator", "Who marked the passage.", STRING),
							new Feature("created", "When, ISO-8601 UTC.", STRING),
							new Feature("modified", "Last change, ISO-8601 UTC.", STRING),
							new Feature("comment", "The analyst's comment.", STRING))),
			new Type(PACKAGE + ".Claim", "A statement the article makes or reports.", PACKAGE + ".GlossAnnotation",
					List.of(new Feature("paraphrase", "The claim in the analyst's words.", STRING),
							new Feature("certainty", "How the article presents it: confirmed, reported, alleged...",
									STRING),
							new Feature("credibility", "Admiralty credibility 1-6; 0 when not rated.", "uima.cas.Integer"),
							new Feature("sources", "Who the claim comes from.", "uima.cas.FSArray", PACKAGE + ".Source"),
							new Feature("locations", "The places it is about.", "uima.cas.FSArray", PACKAGE + ".Location"),
							new Feature("counts", "The numbers it gives.", "uima.cas.FSArray", PACKAGE + ".Count"))),
			new Type(PACKAGE + ".Source", "Who or what a claim comes from.", PACKAGE + ".GlossAnnotation",
					List.of(new Feature("name", "Normalised name.", STRING),
							new Feature("kind", "named-person, organisation, government...", STRING),
							new Feature("role", "Role or title.", STRING),
							new Feature("reliability", "Admiralty reliability A-F, or unrated.", STRING))),
			new Type(PACKAGE + ".Location", "A place the article mentions.", PACKAGE + ".GlossAnnotation",
					List.of(new Feature("name", "Normalised name.", STRING),
							new Feature("kind", "country, city, border-crossing...", STRING),
							new Feature("countryCode", "ISO 3166-1 alpha-2.", STRING),
							new Feature("geonamesId", "GeoNames id, as text.", STRING),
							new Feature("hasCoordinates", "Whether latitude and longitude are set.", "uima.cas.Boolean"),
							new Feature("latitude", "WGS 84 latitude (only when hasCoordinates).", "uima.cas.Double"),
							new Feature("longitude", "WGS 84 longitude (only when hasCoordinates).", "uima.cas.Double"))),
			new Type(PACKAGE + ".Count", "A number the article gives; values are exact decimals as text.",
					PACKAGE + ".GlossAnnotation",
					List.of(new Feature("value", "The number.", STRING),
							new Feature("min", "Lower end of a range.", STRING),
							new Feature("max", "Upper end of a range.", STRING),
							new Feature("qualifier", "exact, about, at-least...", STRING),
							new Feature("unit", "Unit or counted thing.", STRING),
							new Feature("period", "When or over what time.", STRING))));

	private TypeSystem() {
	}

	static void write(OutputStream out) throws SAXException {
		XmlWriter xml = new XmlWriter(out);
		xml.prefix("", UIMA);
		xml.start(UIMA, "", "typeSystemDescription", new AttributesImpl());
		textElement(xml, "name", "Gloss");
		textElement(xml, "description", "Gloss annotations: claims, sources, locations and counts in news articles.");
		textElement(xml, "version", "1.0");
		textElement(xml, "vendor", "Gloss");
		xml.start(UIMA, "", "types", new AttributesImpl());
		for (Type type : TYPES) {
			xml.start(UIMA, "", "typeDescription", new AttributesImpl());
			textElement(xml, "name", type.name());
			textElement(xml, "description", type.description());
			textElement(xml, "supertypeName", type.supertype());
			xml.start(UIMA, "", "features", new AttributesImpl());
			for (Feature feature : type.features()) {
				xml.start(UIMA, "", "featureDescription", new AttributesImpl());
				textElement(xml, "name", feature.name());
				textElement(xml, "description", feature.description());
				textElement(xml, "rangeTypeName", feature.range());
				if (feature.elementType() != null) {
					textElement(xml, "elementType", feature.elementType());
					textElement(xml, "multipleReferencesAllowed", "false");
				}
				xml.end(UIMA, "", "featureDescription");
			}
			xml.end(UIMA, "", "features");
			xml.end(UIMA, "", "typeDescription");
		}
		xml.end(UIMA, "", "types");
		xml.end(UIMA, "", "typeSystemDescription");
		xml.close();
	}

	private static void textElement(XmlWriter xml, String name, String text) throws SAXException {
		xml.start(UIMA, "", name, new AttributesImpl());
		xml.text(text);
		xml.end(UIMA, "", name);
	}
}
