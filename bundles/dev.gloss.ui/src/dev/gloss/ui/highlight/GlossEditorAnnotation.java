/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.highlight;

import org.eclipse.jface.text.source.Annotation;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.ui.hover.AnnotationDescriptions;

/** A Gloss passage as the text editor shows it: its type decides colour, its text the hover. */
public final class GlossEditorAnnotation extends Annotation {

	private final dev.gloss.model.Annotation passage;

	GlossEditorAnnotation(dev.gloss.model.Annotation passage) {
		super(GlossAnnotationTypes.passage(AnnotationType.of(passage)), false,
				AnnotationDescriptions.describe(passage));
		this.passage = passage;
	}

	/** The model annotation shown. */
	public dev.gloss.model.Annotation passage() {
		return passage;
	}
}
