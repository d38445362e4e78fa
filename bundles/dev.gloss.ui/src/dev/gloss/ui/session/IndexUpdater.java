/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.model.Annotation;
import dev.gloss.model.GlossPackage;

/**
 * Keeps the index in step with the model's list of annotations, one notification per added or
 * removed annotation: a command at 50,000 annotations must not rebuild anything.
 */
final class IndexUpdater extends AdapterImpl {

	private final Supplier<AnnotationIndex> index;

	IndexUpdater(Supplier<AnnotationIndex> index) {
		this.index = index;
	}

	@Override
	public void notifyChanged(Notification notification) {
		AnnotationIndex current = index.get();
		if (notification.getFeature() != GlossPackage.Literals.ANNOTATED_DOCUMENT__ANNOTATIONS
				|| notification.isTouch() || current == null) {
			return;
		}
		switch (notification.getEventType()) {
		case Notification.ADD -> current.add((Annotation) notification.getNewValue());
		case Notification.REMOVE -> current.remove((Annotation) notification.getOldValue());
		case Notification.SET -> {
			current.remove((Annotation) notification.getOldValue());
			current.add((Annotation) notification.getNewValue());
		}
		case Notification.ADD_MANY -> ((List<?>) notification.getNewValue()).forEach(a -> current.add((Annotation) a));
		case Notification.REMOVE_MANY -> ((List<?>) notification.getOldValue())
				.forEach(a -> current.remove((Annotation) a));
		default -> {
			// MOVE: order in the list means nothing to the index
		}
		}
	}
}
