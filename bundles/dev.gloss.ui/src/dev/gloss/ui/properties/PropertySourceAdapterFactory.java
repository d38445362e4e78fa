/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

import dev.gloss.model.Annotation;

/** Annotations selected anywhere (the Annotations view) show their attributes in the Properties view. */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptableObject instanceof Annotation annotation) {
			Object source = GlossAdapterFactory.get().adapt(annotation, IItemPropertySource.class);
			if (source instanceof IItemPropertySource itemSource) {
				return adapterType.cast(new ItemPropertySource(annotation, itemSource));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
