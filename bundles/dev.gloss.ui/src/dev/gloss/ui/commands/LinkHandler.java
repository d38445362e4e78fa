/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.ui.hover.AnnotationDescriptions;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.session.GlossSessions;

/**
 * Gloss > Link Claim...: with the caret in a claim, a filterable list of the article's sources,
 * locations and counts (nearest first); Enter links or unlinks the selected one. With the
 * parameter {@value #TARGET_PARAMETER} (an annotation id) it links without the list.
 */
public final class LinkHandler extends AbstractHandler {

	public static final String TARGET_PARAMETER = "dev.gloss.ui.target";

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext context = EditorContext.of(event, false);
		if (context == null) {
			return null;
		}
		Claim claim = claimAtCaret(context);
		if (claim == null) {
			context.error(Messages.Link_noClaim);
			return null;
		}
		String id = event.getParameter(TARGET_PARAMETER);
		if (id != null) {
			Annotation target = context.session.model().getAnnotations().stream()
					.filter(a -> id.equals(a.getId())).findFirst().orElse(null);
			if (target == null || AnnotationEdits.linkFor(AnnotationType.of(target)) == null) {
				context.error(NLS.bind(Messages.Link_unknownTarget, id));
				return null;
			}
			toggle(context, claim, target);
		} else {
			new LinkPopup(GlossSessions.viewerOf(context.editor).getTextWidget(), context.session, claim,
					target -> toggle(context, claim, target)).open();
		}
		return null;
	}

	private static Claim claimAtCaret(EditorContext context) {
		Annotation target = context.target();
		if (target instanceof Claim claim) {
			return claim;
		}
		// the caret may sit in a source inside the claim: take the innermost claim around it
		int offset = context.selection().getOffset();
		Claim best = null;
		for (Annotation a : context.session.index().overlapping(offset, offset + 1)) {
			if (a instanceof Claim claim && !a.isOrphaned()
					&& (best == null || a.getEnd() - a.getBegin() < best.getEnd() - best.getBegin())) {
				best = claim;
			}
		}
		return best;
	}

	private static void toggle(EditorContext context, Claim claim, Annotation target) {
		boolean linked = AnnotationEdits.toggleLink(context.session, claim, target);
		context.message(NLS.bind(linked ? Messages.Link_linked : Messages.Link_unlinked,
				AnnotationType.of(target).label(), AnnotationDescriptions.name(target)));
	}
}
