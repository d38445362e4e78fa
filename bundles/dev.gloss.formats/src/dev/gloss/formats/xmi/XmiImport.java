/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportPlan;
import dev.gloss.formats.LabelMapping;
import dev.gloss.formats.LabelMapping.Target;
import dev.gloss.formats.Unmapped;
import dev.gloss.formats.internal.ImportedSpans;
import dev.gloss.formats.internal.Values;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;

/**
 * Reads UIMA CAS XMI as Apache UIMA, the UIMA CAS Editor, DKPro Core and INCEpTION write it (and
 * as {@link XmiFormat} exports it), with a StAX parser: no UIMA at run time. Each {@code .xmi} is a
 * document: the initial view's {@code sofaString} is the article, annotation offsets count its
 * UTF-16 units. Its path is Gloss's {@code DocumentInfo} path, else the file's path without
 * {@code .xmi}.
 *
 * <p>An annotation's labels are, most specific first, its {@code value} or {@code label} feature
 * (DKPro's NamedEntity {@code value="LOC"}), its type's short name ({@code Claim} of
 * {@code webanno.custom.Claim}) and its full name; the first the {@link LabelMapping} maps
 * decides. Relation layers (INCEpTION's {@code Governor} and {@code Dependent}) map to a claim's
 * links the same way. Gloss's own types keep every attribute and link. Linguistic layers
 * (tokens, sentences, lemmas, parts of speech, dependencies, document metadata) are left out
 * silently; other unmapped labels are listed.
 */
public final class XmiImport implements ImportFormat {

	private static final String XMI = "http://www.omg.org/XMI";
	private static final String CAS = "http:///uima/cas.ecore";
	/** Layers that hold the linguistic preprocessing of a text, never an analyst's annotation. */
	private static final Set<String> LINGUISTIC = Set.of("Token", "Sentence", "Lemma", "POS", "Stem", "Dependency",
			"DocumentMetaData", "TagsetDescription", "DocumentAnnotation", "Paragraph", "Chunk", "MorphologicalFeatures",
			"Div", "Heading");

	@Override
	public String id() {
		return "xmi";
	}

	@Override
	public String label() {
		return "UIMA CAS XMI (INCEpTION, DKPro, UIMA)";
	}

	@Override
	public String description() {
		return "CAS XMI files as INCEpTION, DKPro Core and the UIMA CAS Editor write them, custom layers "
				+ "included; the articles are added to the corpus.";
	}

	@Override
	public void read(List<Path> sources, Path corpus, ImportOptions options, ImportPlan plan) throws IOException {
		Unmapped unmapped = new Unmapped();
		for (Path source : sources) {
			Path root = source.toAbsolutePath().normalize();
			if (Files.isRegularFile(root)) {
				readFile(root, root.getParent(), options.labels(), plan, unmapped);
			} else if (Files.isDirectory(root)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(root)) {
					files = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xmi"))
							.sorted().toList();
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
				for (Path file : files) {
					readFile(file, root, options.labels(), plan, unmapped);
				}
			} else {
				throw new NoSuchFileException(root.toString());
			}
		}
		if (!sources.isEmpty()) {
			unmapped.report(sources.get(0).toAbsolutePath().normalize(), plan);
		}
	}

	/** One element of the XMI: its type and attributes, and the line it starts on. */
	private record Element(String namespace, String name, Map<String, String> attributes, int line) {

		String type() {
			return packageOf(namespace) + "." + name;
		}

		String get(String attribute) {
			return attributes.get(attribute);
		}
	}

	private static void readFile(Path file, Path root, LabelMapping labels, ImportPlan plan, Unmapped unmapped)
			throws IOException {
		List<Element> elements;
		try {
			elements = parse(file);
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			plan.problem(Problem.error(file, line, 0, "not readable XMI: " + e.getMessage()
					.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")));
			return;
		}
		new Document(file, root, elements, labels, plan, unmapped).read();
	}

	private static List<Element> parse(Path file) throws IOException, XMLStreamException {
		// the JDK's parser, whose messages the error text above is cut from: newFactory() would take
		// whichever StAX library is on the class path (Aalto, which GlossStore reads with)
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		// files from elsewhere: no DTDs, no external entities
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		List<Element> elements = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			int depth = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					// the CAS's feature structures are the children of xmi:XMI
					if (depth == 2) {
						Map<String, String> attributes = new LinkedHashMap<>();
						for (int i = 0; i < reader.getAttributeCount(); i++) {
							String namespace = reader.getAttributeNamespace(i);
							String name = reader.getAttributeLocalName(i);
							attributes.put(XMI.equals(namespace) ? "xmi:" + name : name, reader.getAttributeValue(i));
						}
						elements.add(new Element(reader.getNamespaceURI(), reader.getLocalName(), attributes,
								reader.getLocation().getLineNumber()));
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			reader.close();
		}
		return elements;
	}

	/** {@code http:///webanno/custom.ecore} is the package {@code webanno.custom}. */
	static String packageOf(String namespace) {
		if (namespace == null) {
			return "";
		}
		String path = namespace.replaceFirst("^http:///", "").replaceFirst("\\.ecore$", "");
		return path.replace('/', '.');
	}

	/** One file. */
	private static final class Document {

		private final Path file;
		private final Path root;
		private final List<Element> elements;
		private final LabelMapping labels;
		private final ImportPlan plan;
		private final Unmapped unmapped;
		private final Map<String, Annotation> byXmiId = new HashMap<>();
		private final Map<String, Element> elementById = new HashMap<>();
		private boolean failed;

		Document(Path file, Path root, List<Element> elements, LabelMapping labels, ImportPlan plan,
				Unmapped unmapped) {
			this.file = file;
			this.root = root;
			this.elements = elements;
			this.labels = labels;
			this.plan = plan;
			this.unmapped = unmapped;
		}

		void read() {
			Element sofa = elements.stream().filter(e -> CAS.equals(e.namespace()) && e.name().equals("Sofa")
					&& "_InitialView".equals(e.get("sofaID"))).findFirst().orElse(null);
			if (sofa == null || sofa.get("sofaString") == null) {
				error(0, "no document text: the XMI has no initial view with a sofaString");
				return;
			}
			String text = sofa.get("sofaString");
			String sofaId = sofa.get("xmi:id");
			if (sofaId == null) {
				error(0, "the initial view has no xmi:id, so no annotation can point at its text");
				return;
			}
			String path = path();
			for (Element element : elements) {
				String id = element.get("xmi:id");
				if (id != null) {
					elementById.put(id, element);
				}
			}
			List<Annotation> annotations = new ArrayList<>();
			List<Element> relations = new ArrayList<>();
			for (Element element : elements) {
				if (!sofaId.equals(element.get("sofa")) || element.get("begin") == null
						|| LINGUISTIC.contains(element.name()) || CAS.equals(element.namespace())) {
					continue;
				}
				if (element.get("Governor") != null && element.get("Dependent") != null) {
					relations.add(element);
					continue;
				}
				Annotation annotation = span(element, text, path);
				if (annotation != null) {
					annotations.add(annotation);
					byXmiId.put(element.get("xmi:id"), annotation);
				}
			}
			for (Element element : elements) {
				Annotation annotation = byXmiId.get(element.get("xmi:id"));
				if (annotation instanceof Claim claim && TypeSystem.NAMESPACE.equals(element.namespace())) {
					links(element, claim);
				}
			}
			for (Element relation : relations) {
				relation(relation);
			}
			if (!failed) {
				plan.add(new ImportPlan.Document(path, text, file, true, annotations));
			}
		}

		private String path() {
			for (Element element : elements) {
				if (TypeSystem.NAMESPACE.equals(element.namespace()) && element.name().equals("DocumentInfo")
						&& element.get("path") != null) {
					return element.get("path");
				}
			}
			String relative = root.relativize(file).toString().replace('\\', '/');
			String path = relative.substring(0, relative.length() - ".xmi".length());
			String lower = path.toLowerCase(Locale.ROOT);
			return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".text") ? path : path + ".txt";
		}

		/** Most specific first: the value the layer gives it, its type's short name, its full name. */
		private static List<String> labelsOf(Element element) {
			List<String> names = new ArrayList<>();
			for (String feature : List.of("value", "label")) {
				String value = element.get(feature);
				if (value != null && !value.isBlank() && !TypeSystem.NAMESPACE.equals(element.namespace())) {
					names.add(value);
				}
			}
			names.add(element.name());
			names.add(element.type());
			return names;
		}

		private Annotation span(Element element, String text, String path) {
			List<String> names = labelsOf(element);
			Optional<Target> target = labels.target(names);
			if (target.isEmpty()) {
				unmapped.span(names.get(0));
				return null;
			}
			if (target.get() == Target.IGNORE) {
				return null;
			}
			if (target.get().type().isEmpty()) {
				error(element.line(), "'" + names.get(0) + "' is a span, but it is mapped to the claim link "
						+ LabelMapping.name(target.get()));
				return null;
			}
			int begin;
			int end;
			try {
				begin = Integer.parseInt(element.get("begin"));
				end = Integer.parseInt(element.get("end"));
			} catch (NumberFormatException e) {
				error(element.line(), element.type() + ": begin and end must be whole numbers");
				return null;
			}
			if (begin < 0 || begin > end || end > text.length()) {
				error(element.line(), element.type() + " at " + begin + ".." + end + " is outside the text (0.."
						+ text.length() + " UTF-16 units)");
				return null;
			}
			boolean own = TypeSystem.NAMESPACE.equals(element.namespace());
			String id = ImportedSpans.id(own ? element.get("glossId") : null, path, element.get("xmi:id"), begin, end,
					element.type());
			Annotation annotation = ImportedSpans.create(target.get(), begin, end, id);
			if (own) {
				attributes(element, annotation);
			}
			return annotation;
		}

		/** Gloss's own features are Gloss's attributes, with their literals. */
		private void attributes(Element element, Annotation annotation) {
			boolean coordinates = "true".equals(element.get("hasCoordinates"));
			for (Map.Entry<String, String> feature : element.attributes().entrySet()) {
				String name = feature.getKey();
				String value = feature.getValue();
				boolean skip = switch (name) {
					case "xmi:id", "sofa", "begin", "end", "glossId", "sources", "locations", "counts",
							"hasCoordinates" -> true;
					case "latitude", "longitude" -> !coordinates;
					case "credibility" -> "0".equals(value);
					case "reliability" -> "unrated".equals(value);
					default -> false;
				};
				if (!skip) {
					String problem = Values.set(annotation, name, value);
					if (problem != null) {
						error(element.line(), problem);
					}
				}
			}
		}

		private void links(Element element, Claim claim) {
			for (String feature : List.of("sources", "locations", "counts")) {
				String ids = element.get(feature);
				if (ids == null || ids.isBlank()) {
					continue;
				}
				for (String id : ids.trim().split("\\s+")) {
					Annotation target = byXmiId.get(id);
					// an FSArray may stand between the claim and its targets
					if (target == null && elementById.containsKey(id) && elementById.get(id).get("elements") != null) {
						for (String inner : elementById.get(id).get("elements").trim().split("\\s+")) {
							link(element, feature, claim, byXmiId.get(inner));
						}
					} else {
						link(element, feature, claim, target);
					}
				}
			}
		}

		private void link(Element element, String feature, Claim claim, Annotation target) {
			if (target == null) {
				return;
			}
			String why = ImportedSpans.link(Target.parse(feature), claim, target);
			if (why != null) {
				error(element.line(), "the claim's " + feature + " " + why);
			}
		}

		private void relation(Element relation) {
			List<String> names = labelsOf(relation);
			Optional<Target> target = labels.target(names);
			if (target.isEmpty()) {
				unmapped.relation(names.get(0));
				return;
			}
			if (target.get() == Target.IGNORE) {
				return;
			}
			if (!target.get().isLink()) {
				error(relation.line(), "'" + names.get(0) + "' is a relation, but it is mapped to the type "
						+ LabelMapping.name(target.get()) + ": map it to sources, locations or counts");
				return;
			}
			Annotation governor = byXmiId.get(relation.get("Governor"));
			Annotation dependent = byXmiId.get(relation.get("Dependent"));
			if (governor == null || dependent == null) {
				return; // one end was left out (unmapped or ignored): so is the relation
			}
			String why = ImportedSpans.link(target.get(), governor, dependent);
			if (why != null) {
				plan.problem(Problem.warning(file, relation.line(), 0, "skipped: " + relation.type() + " " + why));
			}
		}

		private void error(int line, String message) {
			plan.problem(Problem.error(file, line, 0, message));
			failed = true;
		}
	}
}
