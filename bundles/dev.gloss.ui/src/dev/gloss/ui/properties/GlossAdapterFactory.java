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
