/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.xmi;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' view of the XMI export's UIMA type system (package-private in
 * dev.gloss.formats), so the UIMA peer measures exactly the types Gloss exports.
 */
public final class BenchmarkTypes {

	/** A type: name, description, supertype, features as {name, description, range, elementType or null}. */
	public record Type(String name, String description, String supertype, List<String[]> features) {
	}

	private BenchmarkTypes() {
	}

	public static String namespace() {
		return TypeSystem.PACKAGE;
	}

	public static List<Type> types() {
		List<Type> types = new ArrayList<>();
		for (TypeSystem.Type type : TypeSystem.TYPES) {
			List<String[]> features = new ArrayList<>();
			for (TypeSystem.Feature feature : type.features()) {
				features.add(new String[] { feature.name(), feature.description(), feature.range(), feature.elementType() });
			}
			types.add(new Type(type.name(), type.description(), type.supertype(), features));
		}
		return types;
	}
}
