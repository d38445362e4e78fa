/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import dev.gloss.core.corpus.AnnotationType;

/**
 * The editor annotation types Gloss declares in plugin.xml: one per Gloss type for the passages
 * (highlight, navigation, hover), and one per Gloss type for the thinned overview-ruler marks,
 * which share the passage type's colour preference.
 */
public final class GlossAnnotationTypes {

	private static final String PREFIX = "dev.gloss.ui.";
	private static final String OVERVIEW = ".overview";

	/**
	 * The overview mark of a ruler row where passages of several types meet (one mark would
	 * otherwise cover the others); its hover lists them.
	 */
	public static final String MIXED_OVERVIEW = PREFIX + "mixed" + OVERVIEW; //$NON-NLS-1$

	private GlossAnnotationTypes() {
	}

	/** "dev.gloss.ui.claim", ... */
	public static String passage(AnnotationType type) {
		return PREFIX + type.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** "dev.gloss.ui.claim.overview", ... */
	public static String overview(AnnotationType type) {
		return passage(type) + OVERVIEW;
	}

	/** Whether an editor annotation type is one of Gloss's (passage or overview mark). */
	public static boolean isGloss(String annotationType) {
		return annotationType != null && annotationType.startsWith(PREFIX);
	}

	/** The Gloss type of a passage annotation type id, or null for any other type. */
	public static AnnotationType typeOf(String annotationType) {
		if (annotationType == null || !annotationType.startsWith(PREFIX) || annotationType.endsWith(OVERVIEW)) {
			return null;
		}
		for (AnnotationType type : AnnotationType.values()) {
			if (passage(type).equals(annotationType)) {
				return type;
			}
		}
		return null;
	}
}
