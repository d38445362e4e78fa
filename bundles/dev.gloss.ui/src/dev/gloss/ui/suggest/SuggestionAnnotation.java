// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.Locale;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.suggest.Suggestion;

/** A suggestion in the editor: its own annotation type per Gloss type, so its look is set apart. */
public final class SuggestionAnnotation extends Annotation {

	/** The editor annotation type of suggestions of a Gloss type: dev.gloss.ui.suggestion.claim ... */
	public static String typeOf(AnnotationType type) {
		return "dev.gloss.ui.suggestion." + type.name().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	private Suggestion suggestion;

	SuggestionAnnotation(Suggestion suggestion) {
		super(typeOf(suggestion.type()), false, hover(suggestion));
		this.suggestion = suggestion;
	}

	private static String hover(Suggestion suggestion) {
		return NLS.bind(Messages.Suggestion_hover, suggestion.type().label(), suggestion.reason());
	}

	public Suggestion suggestion() {
		return suggestion;
	}

	/**
	 * Takes the same proposal from a newer computation (same type and passage; its links, reason
	 * and attributes may differ): the editor keeps this annotation, so nothing is repainted.
	 */
	void refresh(Suggestion newer) {
		suggestion = newer;
		setText(hover(newer));
	}
}
