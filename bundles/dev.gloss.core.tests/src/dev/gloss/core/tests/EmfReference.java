/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.GlossPackage;

/**
 * EMF's own XMI loader and saver with the options GlossStore used before it had its own reader and
 * writer: the reference the streaming reader and writer are compared against.
 */
final class EmfReference {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private EmfReference() {
	}

	/** What EMF writes for the document (which must be in a resource, as GlossStore's are). */
	static byte[] save(AnnotatedDocument document) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
		options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.eResource().save(out, options);
		return out.toByteArray();
	}

	/** What EMF reads from the bytes: the document, or the resource's first error as an exception. */
	static AnnotatedDocument load(byte[] file) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(GlossPackage.eNS_URI, GlossPackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("memory:/reference.gloss")) {
			@Override
			protected boolean useUUIDs() {
				return false;
			}
		};
		resource.setIntrinsicIDToEObjectMap(new HashMap<String, EObject>());
		resourceSet.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
				"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
				XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, Map.of(
				XMLConstants.ACCESS_EXTERNAL_DTD, "",
				XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""));
		resource.load(new ByteArrayInputStream(file), options);
		if (!resource.getErrors().isEmpty()) {
			throw new IOException(resource.getErrors().get(0).getMessage());
		}
		return (AnnotatedDocument) resource.getContents().get(0);
	}
}
