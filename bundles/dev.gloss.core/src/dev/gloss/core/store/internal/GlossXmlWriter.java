/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;
import dev.gloss.model.impl.CompactTexts;
import dev.gloss.model.impl.GlossObjectImpl;

/**
 * Writes an annotation file straight from the generated model classes, byte for byte what EMF's
 * XMI saver writes with GlossStore's options: the same declaration and namespaces, attributes in
 * the model's feature order, only values that are set (not the defaults), EMF's escaping (&amp;,
 * &lt;, &quot;, tab, CR and LF as character references), UTF-8 and LF.
 *
 * <p>The whole file is built in memory first, so that {@link #write} can decline without having
 * written a byte when the document holds something EMF writes in its own way: a link to an
 * annotation outside the document or without a plain id (EMF writes a path or escapes it), a
 * character XML cannot hold (EMF refuses it with its own message), a resource with other roots.
 * The caller then saves with EMF. Not thread-safe per document, like the model.
 */
public final class GlossXmlWriter {

	private static final byte[] HEAD = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<gloss:AnnotatedDocument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"");
	private static final byte[] XSI = bytes(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
	private static final byte[] GLOSS = bytes(" xmlns:gloss=\"" + GlossPackage.eNS_URI + "\"");
	private static final byte[] TAIL = bytes("</gloss:AnnotatedDocument>\n");
	private static final byte[] ANNOTATION = bytes("  <annotations xsi:type=\"gloss:");
	private static final byte[] ANNOTATION_END = bytes("  </annotations>\n");
	private static final byte[] CONFLICT = bytes("    <conflicts");
	private static final byte[] QUOTE = bytes(" quote=\"");
	private static final byte[] PREFIX = bytes(" prefix=\"");
	private static final byte[] SUFFIX = bytes(" suffix=\"");

	/** Thrown inside the writer when EMF must write the document instead. */
	private static final class Decline extends Exception {
		private static final long serialVersionUID = 1L;

		Decline() {
			super(null, null, false, false);
		}
	}

	private static final Decline DECLINE = new Decline();

	private byte[] buffer;
	private int size;

	private GlossXmlWriter(int capacity) {
		buffer = new byte[capacity];
	}

	/**
	 * Writes the document as EMF would (annotations already in document order).
	 *
	 * @return false, with nothing written, when EMF must write this document
	 */
	public static boolean write(AnnotatedDocument document, OutputStream out) throws IOException {
		GlossXmlWriter writer = written(document);
		if (writer == null) {
			return false;
		}
		out.write(writer.buffer, 0, writer.size);
		return true;
	}

	/** The file content as EMF would write it, or null when EMF must write this document. */
	public static byte[] toBytes(AnnotatedDocument document) {
		GlossXmlWriter writer = written(document);
		return writer == null ? null : Arrays.copyOf(writer.buffer, writer.size);
	}

	private static GlossXmlWriter written(AnnotatedDocument document) {
		Resource resource = document.eResource();
		if (document.eContainer() != null
				|| resource != null && (resource.getContents().size() != 1 || resource.getContents().get(0) != document)) {
			return null;
		}
		List<Annotation> annotations = document.getAnnotations();
		// about 460 bytes per annotation with every attribute set: rarely grown
		GlossXmlWriter writer = new GlossXmlWriter(1024 + 480 * annotations.size());
		try {
			writer.document(document, annotations);
		} catch (Decline e) {
			return null;
		}
		return writer;
	}

	private void document(AnnotatedDocument document, List<Annotation> annotations) throws Decline {
		raw(HEAD);
		if (!annotations.isEmpty()) {
			raw(XSI);
		}
		raw(GLOSS);
		string("schemaVersion", document.getSchemaVersion());
		string("articlePath", document.getArticlePath());
		string("charset", document.getCharset());
		string("textHash", document.getTextHash());
		if (annotations.isEmpty()) {
			ascii("/>\n");
			return;
		}
		ascii(">\n");
		for (Annotation annotation : annotations) {
			annotation(document, annotation);
		}
		raw(TAIL);
	}

	private void annotation(AnnotatedDocument document, Annotation annotation) throws Decline {
		if (annotation.eContainer() != document) {
			throw DECLINE;
		}
		EClass type = annotation.eClass();
		raw(ANNOTATION);
		ascii(type.getName());
		octet('"');
		string("id", annotation.getId());
		integer("begin", annotation.getBegin());
		integer("end", annotation.getEnd());
		if (annotation.getStatus() != Status.DRAFT) {
			ascii(" status=\"");
			ascii(annotation.getStatus().getLiteral());
			octet('"');
		}
		string("creator", annotation.getCreator());
		object("created", annotation.getCreated());
		object("modified", annotation.getModified());
		if (!(annotation instanceof GlossObjectImpl held)) {
			throw DECLINE;
		}
		byte[] texts = held.basicGetTexts();
		text(QUOTE, texts, 0);
		text(PREFIX, texts, 1);
		text(SUFFIX, texts, 2);
		string("comment", annotation.getComment());
		if (annotation.isOrphaned()) {
			ascii(" orphaned=\"true\"");
		}
		if (type == GlossPackage.Literals.CLAIM) {
			claim(document, (Claim) annotation);
		} else if (type == GlossPackage.Literals.SOURCE) {
			source((Source) annotation);
		} else if (type == GlossPackage.Literals.LOCATION) {
			location((Location) annotation);
		} else if (type == GlossPackage.Literals.COUNT) {
			count((Count) annotation);
		} else {
			throw DECLINE;
		}
		// eIsSet, not the getter: the generated getter creates an empty list on first call, which
		// would stay in every saved annotation (40 bytes each)
		if (!annotation.eIsSet(GlossPackage.Literals.ANNOTATION__CONFLICTS)) {
			ascii("/>\n");
			return;
		}
		ascii(">\n");
		for (Conflict conflict : annotation.getConflicts()) {
			if (conflict.eClass() != GlossPackage.Literals.CONFLICT) {
				throw DECLINE;
			}
			raw(CONFLICT);
			string("feature", conflict.getFeature());
			string("base", conflict.getBase());
			string("ours", conflict.getOurs());
			string("theirs", conflict.getTheirs());
			string("theirsCreator", conflict.getTheirsCreator());
			ascii("/>\n");
		}
		raw(ANNOTATION_END);
	}

	private void claim(AnnotatedDocument document, Claim claim) throws Decline {
		string("paraphrase", claim.getParaphrase());
		if (claim.eIsSet(GlossPackage.Literals.CLAIM__SOURCES)) {
			links(document, "sources", claim.getSources());
		}
		if (claim.getCertainty() != Certainty.UNSPECIFIED) {
			literal("certainty", claim.getCertainty().getLiteral());
		}
		object("credibility", claim.getCredibility());
		if (claim.eIsSet(GlossPackage.Literals.CLAIM__LOCATIONS)) {
			links(document, "locations", claim.getLocations());
		}
		if (claim.eIsSet(GlossPackage.Literals.CLAIM__COUNTS)) {
			links(document, "counts", claim.getCounts());
		}
	}

	private void source(Source source) throws Decline {
		string("name", source.getName());
		if (source.getKind() != SourceKind.UNSPECIFIED) {
			literal("kind", source.getKind().getLiteral());
		}
		string("role", source.getRole());
		if (source.getReliability() != Reliability.UNRATED) {
			literal("reliability", source.getReliability().getLiteral());
		}
	}

	private void location(Location location) throws Decline {
		string("name", location.getName());
		if (location.getKind() != LocationKind.UNSPECIFIED) {
			literal("kind", location.getKind().getLiteral());
		}
		string("countryCode", location.getCountryCode());
		object("geonamesId", location.getGeonamesId());
		object("latitude", location.getLatitude());
		object("longitude", location.getLongitude());
	}

	private void count(Count count) throws Decline {
		object("value", count.getValue());
		object("min", count.getMin());
		object("max", count.getMax());
		if (count.getQualifier() != Qualifier.EXACT) {
			literal("qualifier", count.getQualifier().getLiteral());
		}
		string("unit", count.getUnit());
		string("period", count.getPeriod());
	}

	/** Links as space-separated ids, as EMF writes references to objects with an ID attribute. */
	private void links(AnnotatedDocument document, String name, List<? extends Annotation> targets) throws Decline {
		if (targets.isEmpty()) {
			return;
		}
		octet(' ');
		ascii(name);
		ascii("=\"");
		for (int i = 0; i < targets.size(); i++) {
			Annotation target = targets.get(i);
			// EMF writes a proxy's URI, a foreign object's resource, a path for an id-less target
			if (target.eIsProxy() || target.eContainer() != document) {
				throw DECLINE;
			}
			String id = target.getId(); // made from two longs for a UUID: once
			if (!GlossXmlReader.isPlainId(id)) {
				throw DECLINE;
			}
			if (i > 0) {
				octet(' ');
			}
			ascii(id);
		}
		octet('"');
	}

	private void literal(String name, String literal) {
		octet(' ');
		ascii(name);
		ascii("=\"");
		ascii(literal);
		octet('"');
	}

	private void integer(String name, int value) {
		if (value != 0) {
			octet(' ');
			ascii(name);
			ascii("=\"");
			ascii(Integer.toString(value));
			octet('"');
		}
	}

	/** A number or instant: its toString() is EMF's conversion and plain ASCII. */
	private void object(String name, Object value) {
		if (value != null) {
			octet(' ');
			ascii(name);
			ascii("=\"");
			ascii(value.toString());
			octet('"');
		}
	}

	private void string(String name, String value) throws Decline {
		if (value == null) {
			return;
		}
		octet(' ');
		ascii(name);
		ascii("=\"");
		escaped(value);
		octet('"');
	}

	/**
	 * Quote, prefix or suffix straight from the bytes the model holds them in (no string made):
	 * the same escaping as {@link #escaped(String)}, byte by byte.
	 */
	private void text(byte[] name, byte[] texts, int slot) throws Decline {
		long range = CompactTexts.utf8(texts, slot);
		if (range == CompactTexts.NONE) {
			return;
		}
		if (range < 0) {
			// held as UTF-16: a lone surrogate, which XML cannot hold; EMF says so
			throw DECLINE;
		}
		int from = (int) (range >>> 32);
		int to = from + (int) range;
		raw(name);
		// at most 6 bytes per byte (&quot;): room for the worst case once, no check per byte
		ensure((to - from) * 6 + 1);
		byte[] b = buffer;
		int p = size;
		for (int i = from; i < to; i++) {
			byte c = texts[i];
			if (c >= 0x20) {
				switch (c) {
				case '&' -> p = put(b, p, "&amp;");
				case '<' -> p = put(b, p, "&lt;");
				case '"' -> p = put(b, p, "&quot;");
				default -> b[p++] = c;
				}
			} else if (c >= 0) {
				switch (c) {
				case '\t' -> p = put(b, p, "&#x9;");
				case '\n' -> p = put(b, p, "&#xA;");
				case '\r' -> p = put(b, p, "&#xD;");
				default -> throw DECLINE;
				}
			} else {
				// U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters
				if (c == (byte) 0xEF && i + 2 < to && texts[i + 1] == (byte) 0xBF
						&& (texts[i + 2] == (byte) 0xBE || texts[i + 2] == (byte) 0xBF)) {
					throw DECLINE;
				}
				b[p++] = c;
			}
		}
		b[p++] = '"';
		size = p;
	}

	/** EMF's attribute escaping in UTF-8; declines on characters XML 1.0 cannot hold. */
	private void escaped(String value) throws Decline {
		int length = value.length();
		// at most 6 bytes per char (&quot;): room for the worst case once, no check per char
		ensure(length * 6);
		byte[] b = buffer;
		int p = size;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				if (c >= 0x20) {
					switch (c) {
					case '&' -> p = put(b, p, "&amp;");
					case '<' -> p = put(b, p, "&lt;");
					case '"' -> p = put(b, p, "&quot;");
					default -> b[p++] = (byte) c;
					}
				} else {
					switch (c) {
					case '\t' -> p = put(b, p, "&#x9;");
					case '\n' -> p = put(b, p, "&#xA;");
					case '\r' -> p = put(b, p, "&#xD;");
					default -> throw DECLINE;
					}
				}
			} else if (c < 0x800) {
				b[p++] = (byte) (0xC0 | c >> 6);
				b[p++] = (byte) (0x80 | c & 0x3F);
			} else if (Character.isHighSurrogate(c)) {
				char low = i + 1 < length ? value.charAt(i + 1) : 0;
				if (!Character.isLowSurrogate(low)) {
					throw DECLINE;
				}
				int code = Character.toCodePoint(c, low);
				i++;
				b[p++] = (byte) (0xF0 | code >> 18);
				b[p++] = (byte) (0x80 | code >> 12 & 0x3F);
				b[p++] = (byte) (0x80 | code >> 6 & 0x3F);
				b[p++] = (byte) (0x80 | code & 0x3F);
			} else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
				throw DECLINE;
			} else {
				b[p++] = (byte) (0xE0 | c >> 12);
				b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
				b[p++] = (byte) (0x80 | c & 0x3F);
			}
		}
		size = p;
	}

	private static int put(byte[] b, int p, String escape) {
		for (int i = 0; i < escape.length(); i++) {
			b[p++] = (byte) escape.charAt(i);
		}
		return p;
	}

	@SuppressWarnings("deprecation") // the fast ASCII copy: every caller passes ASCII only
	private void ascii(String text) {
		int length = text.length();
		ensure(length);
		text.getBytes(0, length, buffer, size);
		size += length;
	}

	private void raw(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, buffer, size, bytes.length);
		size += bytes.length;
	}

	private void octet(char c) {
		ensure(1);
		buffer[size++] = (byte) c;
	}

	private void ensure(int more) {
		if (size + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
		}
	}

	@SuppressWarnings("deprecation")
	private static byte[] bytes(String text) {
		byte[] bytes = new byte[text.length()];
		text.getBytes(0, text.length(), bytes, 0);
		return bytes;
	}
}
