/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.codegen;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * "Generate Model Code" without an Eclipse IDE.
 *
 * <p>Completes the genmodel from the ecore (new classes and features get default generator
 * settings), saves it back so that the committed genmodel always matches the ecore, and writes
 * the code. Without a running Eclipse there is no JMerge, so generated files are overwritten
 * whole: hand-written code lives outside {@code src-gen/}.
 *
 * <p>Arguments: the genmodel, the folder that plays the workspace root (so that
 * {@code platform:/resource/dev.gloss.model/} is {@code bundles/dev.gloss.model/}), and the
 * comma-separated project types to generate (model, edit).
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: GenerateModel GENMODEL WORKSPACE_ROOT [model,edit]");
			System.exit(2);
		}
		File genModelFile = new File(args[0]).getCanonicalFile();
		File root = new File(args[1]).getCanonicalFile();
		String types = args.length > 2 ? args[2] : "model";

		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());

		URI rootUri = URI.createFileURI(root.getPath() + "/");
		// the generator writes through the global URI map, the resource set reads through its own
		URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/", true), rootUri);
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/", true), rootUri);

		Resource genResource = resourceSet.getResource(URI.createFileURI(genModelFile.getPath()), true);
		GenModel genModel = (GenModel) genResource.getContents().get(0);
		List<EPackage> ePackages = genModel.getForeignModel().stream()
				.map(name -> resourceSet.getResource(
						URI.createFileURI(new File(genModelFile.getParentFile(), name).getPath()), true))
				.map(resource -> (EPackage) resource.getContents().get(0))
				.toList();
		genModel.initialize(ePackages);
		genModel.reconcile();
		genResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));

		genModel.setCanGenerate(true);
		genModel.setValidateModel(false);
		// the JDT formatter needs a running Eclipse
		genModel.setCodeFormatting(false);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			System.err.println("genmodel invalid: " + diagnostic);
			System.exit(1);
		}

		Generator generator = new Generator() {
			@Override
			public JControlModel getJControlModel() {
				return new JControlModel() {
					@Override
					public boolean canMerge() {
						return false;
					}
				};
			}
		};
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		for (String type : types.split(",")) {
			Object projectType = switch (type.trim()) {
			case "model" -> GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
			case "edit" -> GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE;
			default -> throw new IllegalArgumentException("unknown project type: " + type);
			};
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				System.err.println("EMF code generation (" + type + ") failed: " + result);
				System.exit(1);
			}
			System.out.println("EMF code generation (" + type + "): done");
		}
		System.exit(0);
	}
}
