/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.peers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

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
 * EMF's XMI loader and saver with the options GlossStore used before its own reader and writer:
 * the "before" in the same run, and the reference the new ones must match byte for byte.
 */
public final class EmfXmi {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private EmfXmi() {
	}

	public static byte[] save(AnnotatedDocument document) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
		options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		document.eResource().save(out, options);
		return out.toByteArray();
	}

	public static AnnotatedDocument load(byte[] file) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(GlossPackage.eNS_URI, GlossPackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("memory:/emf.gloss")) {
			@Override
			protected boolean useUUIDs() {
				return false;
			}
		};
		resource.setIntrinsicIDToEObjectMap(new HashMap<String, EObject>());
		resourceSet.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		resource.load(new ByteArrayInputStream(file), options);
		return (AnnotatedDocument) resource.getContents().get(0);
	}
}
