/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import dev.gloss.model.provider.GlossItemProviderAdapterFactory;

/** The EMF.Edit adapter factory every Gloss editing domain and label provider shares. */
public final class GlossAdapterFactory {

	private static ComposedAdapterFactory factory;

	private GlossAdapterFactory() {
	}

	public static synchronized ComposedAdapterFactory get() {
		if (factory == null) {
			factory = new ComposedAdapterFactory();
			factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
			factory.addAdapterFactory(new GlossItemProviderAdapterFactory());
			factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		}
		return factory;
	}
}
