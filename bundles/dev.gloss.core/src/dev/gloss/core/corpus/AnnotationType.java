/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.corpus;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

import dev.gloss.model.Annotation;
import dev.gloss.model.GlossPackage;

/** The kinds of passage an analyst marks. */
public enum AnnotationType {

	CLAIM(GlossPackage.Literals.CLAIM),
	SOURCE(GlossPackage.Literals.SOURCE),
	LOCATION(GlossPackage.Literals.LOCATION),
	COUNT(GlossPackage.Literals.COUNT);

	private final EClass eClass;

	AnnotationType(EClass eClass) {
		this.eClass = eClass;
	}

	public EClass eClass() {
		return eClass;
	}

	/** "Claim", "Source", ...: the name users see and exports use. */
	public String label() {
		return eClass.getName();
	}

	public Annotation create() {
		return (Annotation) GlossPackage.eINSTANCE.getGlossFactory().create(eClass);
	}

	public static AnnotationType of(Annotation annotation) {
		return of(annotation.eClass());
	}

	public static AnnotationType of(EClass eClass) {
		for (AnnotationType type : values()) {
			if (type.eClass == eClass) {
				return type;
			}
		}
		throw new IllegalArgumentException("not a Gloss annotation type: " + eClass.getName());
	}

	/** Accepts "claim", "Claim", "CLAIM". */
	public static AnnotationType parse(String name) {
		return valueOf(name.trim().toUpperCase(Locale.ROOT));
	}
}
