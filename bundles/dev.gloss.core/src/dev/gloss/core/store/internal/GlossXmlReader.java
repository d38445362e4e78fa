/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.io.Stax2ByteArraySource;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;
import dev.gloss.model.impl.GlossObjectImpl;

/**
 * Reads an annotation file with a StAX pull parser straight into the generated model classes:
 * one switch on the attribute name per attribute, no reflective feature lookup, links resolved
 * once at the end through one id map.
 *
 * <p>It reads only the plain Gloss format: the root {@code gloss:AnnotatedDocument}, its
 * {@code annotations} with an {@code xsi:type} of the Gloss package, their {@code conflicts},
 * values in the lexical forms Gloss writes, links to ids of the same file. For anything else (a
 * foreign or malformed file, a DOCTYPE, an unknown attribute, a duplicate id, a dangling link, a
 * value in an unusual form) it returns {@code null} and the caller loads the file with EMF, the
 * reference, which either reads it the same way or reports the problem with file, line and column.
 * The parser (Aalto, made directly so that OSGi class loading finds it) never reads a DTD nor
 * resolves an external entity.
 *
 * <p>Values that repeat across annotations (creators, names, units, numbers, timestamps) are
 * shared at load, so a document of 100,000 annotations holds each distinct value once.
 * Thread-safe: each call has its own parser and state.
 */
public final class GlossXmlReader {

	private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
	private static final String XMI = "http://www.omg.org/XMI";
	private static final Source[] NO_SOURCES = {};
	private static final Location[] NO_LOCATIONS = {};
	private static final Count[] NO_COUNTS = {};

	/**
	 * Aalto, configured once (the factory is safe to share then): it scans this format in about 0.6x
	 * the time Woodstox takes, itself a quarter faster than the JDK's StAX parser. Made here, not
	 * looked up, so that neither OSGi's class loading nor another StAX implementation on the class
	 * path decides which parser reads.
	 */
	private static final XMLInputFactory2 FACTORY = createFactory();

	/** Why the reader declined; only for tests and diagnostics, never shown to users. */
	private String declined;

	private final Interner interner = new Interner();
	/** The root binds the prefix gloss to the Gloss namespace, as Gloss writes it. */
	private boolean glossPrefixBound;
	private String lastInstantText;
	private Instant lastInstant;
	private IdTable byId;
	private final List<Claim> linkingClaims = new ArrayList<>();
	private final OffsetDecoder offset = new OffsetDecoder();
	private final List<String[]> claimLinks = new ArrayList<>();

	private GlossXmlReader() {
	}

	private static XMLInputFactory2 createFactory() {
		XMLInputFactory2 factory = new InputFactoryImpl();
		// no DTD processing at all: a DOCTYPE shows up as an event and the reader declines
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
		return factory;
	}

	/**
	 * Reads a whole annotation file.
	 *
	 * @return the document, or {@code null} when the file is not plainly the Gloss format (the
	 *         caller then loads it with EMF, which reads it or names the problem)
	 */
	public static AnnotatedDocument read(byte[] file) {
		return new GlossXmlReader().readDocument(file.length, () -> FACTORY
				.createXMLStreamReader(new Stax2ByteArraySource(file, 0, file.length)));
	}

	/**
	 * Reads a whole annotation file from a stream, without holding its bytes.
	 *
	 * @param sizeHint the file's length if known (sizes the id table), else 0
	 * @return the document, or {@code null} as for {@link #read(byte[])}; the stream is then
	 *         consumed in part, so the caller reads the file again for EMF
	 */
	public static AnnotatedDocument read(InputStream file, long sizeHint) {
		return new GlossXmlReader().readDocument(sizeHint, () -> FACTORY.createXMLStreamReader(file));
	}

	private interface Parser {
		XMLStreamReader open() throws XMLStreamException;
	}

	/** Why {@link #read} declined a file, or null when it reads it: for tests. */
	public static String whyDeclined(byte[] file) {
		GlossXmlReader reader = new GlossXmlReader();
		return reader.readDocument(file.length, () -> FACTORY
				.createXMLStreamReader(new Stax2ByteArraySource(file, 0, file.length))) == null ? reader.declined : null;
	}

	private AnnotatedDocument readDocument(long size, Parser parser) {
		// about 450 bytes per annotation: size the id map once instead of rehashing it 17 times
		byId = new IdTable((int) Math.min(1 << 24, size / 300));
		XMLStreamReader xml = null;
		try {
			xml = parser.open();
			return readRoot(xml);
		} catch (XMLStreamException | RuntimeException e) {
			// malformed XML, or a value Java's parsers refuse: EMF names the place
			declined = e.toString();
			return null;
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException e) {
					// the caller owns the stream and closes it
				}
			}
		}
	}

	private AnnotatedDocument decline(String why) {
		declined = why;
		return null;
	}

	private AnnotatedDocument readRoot(XMLStreamReader xml) throws XMLStreamException {
		if (!toRootElement(xml)) {
			return null;
		}
		if (!GlossPackage.eNS_URI.equals(xml.getNamespaceURI()) || !"AnnotatedDocument".equals(xml.getLocalName())) {
			return decline("root element " + xml.getName());
		}
		glossPrefixBound = GlossPackage.eNS_URI.equals(xml.getNamespaceURI(GlossPackage.eNS_PREFIX));
		AnnotatedDocument document = GlossFactory.eINSTANCE.createAnnotatedDocument();
		for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
			String namespace = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			String value = xml.getAttributeValue(i);
			if (isEmpty(namespace)) {
				switch (name) {
				case "schemaVersion" -> document.setSchemaVersion(interner.get(value));
				case "articlePath" -> document.setArticlePath(value);
				case "charset" -> document.setCharset(interner.get(value));
				case "textHash" -> document.setTextHash(value);
				default -> {
					return decline("root attribute " + name);
				}
				}
			} else if (!(XMI.equals(namespace) && "version".equals(name))) {
				return decline("root attribute {" + namespace + "}" + name);
			}
		}
		// each annotation goes into the document as it is read, while it is still in the CPU's
		// cache (setting its container touches it); no uniqueness scan per element, as EMF's own
		// loader does
		InternalEList<Annotation> annotations = (InternalEList<Annotation>) document.getAnnotations();
		while (true) {
			int event = xml.next();
			switch (event) {
			case XMLStreamConstants.START_ELEMENT -> {
				if (!isEmpty(xml.getNamespaceURI()) || !"annotations".equals(xml.getLocalName())) {
					return decline("element " + xml.getName());
				}
				Annotation annotation = readAnnotation(xml);
				if (annotation == null) {
					return null;
				}
				annotations.addUnique(annotation);
			}
			case XMLStreamConstants.END_ELEMENT -> {
				if (!finishDocument(xml)) {
					return null;
				}
				return document;
			}
			default -> {
				if (!ignorable(xml, event)) {
					return null;
				}
			}
			}
		}
	}

	/** Skips the prolog; false (declined) on a DOCTYPE or anything but comments and spaces. */
	private boolean toRootElement(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (!ignorable(xml, event)) {
				return false;
			}
		}
		decline("no root element");
		return false;
	}

	/** Comments and white space between elements; everything else (DTD, PI, text) declines. */
	private boolean ignorable(XMLStreamReader xml, int event) {
		switch (event) {
		case XMLStreamConstants.COMMENT, XMLStreamConstants.SPACE:
			return true;
		case XMLStreamConstants.CHARACTERS:
			if (xml.isWhiteSpace()) {
				return true;
			}
			decline("text content");
			return false;
		default:
			decline("XML event " + event);
			return false;
		}
	}

	private boolean finishDocument(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event != XMLStreamConstants.END_DOCUMENT && !ignorable(xml, event)) {
				return false;
			}
		}
		return resolveLinks();
	}

	private Annotation readAnnotation(XMLStreamReader xml) throws XMLStreamException {
		XMLStreamReader2 xml2 = (XMLStreamReader2) xml;
		Annotation annotation = createTyped(xml);
		if (annotation == null) {
			return null;
		}
		String[] links = null;
		String quote = null;
		String prefix = null;
		String suffix = null;
		for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
			String namespace = xml.getAttributeNamespace(i);
			String name = xml.getAttributeLocalName(i);
			if (!isEmpty(namespace)) {
				if (XSI.equals(namespace) && "type".equals(name)) {
					continue;
				}
				decline("attribute {" + namespace + "}" + name);
				return null;
			}
			// offsets are read from the parser's buffer without a string each (two of the dozen
			// attributes of every annotation); in doubt, from the string as every other attribute
			boolean begin = "begin".equals(name);
			if (begin || "end".equals(name)) {
				xml2.getAttributeAs(i, offset);
				int number;
				if (offset.read) {
					number = offset.value;
				} else {
					// another form, or a blank next to it in the buffer (maybe not this value's): the
					// value itself decides
					String value = xml.getAttributeValue(i);
					Integer parsed = integer(value);
					if (parsed == null) {
						declined = "attribute " + name + "=\"" + value + "\"";
						return null;
					}
					number = parsed;
				}
				if (begin) {
					annotation.setBegin(number);
				} else {
					annotation.setEnd(number);
				}
				continue;
			}
			String value = xml.getAttributeValue(i);
			boolean known = switch (name) {
			case "id" -> {
				annotation.setId(value);
				yield byId.add(annotation) || dup(value);
			}
			case "status" -> setNonNull(Status.get(value), annotation::setStatus);
			case "creator" -> {
				annotation.setCreator(interner.get(value));
				yield true;
			}
			case "created" -> setNonNull(instant(value), annotation::setCreated);
			case "modified" -> setNonNull(instant(value), annotation::setModified);
			case "quote" -> {
				quote = value;
				yield true;
			}
			case "prefix" -> {
				prefix = value;
				yield true;
			}
			case "suffix" -> {
				suffix = value;
				yield true;
			}
			case "comment" -> {
				annotation.setComment(interner.get(value));
				yield true;
			}
			case "orphaned" -> setBoolean(value, annotation::setOrphaned);
			default -> {
				if (annotation instanceof Claim claim) {
					int link = switch (name) {
					case "sources" -> 0;
					case "locations" -> 1;
					case "counts" -> 2;
					default -> -1;
					};
					if (link >= 0) {
						if (links == null) {
							links = new String[3];
							linkingClaims.add(claim);
							claimLinks.add(links);
						}
						links[link] = value;
						yield true;
					}
					yield claimAttribute(claim, name, value);
				}
				if (annotation instanceof Source source) {
					yield sourceAttribute(source, name, value);
				}
				if (annotation instanceof Location location) {
					yield locationAttribute(location, name, value);
				}
				yield countAttribute((Count) annotation, name, value);
			}
			};
			if (!known) {
				if (declined == null) {
					declined = "attribute " + name + "=\"" + value + "\"";
				}
				return null;
			}
		}
		// packed into one array at once (the setters would pack three times); XML cannot hold a
		// lone surrogate, so the parser delivers none (StreamingFormatTest holds the parser to it)
		((GlossObjectImpl) annotation).basicSetTexts(quote, prefix, suffix, true);
		return readConflicts(xml, annotation) ? annotation : null;
	}

	private boolean dup(String id) {
		declined = "id used twice: " + id;
		return false;
	}

	private Annotation createTyped(XMLStreamReader xml) {
		String type = null;
		for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
			// EMF knows the type attribute by its usual name only: x:type in the XSI namespace is unknown to it
			if ("type".equals(xml.getAttributeLocalName(i)) && XSI.equals(xml.getAttributeNamespace(i))
					&& "xsi".equals(xml.getAttributePrefix(i))) {
				// an attribute appears once in an element; Gloss writes this one first
				type = xml.getAttributeValue(i);
				break;
			}
		}
		if (type == null) {
			decline("annotation without xsi:type");
			return null;
		}
		GlossFactory factory = GlossFactory.eINSTANCE;
		if (glossPrefixBound && xml.getNamespaceCount() == 0) {
			// what Gloss writes, the root binding the usual prefix and the annotation none: no
			// substring, no namespace lookup
			switch (type) {
			case "gloss:Claim":
				return factory.createClaim();
			case "gloss:Source":
				return factory.createSource();
			case "gloss:Location":
				return factory.createLocation();
			case "gloss:Count":
				return factory.createCount();
			default:
				break;
			}
		}
		int colon = type.indexOf(':');
		String prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : type.substring(0, colon);
		if (!GlossPackage.eNS_URI.equals(xml.getNamespaceContext().getNamespaceURI(prefix))) {
			decline("xsi:type " + type);
			return null;
		}
		return switch (type.substring(colon + 1)) {
		case "Claim" -> factory.createClaim();
		case "Source" -> factory.createSource();
		case "Location" -> factory.createLocation();
		case "Count" -> factory.createCount();
		default -> {
			decline("xsi:type " + type);
			yield null;
		}
		};
	}

	private boolean claimAttribute(Claim claim, String name, String value) {
		return switch (name) {
		case "paraphrase" -> {
			claim.setParaphrase(interner.get(value));
			yield true;
		}
		case "certainty" -> setNonNull(Certainty.get(value), claim::setCertainty);
		case "credibility" -> setNonNull(integer(value), claim::setCredibility);
		default -> false;
		};
	}

	private boolean sourceAttribute(Source source, String name, String value) {
		return switch (name) {
		case "name" -> {
			source.setName(interner.get(value));
			yield true;
		}
		case "kind" -> setNonNull(SourceKind.get(value), source::setKind);
		case "role" -> {
			source.setRole(interner.get(value));
			yield true;
		}
		case "reliability" -> setNonNull(Reliability.get(value), source::setReliability);
		default -> false;
		};
	}

	private boolean locationAttribute(Location location, String name, String value) {
		return switch (name) {
		case "name" -> {
			location.setName(interner.get(value));
			yield true;
		}
		case "kind" -> setNonNull(LocationKind.get(value), location::setKind);
		case "countryCode" -> {
			location.setCountryCode(interner.get(value));
			yield true;
		}
		case "geonamesId" -> setNonNull(longValue(value), location::setGeonamesId);
		case "latitude" -> setNonNull(doubleValue(value), location::setLatitude);
		case "longitude" -> setNonNull(doubleValue(value), location::setLongitude);
		default -> false;
		};
	}

	private boolean countAttribute(Count count, String name, String value) {
		return switch (name) {
		case "value" -> setNonNull(decimal(value), count::setValue);
		case "min" -> setNonNull(decimal(value), count::setMin);
		case "max" -> setNonNull(decimal(value), count::setMax);
		case "qualifier" -> setNonNull(Qualifier.get(value), count::setQualifier);
		case "unit" -> {
			count.setUnit(interner.get(value));
			yield true;
		}
		case "period" -> {
			count.setPeriod(interner.get(value));
			yield true;
		}
		default -> false;
		};
	}

	/** The annotation's {@code conflicts} children, up to its end tag. */
	private boolean readConflicts(XMLStreamReader xml, Annotation annotation) throws XMLStreamException {
		List<Conflict> conflicts = null;
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				if (conflicts != null) {
					((InternalEList<Conflict>) annotation.getConflicts()).addAllUnique(conflicts);
				}
				return true;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!isEmpty(xml.getNamespaceURI()) || !"conflicts".equals(xml.getLocalName())) {
					decline("element " + xml.getName());
					return false;
				}
				Conflict conflict = readConflict(xml);
				if (conflict == null) {
					return false;
				}
				if (conflicts == null) {
					conflicts = new ArrayList<>(2);
				}
				conflicts.add(conflict);
			} else if (!ignorable(xml, event)) {
				return false;
			}
		}
	}

	private Conflict readConflict(XMLStreamReader xml) throws XMLStreamException {
		Conflict conflict = GlossFactory.eINSTANCE.createConflict();
		for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
			String name = xml.getAttributeLocalName(i);
			if (!isEmpty(xml.getAttributeNamespace(i))) {
				decline("conflict attribute " + xml.getAttributeName(i));
				return null;
			}
			String value = xml.getAttributeValue(i);
			switch (name) {
			case "feature" -> conflict.setFeature(interner.get(value));
			case "base" -> conflict.setBase(value);
			case "ours" -> conflict.setOurs(value);
			case "theirs" -> conflict.setTheirs(value);
			case "theirsCreator" -> conflict.setTheirsCreator(interner.get(value));
			default -> {
				decline("conflict attribute " + name);
				return null;
			}
			}
		}
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return conflict;
			}
			if (event == XMLStreamConstants.START_ELEMENT || !ignorable(xml, event)) {
				decline("content in a conflict");
				return null;
			}
		}
	}

	/** Links by id, once every annotation is known (forward links are common). */
	private boolean resolveLinks() {
		for (int i = 0; i < linkingClaims.size(); i++) {
			Claim claim = linkingClaims.get(i);
			String[] links = claimLinks.get(i);
			if (!link(links[0], Source.class, NO_SOURCES, claim.getSources())
					|| !link(links[1], Location.class, NO_LOCATIONS, claim.getLocations())
					|| !link(links[2], Count.class, NO_COUNTS, claim.getCounts())) {
				return false;
			}
		}
		return true;
	}

	private <T extends Annotation> boolean link(String ids, Class<T> type, T[] empty, EList<T> list) {
		if (ids == null) {
			return true;
		}
		int length = ids.length();
		int count = 1;
		for (int i = ids.indexOf(' '); i >= 0; i = ids.indexOf(' ', i + 1)) {
			count++;
		}
		// an array of the list's own element type and exact size, handed to the list as its data:
		// no growing to room for four and shrinking again (these references have no opposite, so
		// adding them one by one would do nothing more)
		T[] targets = java.util.Arrays.copyOf(empty, count);
		int start = 0;
		for (int n = 0; n < count; n++) {
			int space = ids.indexOf(' ', start);
			int end = space < 0 ? length : space;
			Annotation target = byId.find(ids, start, end);
			if (target == null || !type.isInstance(target) || contains(targets, n, target)) {
				// dangling, of the wrong type, written twice or in an unusual form: EMF decides and names it
				declined = "link " + ids.substring(start, end);
				return false;
			}
			targets[n] = type.cast(target);
			start = end + 1;
		}
		((BasicEList<T>) list).setData(count, targets);
		return true;
	}

	private static boolean contains(Object[] targets, int size, Object target) {
		for (int i = 0; i < size; i++) {
			if (targets[i] == target) {
				return true;
			}
		}
		return false;
	}

	/** Ids EMF writes and reads as they are (no URI escaping, no path syntax). */
	public static boolean isPlainId(String id) {
		if (id == null || id.isEmpty()) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
					|| c == '.')) {
				return false;
			}
		}
		return true;
	}

	// values: only the plain lexical forms, on which Java's parsers and EMF's agree

	private static <T> boolean setNonNull(T value, java.util.function.Consumer<T> setter) {
		if (value == null) {
			return false;
		}
		setter.accept(value);
		return true;
	}

	private static boolean setBoolean(String value, java.util.function.Consumer<Boolean> setter) {
		return switch (value) {
		case "true" -> {
			setter.accept(Boolean.TRUE);
			yield true;
		}
		case "false" -> {
			setter.accept(Boolean.FALSE);
			yield true;
		}
		default -> false;
		};
	}

	private Integer integer(String value) {
		return isInteger(value) && value.length() <= 11 ? Integer.valueOf(value) : null;
	}

	private Long longValue(String value) {
		if (!isInteger(value) || value.length() > 20) {
			return null;
		}
		return interner.value(Long.class, value, Long::valueOf);
	}

	private Double doubleValue(String value) {
		return isDecimal(value) ? interner.value(Double.class, value, Double::valueOf) : null;
	}

	private BigDecimal decimal(String value) {
		return isDecimal(value) ? interner.value(BigDecimal.class, value, BigDecimal::new) : null;
	}

	private Instant instant(String value) {
		// created and modified are often the same instant: share it even past the interner's bound
		if (value.equals(lastInstantText)) {
			return lastInstant;
		}
		try {
			lastInstant = Instants.parse(value);
			lastInstantText = value;
			return lastInstant;
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static boolean isInteger(String value) {
		int length = value.length();
		int i = length > 1 && value.charAt(0) == '-' ? 1 : 0;
		if (i == length) {
			return false;
		}
		for (; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isDecimal(String value) {
		int length = value.length();
		if (length == 0) {
			return false;
		}
		boolean digit = false;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				digit = true;
			} else if (c != '-' && c != '+' && c != '.' && c != 'E' && c != 'e') {
				return false;
			}
		}
		return digit;
	}

	private static boolean isEmpty(String namespace) {
		return namespace == null || namespace.isEmpty();
	}

	/**
	 * An offset read straight from the parser's buffer, in the only form Gloss writes and EMF reads
	 * the same way: an optional '-' and at most ten digits, within int. The parser hands over the
	 * value trimmed of white space, which EMF would refuse: trimmed white space is still in the
	 * buffer next to the value, so with a blank before or after it the offset is not read here (the
	 * caller reads the value as a string then: the blank may belong to the neighbouring value, or be
	 * left over in the buffer). {@code StreamingFormatTest} holds the parser to this.
	 */
	private static final class OffsetDecoder extends TypedValueDecoder {
		int value;
		boolean read;

		@Override
		public void decode(String lexical) {
			read = false;
		}

		@Override
		public void decode(char[] buffer, int start, int end) {
			read = false;
			if (start > 0 && buffer[start - 1] <= ' ' || end < buffer.length && buffer[end] <= ' ') {
				return;
			}
			int i = start;
			boolean negative = i < end && buffer[i] == '-';
			if (negative) {
				i++;
			}
			if (i == end || end - i > 10) {
				return;
			}
			long number = 0;
			for (; i < end; i++) {
				char c = buffer[i];
				if (c < '0' || c > '9') {
					return;
				}
				number = number * 10 + (c - '0');
			}
			number = negative ? -number : number;
			if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
				return;
			}
			value = (int) number;
			read = true;
		}

		@Override
		public void handleEmptyValue() {
			read = false;
		}
	}
}
