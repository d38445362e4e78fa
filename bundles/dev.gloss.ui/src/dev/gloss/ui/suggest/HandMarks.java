// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.ui.texteditor.ITextEditor;

/** The readers of what an analyst marks by hand in one editor: counts and places, on one adapter. */
final class HandMarks extends AdapterImpl {

	private final CountReader counts;
	private final PlaceReader places;

	HandMarks(ITextEditor editor) {
		this.counts = new CountReader(editor);
		this.places = new PlaceReader(editor);
		MarkCommands.listen();
	}

	@Override
	public void notifyChanged(Notification notification) {
		counts.notifyChanged(notification);
		places.notifyChanged(notification);
	}
}
