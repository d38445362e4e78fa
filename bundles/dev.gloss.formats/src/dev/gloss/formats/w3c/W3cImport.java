/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.w3c;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.core.filter.TokenFilter.Inclusion;
import com.fasterxml.jackson.databind.JsonNode;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.text.OffsetMap;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportPlan;
import dev.gloss.formats.LabelMapping;
import dev.gloss.formats.internal.IdSet;
import dev.gloss.formats.internal.Iris;
import dev.gloss.team.anchor.QuoteMatcher;
import dev.gloss.team.anchor.Reanchorer;
import dev.gloss.formats.internal.Json;
import dev.gloss.formats.internal.Values;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * Reads W3C Web Annotations in compacted JSON-LD with the W3C context, as Gloss and other W3C
 * tools (Hypothesis, Recogito, annotorious...) write them: single annotations, JSON arrays,
 * AnnotationPages, AnnotationCollections (their pages are followed to files beside them), and
 * JSON Lines. A folder is read whole ({@code .jsonld}, {@code .json}, {@code .jsonl}).
 *
 * <p>Each annotation needs a target with a TextQuoteSelector or a TextPositionSelector on an
 * article of the corpus. Its type comes from a Gloss body ({@code "type": "Claim"}), else from a
 * TextualBody with purpose {@code tagging} whose value names a type, else the default type;
 * other TextualBodies become the comment. Annotations whose id is not a {@code urn:uuid:} get a
 * UUID derived from their IRI, so importing the same file again replaces instead of duplicating.
 */
public final class W3cImport implements ImportFormat {

	@Override
	public String id() {
		return "w3c";
	}

	@Override
	public String label() {
		return "W3C Web Annotation (JSON-LD, JSON Lines)";
	}

	@Override
	public String description() {
		return "Annotations, pages, collections or JSON Lines from Gloss or other W3C tools, anchored on the "
				+ "corpus articles by position and quote.";
	}

	/** The longest path Gloss looks up for a source: longer ones cannot name a file (PATH_MAX). */
	static final int MAX_PATH = 4096;
	/**
	 * Quotes up to this length that are not in the article as they are get the fuzzy search; longer
	 * ones must match exactly (the fuzzy search is not linear in the quote: a hostile 100 KB quote ran
	 * for minutes).
	 */
	static final int MAX_FUZZY_QUOTE = 2000;
	/** Sources longer than this are refused, with a message, before any work on them. */
	static final int MAX_SOURCE = 65536;

	/** An annotation as found, with where it came from. */
	private record Found(JsonNode node, Path file, int line) {
	}

	/** Receives each annotation met, in the order of the sources (duplicates too). */
	@FunctionalInterface
	private interface Consumer {
		void add(String id, Found found) throws IOException;
	}

	/**
	 * Turns each annotation into a Gloss annotation as soon as it is read, so that the JSON of one
	 * annotation (one JSONL line, one page item) is all the JSON held at a time; the first of several
	 * with one id wins. After each annotation, the articles whose last annotation it was (see
	 * {@link Ends}) go to the plan, so memory holds the articles being read, not the whole import.
	 */
	private static final class Collected implements Consumer {
		private final IdSet seen = new IdSet();
		private final Builder builder;
		private int count;

		Collected(Builder builder) {
			this.builder = builder;
		}

		@Override
		public void add(String id, Found found) throws IOException {
			count++;
			if (id == null || seen.add(id)) {
				builder.annotation(found);
			}
			builder.ended(count);
		}
	}

	/**
	 * The first pass: for each article, the number of the last annotation (counted as {@link
	 * Collected} counts them) that names it. It reads only the skeleton of the JSON (types, ids,
	 * targets' sources, the links between pages), so it costs a fraction of the second pass.
	 */
	private static final class Ends implements Consumer {
		private final Builder builder;
		private final Map<String, String> pathOfSource = new HashMap<>();
		final Map<String, Integer> last = new HashMap<>();
		private int count;

		Ends(Builder builder) {
			this.builder = builder;
		}

		@Override
		public void add(String id, Found found) {
			count++;
			String source = sourceOf(found.node());
			if (source == null) {
				return;
			}
			String path = pathOfSource.computeIfAbsent(source, builder::resolve);
			if (path != null) {
				last.put(path, count);
			}
		}
	}

	@Override
	public void read(List<Path> sources, Path corpus, ImportOptions options, ImportPlan plan) throws IOException {
		Builder builder = new Builder(corpus, options, plan);
		Ends ends = new Ends(builder);
		new Pass(true, null, ends).read(sources);
		builder.ends = ends.last;
		new Pass(false, plan, new Collected(builder)).read(sources);
		builder.finish();
	}

	private static boolean isJsonFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Files.isRegularFile(file)
				&& (name.endsWith(".jsonld") || name.endsWith(".json") || name.endsWith(".jsonl"));
	}

	/**
	 * The members of the JSON the first pass keeps: what tells annotations, pages and collections
	 * apart, finds the pages, and names an annotation's article. {@code selector} is kept, empty:
	 * which of several targets counts depends on whether it has one.
	 */
	private static final Set<String> SKELETON = Set.of("type", "@type", "id", "@id", "target", "source", "selector",
			"@graph", "items", "first", "next");

	private static final TokenFilter NOTHING = new TokenFilter() {
		@Override
		public TokenFilter includeProperty(String name) {
			return null;
		}

		@Override
		public TokenFilter includeElement(int index) {
			return null;
		}

		@Override
		public boolean includeEmptyObject(boolean contentsFiltered) {
			return true;
		}

		@Override
		public boolean includeEmptyArray(boolean contentsFiltered) {
			return true;
		}
	};

	private static final TokenFilter SKELETON_FILTER = new TokenFilter() {
		@Override
		public TokenFilter includeProperty(String name) {
			return !SKELETON.contains(name) ? null : name.equals("selector") ? NOTHING : this;
		}

		@Override
		public boolean includeEmptyObject(boolean contentsFiltered) {
			return true;
		}

		@Override
		public boolean includeEmptyArray(boolean contentsFiltered) {
			return true;
		}
	};

	/**
	 * One pass over the sources, in a fixed order: folders in sorted order, a collection's pages
	 * after it. Every file is read once: a page met both through its collection and in the folder
	 * is read where it is met first (files of one export used to be read twice).
	 */
	private static final class Pass {
		private final boolean skeleton;
		/** Where problems go; {@code null} in the first pass (the second reports them). */
		private final ImportPlan plan;
		private final Consumer found;
		private final Set<Path> visited = new HashSet<>();

		Pass(boolean skeleton, ImportPlan plan, Consumer found) {
			this.skeleton = skeleton;
			this.plan = plan;
			this.found = found;
		}

		void read(List<Path> sources) throws IOException {
			for (Path source : sources) {
				Path file = source.toAbsolutePath().normalize();
				if (Files.isDirectory(file)) {
					List<Path> files;
					try (Stream<Path> walk = Files.walk(file)) {
						files = walk.filter(W3cImport::isJsonFile).sorted().toList();
					} catch (UncheckedIOException e) {
						throw e.getCause();
					}
					for (Path each : files) {
						if (visited.add(each)) {
							readFile(each, false);
						}
					}
				} else if (Files.isRegularFile(file)) {
					visited.add(file);
					readFile(file, true);
				} else {
					throw new NoSuchFileException(file.toString());
				}
			}
		}

		private void readFile(Path file, boolean followPages) throws IOException {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
				try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					int number = 0;
					for (String line = reader.readLine(); line != null; line = reader.readLine()) {
						number++;
						if (!line.isBlank()) {
							JsonNode node = parse(file, number, line);
							if (node != null) {
								collect(node, file, number, false);
							}
						}
					}
				}
				return;
			}
			JsonNode node = parse(file);
			if (node != null) {
				collect(node, file, 0, followPages);
			}
		}

		private JsonParser parser(JsonParser parser) {
			return skeleton ? new FilteringParserDelegate(parser, SKELETON_FILTER, Inclusion.INCLUDE_ALL_AND_PATH, true)
					: parser;
		}

		/** A whole JSON file, read from the stream (no copy of it as a string). */
		private JsonNode parse(Path file) throws IOException {
			try (java.io.InputStream in = Files.newInputStream(file);
					JsonParser parser = parser(Json.FACTORY.createParser(in))) {
				return Json.MAPPER.readTree(parser);
			} catch (JsonProcessingException e) {
				if (plan != null) {
					plan.problem(Problem.error(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
							e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
							"not JSON: " + e.getOriginalMessage()));
				}
				return null;
			}
		}

		private JsonNode parse(Path file, int line, String json) throws IOException {
			try (JsonParser parser = parser(Json.FACTORY.createParser(json))) {
				return Json.MAPPER.readTree(parser);
			} catch (JsonProcessingException e) {
				if (plan != null) {
					int at = e.getLocation() == null ? line : line + e.getLocation().getLineNr() - 1;
					plan.problem(Problem.error(file, at, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
							"not JSON: " + e.getOriginalMessage()));
				}
				return null;
			}
		}

		private void collect(JsonNode node, Path file, int line, boolean followPages) throws IOException {
			if (node.isArray()) {
				for (JsonNode item : node) {
					collect(item, file, line, followPages);
				}
				return;
			}
			if (!node.isObject()) {
				return;
			}
			if (node.has("@graph")) {
				collect(node.get("@graph"), file, line, followPages);
			}
			if (hasType(node, "Annotation")) {
				String id = text(node, "id");
				found.add(id, new Found(node, file, line));
			} else if (hasType(node, "AnnotationPage")) {
				collect(node.path("items"), file, line, followPages);
				if (followPages && node.get("next") != null) {
					follow(node.get("next"), file);
				}
			} else if (hasType(node, "AnnotationCollection") && followPages && node.get("first") != null) {
				JsonNode first = node.get("first");
				if (first.isObject()) {
					collect(first, file, line, true);
				} else {
					follow(first, file);
				}
			}
		}

		/** A page named by IRI is looked up beside the file that names it, by its last path segment. */
		private void follow(JsonNode reference, Path from) throws IOException {
			String iri = reference.isObject() ? text(reference, "id") : reference.asText();
			if (reference.isObject() && reference.has("items")) {
				collect(reference, from, 0, true);
				return;
			}
			if (iri == null) {
				return;
			}
			String name = iri.substring(iri.lastIndexOf('/') + 1);
			Path page = from.resolveSibling(name).toAbsolutePath().normalize();
			if (!visited.add(page)) {
				return;
			}
			if (!Files.isRegularFile(page)) {
				if (plan != null) {
					plan.problem(Problem.error(from, 0, 0, "the page " + iri + " is not beside this file (as " + name
							+ "): import the folder of the export, or put the pages beside the collection"));
				}
				return;
			}
			JsonNode node = parse(page);
			if (node != null) {
				collect(node, page, 0, true);
			}
		}
	}

	/** The source IRI of an annotation's target, or {@code null}. */
	private static String sourceOf(JsonNode annotation) {
		JsonNode target = target(annotation.get("target"));
		return target == null ? null : target.isTextual() ? target.asText() : text(target, "source");
	}

	static boolean hasType(JsonNode node, String type) {
		JsonNode types = node.has("type") ? node.get("type") : node.get("@type");
		if (types == null) {
			return false;
		}
		for (JsonNode each : types.isArray() ? types : List.of(types)) {
			String value = each.asText();
			if (value.equals(type) || value.equals("oa:" + type) || value.equals("http://www.w3.org/ns/oa#" + type)
					|| value.equals("gloss:" + type) || value.equals(W3c.GLOSS_VOCABULARY + type)) {
				return true;
			}
		}
		return false;
	}

	static String text(JsonNode node, String key) {
		JsonNode value = node.has(key) ? node.get(key) : node.get("@" + key);
		return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
	}

	/** Turns the annotations found into documents of the corpus. */
	private static final class Builder {

		private final Path corpus;
		private final ImportOptions options;
		private final ImportPlan plan;
		private final Map<String, Article> articles = new LinkedHashMap<>();
		private final Map<String, String> pathOfSource = new LinkedHashMap<>();
		/** Article path -> the number of its last annotation (from the first pass). */
		Map<String, Integer> ends = Map.of();
		/** Articles handed over (paths only). */
		private final Set<String> emitted = new HashSet<>();
		/** Article path -> article, by the number of its last annotation, for {@link #ended}. */
		private final Map<Integer, List<String>> endingAt = new HashMap<>();

		private record Article(String path, String text, OffsetMap offsets, Path origin, List<Annotation> annotations,
				List<JsonNode> bodies, QuoteMatcher[] quoteMatcher) {

			/** Made when a quote first needs the fuzzy search: it indexes the text. */
			QuoteMatcher matcher() {
				if (quoteMatcher[0] == null) {
					quoteMatcher[0] = new QuoteMatcher(text);
				}
				return quoteMatcher[0];
			}
		}

		Builder(Path corpus, ImportOptions options, ImportPlan plan) {
			this.corpus = corpus;
			this.options = options;
			this.plan = plan;
		}

		/** Hands over the articles whose last annotation was number {@code count}. */
		void ended(int count) {
			List<String> paths = endingAt.remove(count);
			if (paths != null) {
				for (String path : paths) {
					Article article = articles.remove(path);
					if (article != null) {
						emit(article);
					}
				}
			}
		}

		/** Hands over what is left (articles the first pass did not see end: none, normally). */
		void finish() {
			for (Article article : articles.values()) {
				emit(article);
			}
			articles.clear();
		}

		private void emit(Article article) {
			emitted.add(article.path());
			link(article);
			plan.add(new ImportPlan.Document(article.path(), article.text(), article.origin(), false,
					article.annotations()));
		}

		private void annotation(Found found) throws IOException {
			JsonNode node = found.node();
			String iri = text(node, "id");
			String label = iri != null ? iri : "without id";
			JsonNode target = target(node.get("target"));
			String source = sourceOf(node);
			if (source == null) {
				error(found, label, "has no target source");
				return;
			}
			Article article = article(source, found);
			if (article == null) {
				return;
			}
			JsonNode selectors = target.isObject() ? target.get("selector") : null;
			Integer start = null;
			Integer end = null;
			String exact = null;
			String prefix = null;
			String suffix = null;
			if (selectors != null) {
				for (JsonNode selector : selectors.isArray() ? selectors : List.of(selectors)) {
					if (hasType(selector, "TextPositionSelector")) {
						start = selector.path("start").isInt() ? selector.get("start").asInt() : null;
						end = selector.path("end").isInt() ? selector.get("end").asInt() : null;
					} else if (hasType(selector, "TextQuoteSelector")) {
						exact = text(selector, "exact");
						prefix = text(selector, "prefix");
						suffix = text(selector, "suffix");
					}
				}
			}
			if (start == null && exact == null) {
				error(found, label, "selects no text (it needs a TextQuoteSelector or a TextPositionSelector)");
				return;
			}
			int[] span = QuoteAnchor.find(article.text(), article.offsets(), start, end, exact, prefix, suffix);
			if (span == null && exact != null && !exact.isEmpty() && exact.length() <= MAX_FUZZY_QUOTE) {
				// the page the tool annotated is not quite the article (Hypothesis, Recogito: whitespace,
				// punctuation, a corrected word): the fuzzy quote search that re-anchors Gloss's own passages
				int hint = start != null && start >= 0 && start <= article.offsets().codePointLength()
						? article.offsets().toUtf16(start)
						: 0;
				Optional<QuoteMatcher.Match> match = article.matcher().find(exact, prefix, suffix, hint);
				if (match.isPresent() && match.get().score() >= Reanchorer.MIN_SCORE) {
					span = new int[] { match.get().begin(), match.get().end() };
					plan.problem(Problem.warning(found.file(), found.line(), 0, "annotation " + label + ": its quote '"
							+ shorten(exact) + "' is not in " + article.path() + " as it is; anchored on the closest "
							+ "passage ('" + shorten(article.text().substring(span[0], span[1])) + "', "
							+ match.get().errors() + " characters differ)"));
				}
			}
			if (span == null) {
				error(found, label, "its passage is not in " + article.path()
						+ (exact != null ? " (quote '" + shorten(exact) + "')" : ""));
				return;
			}
			JsonNode glossBody = null;
			AnnotationType type = null;
			List<String> comments = new ArrayList<>();
			Long geonamesId = null;
			for (JsonNode body : bodies(node)) {
				java.util.regex.Matcher geonames = GEONAMES.matcher(String.valueOf(text(body, "source")));
				if ("identifying".equals(text(body, "purpose")) && geonames.matches()) {
					// Recogito's gazetteer link for a place
					geonamesId = Long.valueOf(geonames.group(1));
					continue;
				}
				AnnotationType bodyType = glossType(body);
				if (bodyType != null) {
					type = bodyType;
					glossBody = body;
				} else if (hasType(body, "TextualBody") || body.has("value")) {
					String value = text(body, "value");
					String purpose = text(body, "purpose");
					boolean tag = "tagging".equals(purpose) || "classifying".equals(purpose);
					Optional<LabelMapping.Target> mapped = tag && value != null ? options.labels().target(value)
							: Optional.empty();
					AnnotationType tagged = mapped.flatMap(LabelMapping.Target::type)
							.orElse(tag ? typeNamed(value) : null);
					if (mapped.isPresent() && mapped.get() == LabelMapping.Target.IGNORE) {
						continue;
					}
					if (tagged != null) {
						type = type == null ? tagged : type;
					} else if (value != null && !value.isEmpty()) {
						comments.add(value);
					}
				}
			}
			if (type == null) {
				type = options.defaultType();
				if (type == null) {
					error(found, label, "has no Gloss type (give a default type to import it)");
					return;
				}
			}
			Annotation annotation = type.create();
			annotation.setId(glossId(iri));
			annotation.setBegin(span[0]);
			annotation.setEnd(span[1]);
			annotation.setCreator(creator(node.get("creator")));
			time(found, label, annotation, "created", text(node, "created"));
			time(found, label, annotation, "modified", text(node, "modified"));
			if (!comments.isEmpty()) {
				annotation.setComment(String.join("\n\n", comments));
			}
			if (glossBody != null) {
				attributes(found, label, annotation, glossBody);
			}
			if (geonamesId != null && annotation instanceof dev.gloss.model.Location place
					&& place.getGeonamesId() == null) {
				place.setGeonamesId(geonamesId);
			}
			article.annotations().add(annotation);
			article.bodies().add(linksOf(glossBody));
		}

		private void attributes(Found found, String label, Annotation annotation, JsonNode body) {
			var fields = body.fields();
			while (fields.hasNext()) {
				var field = fields.next();
				String name = field.getKey();
				JsonNode value = field.getValue();
				switch (name) {
					case "type", "@type", "id", "@id", "sources", "locations", "counts", "purpose" -> {
						// the type is set, links come once every annotation exists
					}
					case "conflicts" -> conflicts(annotation, value);
					default -> {
						if (value.isValueNode() && !value.isNull()) {
							String problem = Values.set(annotation, name, value.asText());
							if (problem != null) {
								warn(found, label, problem);
							}
						}
					}
				}
			}
		}

		private static void conflicts(Annotation annotation, JsonNode value) {
			for (JsonNode each : value.isArray() ? value : List.of(value)) {
				Conflict conflict = GlossFactory.eINSTANCE.createConflict();
				conflict.setFeature(text(each, "feature"));
				conflict.setBase(text(each, "base"));
				conflict.setOurs(text(each, "ours"));
				conflict.setTheirs(text(each, "theirs"));
				conflict.setTheirsCreator(text(each, "theirsCreator"));
				annotation.getConflicts().add(conflict);
			}
		}

		/** Only what linking needs of a body, so the rest of its JSON can go. */
		private static JsonNode linksOf(JsonNode body) {
			if (body == null) {
				return null;
			}
			var links = Json.MAPPER.createObjectNode();
			for (String key : List.of("sources", "locations", "counts")) {
				if (body.has(key)) {
					links.set(key, body.get(key));
				}
			}
			return links;
		}

		/** A claim's links point at annotations of the same article, by IRI. */
		private void link(Article article) {
			Map<String, Annotation> byId = new LinkedHashMap<>();
			for (Annotation annotation : article.annotations()) {
				byId.put(annotation.getId(), annotation);
			}
			for (int i = 0; i < article.annotations().size(); i++) {
				JsonNode body = article.bodies().get(i);
				if (body == null || !(article.annotations().get(i) instanceof Claim claim)) {
					continue;
				}
				link(article, claim, body.get("sources"), byId, Source.class, claim.getSources());
				link(article, claim, body.get("locations"), byId, Location.class, claim.getLocations());
				link(article, claim, body.get("counts"), byId, Count.class, claim.getCounts());
			}
		}

		private <T extends Annotation> void link(Article article, Claim claim, JsonNode iris,
				Map<String, Annotation> byId, Class<T> type, List<T> links) {
			if (iris == null) {
				return;
			}
			for (JsonNode iri : iris.isArray() ? iris : List.of(iris)) {
				String id = glossId(iri.isObject() ? text(iri, "id") : iri.asText());
				Annotation target = byId.get(id);
				if (type.isInstance(target)) {
					links.add(type.cast(target));
				} else {
					plan.problem(Problem.warning(article.origin(), 0, 0, "claim " + claim.getId() + ": its link to "
							+ iri.asText() + " names no " + type.getSimpleName() + " of " + article.path()
							+ " in the import: left out"));
				}
			}
		}

		private Article article(String source, Found found) throws IOException {
			String path = pathOfSource.get(source);
			if (path == null && !pathOfSource.containsKey(source)) {
				path = resolve(source);
				pathOfSource.put(source, path);
				if (path == null) {
					plan.problem(Problem.error(found.file(), found.line(), 0, source.length() > MAX_SOURCE
							? "the source IRI is " + source.length() + " characters long; Gloss reads sources of up to "
									+ MAX_SOURCE
							: "no article of " + corpus + " matches the source "
									+ (source.length() > 300 ? source.substring(0, 297) + "..." : source) + (options.baseIri() == null ? " (give the base IRI the "
									+ "corpus was exported with)" : "")));
				}
			}
			if (path == null) {
				return null;
			}
			Article article = articles.get(path);
			if (article == null) {
				if (emitted.contains(path)) {
					// the first pass saw this article end: it can only be wrong if the sources changed
					throw new IOException(found.file() + ": the sources changed while they were read (an "
							+ "annotation of " + path + " appeared after its last one); import again");
				}
				String text;
				try {
					text = plan.article(corpus.resolve(path)).text();
				} catch (GlossFormatException e) {
					plan.problem(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
					pathOfSource.put(source, null);
					return null;
				}
				article = new Article(path, text, OffsetMap.of(text), found.file(), new ArrayList<>(),
						new ArrayList<>(), new QuoteMatcher[1]);
				articles.put(path, article);
				Integer end = ends.get(path);
				if (end != null) {
					endingAt.computeIfAbsent(end, n -> new ArrayList<>(1)).add(path);
				}
			}
			return article;
		}

		/** The article a source IRI names: below the base IRI, else the longest tail that exists. */
		String resolve(String source) {
			if (source.length() > MAX_SOURCE) {
				return null;
			}
			if (options.article() != null) {
				Path article = corpus.resolve(options.article()).normalize();
				return article.startsWith(corpus) && Files.isRegularFile(article)
						? corpus.relativize(article).toString().replace('\\', '/')
						: null;
			}
			String named = Iris.articlePath(source);
			if (named != null) {
				Path article = corpus.resolve(named).normalize();
				return article.startsWith(corpus) && Files.isRegularFile(article) ? named : null;
			}
			String base = options.baseIri() == null ? corpus.toUri().toString() : options.baseIri().toString();
			String pathPart;
			try {
				if (source.startsWith(base)) {
					String relative = new URI(source.substring(base.length())).getPath();
					if (relative != null && Files.isRegularFile(corpus.resolve(relative))) {
						return relative;
					}
				}
				pathPart = new URI(source).getPath();
			} catch (URISyntaxException | IllegalArgumentException e) {
				return null;
			}
			if (pathPart == null) {
				return null;
			}
			// only tails that can be a path on disk: the last MAX_PATH characters. Trying every tail of
			// a long IRI (joined anew each time) was quadratic: minutes for one 200 KB source
			int shortest = Math.max(0, pathPart.length() - MAX_PATH);
			List<Integer> starts = new ArrayList<>();
			if (shortest == 0) {
				starts.add(0);
			}
			for (int slash = pathPart.indexOf('/', Math.max(0, shortest - 1)); slash >= 0;
					slash = pathPart.indexOf('/', slash + 1)) {
				starts.add(slash + 1);
			}
			for (int start : starts) {
				String tail = pathPart.substring(start);
				try {
					if (!tail.isEmpty() && Files.isRegularFile(corpus.resolve(tail))
							&& corpus.resolve(tail).normalize().startsWith(corpus)) {
						return tail;
					}
				} catch (java.nio.file.InvalidPathException e) {
					// not a path on this system: try a shorter tail
				}
			}
			return null;
		}

		private void time(Found found, String label, Annotation annotation, String name, String value) {
			if (value != null) {
				String problem = Values.set(annotation, name, value);
				if (problem != null) {
					warn(found, label, problem);
				}
			}
		}

		private void error(Found found, String label, String message) {
			plan.problem(Problem.error(found.file(), found.line(), 0, "annotation " + label + " " + message));
		}

		private void warn(Found found, String label, String message) {
			plan.problem(Problem.warning(found.file(), found.line(), 0, "annotation " + label + ": " + message));
		}
	}

	private static JsonNode target(JsonNode target) {
		if (target == null) {
			return null;
		}
		if (target.isArray()) {
			for (JsonNode each : target) {
				if (each.isObject() && each.has("selector")) {
					return each;
				}
			}
			return target.size() > 0 ? target.get(0) : null;
		}
		return target;
	}

	private static List<JsonNode> bodies(JsonNode annotation) {
		List<JsonNode> bodies = new ArrayList<>();
		JsonNode body = annotation.get("body");
		if (body != null) {
			for (JsonNode each : body.isArray() ? body : List.of(body)) {
				if (each.isObject()) {
					bodies.add(each);
				}
			}
		}
		JsonNode value = annotation.get("bodyValue");
		if (value != null && value.isTextual()) {
			bodies.add(Json.MAPPER.createObjectNode().put("type", "TextualBody").put("value", value.asText()));
		}
		return bodies;
	}

	private static AnnotationType glossType(JsonNode body) {
		for (AnnotationType type : AnnotationType.values()) {
			if (hasType(body, type.label())) {
				return type;
			}
		}
		return null;
	}

	/** A GeoNames feature IRI, as gazetteer links of annotation tools name places. */
	private static final java.util.regex.Pattern GEONAMES = java.util.regex.Pattern
			.compile("https?://(?:sws\\.|www\\.)?geonames\\.org/(\\d{1,18})(?:/.*)?");

	private static AnnotationType typeNamed(String value) {
		if (value == null) {
			return null;
		}
		try {
			return AnnotationType.parse(value);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String creator(JsonNode creator) {
		if (creator == null || creator.isNull()) {
			return null;
		}
		if (creator.isArray()) {
			return creator.size() == 0 ? null : creator(creator.get(0));
		}
		if (creator.isTextual()) {
			return creator.asText();
		}
		for (String key : List.of("nickname", "name", "id", "@id")) {
			String value = text(creator, key);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The Gloss id of an annotation IRI: its UUID, or one derived from the IRI. */
	static String glossId(String iri) {
		if (iri == null) {
			return UUID.randomUUID().toString();
		}
		String id = Iris.idOf(iri);
		if (!id.equals(iri) || iri.startsWith(Iris.ID_PREFIX)) {
			return id;
		}
		return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}
}
