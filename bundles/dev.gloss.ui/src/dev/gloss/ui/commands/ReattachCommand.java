/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

import dev.gloss.model.Annotation;
import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.ui.session.GlossSession;

/**
 * Moves an orphan to a new passage and back (undo). The annotation object stays in the list (its
 * links point at it), so the session's index, which follows the list, is told directly: it drops
 * the annotation at its old place and takes it at its new one.
 */
final class ReattachCommand extends AbstractCommand {

	/** begin, end, quote, prefix, suffix, orphaned. */
	private record Place(int begin, int end, String quote, String prefix, String suffix, boolean orphaned) {
		static Place of(Annotation a) {
			return new Place(a.getBegin(), a.getEnd(), a.getQuote(), a.getPrefix(), a.getSuffix(), a.isOrphaned());
		}
	}

	private final GlossSession session;
	private final Annotation annotation;
	private final Place before;
	private final Place after;

	ReattachCommand(String label, GlossSession session, Annotation annotation, Annotation placed) {
		super(label);
		this.session = session;
		this.annotation = annotation;
		this.before = Place.of(annotation);
		this.after = new Place(placed.getBegin(), placed.getEnd(), placed.getQuote(), placed.getPrefix(),
				placed.getSuffix(), false);
	}

	@Override
	protected boolean prepare() {
		return annotation.isOrphaned() && session.index().contains(annotation);
	}

	@Override
	public void execute() {
		apply(after);
	}

	@Override
	public void undo() {
		apply(before);
	}

	@Override
	public void redo() {
		apply(after);
	}

	private void apply(Place place) {
		AnnotationIndex index = session.index();
		index.remove(annotation);
		annotation.setBegin(place.begin());
		annotation.setEnd(place.end());
		annotation.setQuote(place.quote());
		annotation.setPrefix(place.prefix());
		annotation.setSuffix(place.suffix());
		annotation.setOrphaned(place.orphaned());
		index.add(annotation);
	}

	@Override
	public List<Annotation> getAffectedObjects() {
		return List.of(annotation);
	}
}
