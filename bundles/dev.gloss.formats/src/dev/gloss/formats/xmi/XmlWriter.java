/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.xmi;

import java.io.OutputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A streaming XML writer on the JDK's serializer (SAX in, text out), the way UIMA writes XMI
 * itself. It escapes everything XML needs, and writes CR, LF and tab inside attribute values as
 * character references, so that parsers do not normalise them to spaces.
 */
final class XmlWriter implements AutoCloseable {

	private final TransformerHandler handler;
	private final OutputStream out;

	XmlWriter(OutputStream out) throws SAXException {
		this(out, factory());
	}

	/**
	 * @param factory made by {@link #factory()}; one per export, since looking the JDK's
	 *                serializer up again for every file cost as much as writing a small file
	 */
	XmlWriter(OutputStream out, SAXTransformerFactory factory) throws SAXException {
		this.out = out;
		try {
			handler = factory.newTransformerHandler();
		} catch (TransformerConfigurationException e) {
			throw new SAXException("no XML serializer in this Java runtime", e);
		}
		handler.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		handler.getTransformer().setOutputProperty(OutputKeys.INDENT, "yes");
		handler.setResult(new StreamResult(out));
		handler.startDocument();
	}

	/** A serializer factory, confined to one thread (the one that writes the export). */
	static SAXTransformerFactory factory() {
		TransformerFactory factory = TransformerFactory.newInstance();
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
		return (SAXTransformerFactory) factory;
	}

	void prefix(String prefix, String uri) throws SAXException {
		handler.startPrefixMapping(prefix, uri);
	}

	void start(String uri, String prefix, String name, AttributesImpl attributes) throws SAXException {
		handler.startElement(uri, name, prefix.isEmpty() ? name : prefix + ":" + name, attributes);
	}

	void end(String uri, String prefix, String name) throws SAXException {
		handler.endElement(uri, name, prefix.isEmpty() ? name : prefix + ":" + name);
	}

	void element(String uri, String prefix, String name, AttributesImpl attributes) throws SAXException {
		start(uri, prefix, name, attributes);
		end(uri, prefix, name);
	}

	void text(String text) throws SAXException {
		handler.characters(text.toCharArray(), 0, text.length());
	}

	static void add(AttributesImpl attributes, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			attributes.addAttribute("", name, name, "CDATA", value.toString());
		}
	}

	static void add(AttributesImpl attributes, String uri, String prefix, String name, String value) {
		attributes.addAttribute(uri, name, prefix + ":" + name, "CDATA", value);
	}

	@Override
	public void close() throws SAXException {
		handler.endDocument();
		try {
			out.write('\n');
			out.flush();
		} catch (java.io.IOException e) {
			throw new SAXException(e);
		}
	}
}
