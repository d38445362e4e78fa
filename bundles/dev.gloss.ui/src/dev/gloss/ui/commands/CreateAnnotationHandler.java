/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.ui.internal.Messages;

/**
 * Gloss > Claim / Source / Location / Count: marks the selection (one handler class, the type
 * comes from plugin.xml).
 */
public final class CreateAnnotationHandler extends AbstractHandler implements IExecutableExtension {

	private AnnotationType type = AnnotationType.CLAIM;

	public CreateAnnotationHandler() {
	}

	public CreateAnnotationHandler(AnnotationType type) {
		this.type = type;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String name) {
			type = AnnotationType.parse(name);
		} else if (data instanceof java.util.Map<?, ?> parameters && parameters.get("type") instanceof String name) {
			type = AnnotationType.parse(name);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		EditorContext context = EditorContext.of(event, true);
		if (context != null) {
			create(context, type);
		}
		return null;
	}

	/** Marks the context's selection as the type; null (and a status line message) if it cannot. */
	static Annotation create(EditorContext context, AnnotationType type) {
		ITextSelection selection = context.selection();
		if (selection == null || selection.getLength() == 0) {
			context.error(Messages.Create_noSelection);
			return null;
		}
		int begin = selection.getOffset();
		int end = begin + selection.getLength();
		// pressing the key twice must not make two identical annotations (a second Count on one passage
		// would be counted twice in every export)
		for (Annotation existing : context.session.model().getAnnotations()) {
			if (existing.getBegin() == begin && existing.getEnd() == end && AnnotationType.of(existing) == type) {
				context.error(NLS.bind(Messages.Create_already, type.label()));
				return null;
			}
		}
		try {
			Annotation annotation = AnnotationEdits.create(context.session, type, begin, end);
			StickyMode.get().setLastType(type);
			context.message(NLS.bind(Messages.Create_done, type.label(), annotation.getQuote().length()));
			return annotation;
		} catch (BadLocationException e) {
			context.error(e.getMessage());
			return null;
		}
	}
}
