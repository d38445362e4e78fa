/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.util.Locale;

import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import dev.gloss.core.corpus.AnnotationType;

/**
 * The type icons (icons/*.png, in the default highlight colours, so that the view, menus and
 * editor agree), as SWT images; UI thread.
 */
public final class TypeImages {

	private static ImageRegistry registry;

	private TypeImages() {
	}

	public static Image get(AnnotationType type) {
		if (registry == null) {
			registry = new ImageRegistry(Display.getCurrent());
			for (AnnotationType each : AnnotationType.values()) {
				ResourceLocator.imageDescriptorFromBundle(TypeImages.class,
						"icons/" + each.name().toLowerCase(Locale.ROOT) + ".png")
						.ifPresent(descriptor -> registry.put(each.name(), descriptor));
			}
		}
		return registry.get(type.name());
	}
}
