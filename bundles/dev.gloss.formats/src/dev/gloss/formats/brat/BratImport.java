/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.brat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.text.ArticleText;
import dev.gloss.core.text.OffsetMap;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportPlan;
import dev.gloss.formats.LabelMapping;
import dev.gloss.formats.Unmapped;
import dev.gloss.formats.internal.ImportedSpans;
import dev.gloss.formats.internal.SourceFiles;
import dev.gloss.formats.internal.Json;
import dev.gloss.formats.internal.Text;
import dev.gloss.formats.internal.Values;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * Reads brat standoff: every {@code .ann} below the given folders (or given itself) with the
 * {@code .txt} beside it. T lines become annotations (a span in fragments covers first to last
 * fragment), R lines a claim's links, A lines and # notes the attributes, as {@link BratFormat}
 * writes them. Labels are Gloss's own (Claim ... HasSource ...) or mapped by the import's
 * {@link LabelMapping} ({@code GPE=location}, {@code AttributedTo=sources}); spans and relations
 * with other labels are left out and listed with their counts. brat ids without a Gloss id note
 * get a fresh UUID. Articles go to the same relative path in the corpus ({@code a.md.txt} back to
 * {@code a.md}).
 *
 * <p>A {@code .txt} that starts with a byte order mark: brat decodes it as plain UTF-8, so the
 * mark is the text's first character and every offset counts it. The import does the same (and
 * reads offsets that do not count it, from tools that strip it, when only they match the text);
 * the article keeps its mark.
 */
public final class BratImport implements ImportFormat {

	@Override
	public String id() {
		return "brat";
	}

	@Override
	public String label() {
		return "brat standoff (.txt + .ann)";
	}

	@Override
	public String description() {
		return "Text and .ann files as brat, INCEpTION or a Gloss export writes them; the articles are added to "
				+ "the corpus with their annotations.";
	}

	@Override
	public void read(List<Path> sources, Path corpus, ImportOptions options, ImportPlan plan) throws IOException {
		Unmapped unmapped = new Unmapped();
		readAll(sources, options, plan, unmapped);
		if (!sources.isEmpty()) {
			unmapped.report(sources.get(0).toAbsolutePath().normalize(), plan);
		}
	}

	private static void readAll(List<Path> sources, ImportOptions options, ImportPlan plan, Unmapped unmapped)
			throws IOException {
		for (Path source : sources) {
			Path root = source.toAbsolutePath().normalize();
			if (Files.isRegularFile(root)) {
				readFile(root, root.getParent(), options, plan, unmapped);
			} else if (Files.isDirectory(root)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(root)) {
					files = walk.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
				for (Path file : files) {
					readFile(file, root, options, plan, unmapped);
				}
			} else {
				throw new java.nio.file.NoSuchFileException(root.toString());
			}
		}
	}

	private static void readFile(Path ann, Path root, ImportOptions options, ImportPlan plan, Unmapped unmapped)
			throws IOException {
		String name = ann.getFileName().toString();
		Path txt = ann.resolveSibling(name.substring(0, name.length() - ".ann".length()) + ".txt");
		if (!Files.isRegularFile(txt)) {
			plan.problem(Problem.error(ann, 0, 0, "no text file " + txt.getFileName() + " beside it"));
			return;
		}
		for (Path file : List.of(ann, txt)) {
			if (!SourceFiles.isInside(file, root)) {
				plan.problem(Problem.error(file, 0, 0, "a link to a file outside " + root
						+ "; Gloss does not follow links out of the folder it imports from"));
				return;
			}
		}
		String text;
		boolean bom;
		try {
			ArticleText article = ArticleText.read(txt, StandardCharsets.UTF_8.name());
			text = article.text();
			bom = article.bom() && article.charset().equals(StandardCharsets.UTF_8);
		} catch (GlossFormatException e) {
			plan.problem(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
			return;
		}
		String path = root.relativize(txt).toString().replace('\\', '/');
		for (String extension : List.of(".md.txt", ".markdown.txt", ".text.txt")) {
			if (path.endsWith(extension)) {
				path = path.substring(0, path.length() - ".txt".length());
			}
		}
		List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
		Reader reader = new Reader(ann, text, options, bom ? 1 : 0);
		List<Annotation> annotations = reader.read(lines);
		if (annotations == null && bom) {
			// not brat's convention: a tool that strips the mark before counting
			Reader stripped = new Reader(ann, text, options, 0);
			List<Annotation> read = stripped.read(lines);
			if (read != null) {
				reader = stripped;
				annotations = read;
				reader.problems.add(Problem.warning(ann, 0, 0, "the offsets do not count the byte order mark of "
						+ txt.getFileName() + " as brat does (its first character); read as they are"));
			}
		}
		reader.problems.forEach(plan::problem);
		unmapped.add(reader.unmapped);
		if (annotations != null) {
			plan.add(new ImportPlan.Document(path, text, ann, true, annotations, bom));
		}
	}

	/** One .ann file. */
	private static final class Reader {

		private final Path file;
		private final String text;
		private final boolean utf16;
		private final LabelMapping labels;
		/** 1 when the offsets count a byte order mark that is not part of the text. */
		private final int shift;
		private final OffsetMap offsets;
		private final Map<String, Annotation> byTid = new HashMap<>();
		/** T ids of spans left out (unmapped or ignored labels): what names them is left out too. */
		private final Set<String> leftOut = new HashSet<>();
		private final Map<Annotation, Boolean> hasId = new HashMap<>();
		final List<Problem> problems = new ArrayList<>();
		final Unmapped unmapped = new Unmapped();
		private boolean failed;

		Reader(Path file, String text, ImportOptions options, int shift) {
			this.file = file;
			this.text = text;
			this.utf16 = options.utf16Offsets();
			this.labels = options.labels();
			this.shift = shift;
			this.offsets = OffsetMap.of(text);
		}

		List<Annotation> read(List<String> lines) {
			List<Annotation> annotations = new ArrayList<>();
			// spans first: relations, attributes and notes may come in any order after them
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.startsWith("T")) {
					Annotation annotation = span(line, i + 1);
					if (annotation != null) {
						annotations.add(annotation);
					}
				}
			}
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank() || line.startsWith("T")) {
					continue;
				}
				switch (line.charAt(0)) {
					case 'R' -> relation(line, i + 1);
					case 'A', 'M' -> attribute(line, i + 1);
					case '#' -> note(line, i + 1);
					default -> warn(i + 1, "skipped: Gloss has no place for brat '" + line.charAt(0) + "' lines");
				}
			}
			for (Annotation annotation : annotations) {
				if (!hasId.containsKey(annotation)) {
					annotation.setId(UUID.randomUUID().toString());
				}
			}
			return failed ? null : annotations;
		}

		private Annotation span(String line, int number) {
			String[] parts = line.split("\t", 3);
			if (parts.length < 2) {
				error(number, "a T line needs an id, a type with offsets, and the text, separated by tabs");
				return null;
			}
			String[] typeAndOffsets = parts[1].split(" ", 2);
			String label = typeAndOffsets[0];
			Optional<LabelMapping.Target> target = labels.target(label);
			if (target.isEmpty() || target.get() == LabelMapping.Target.IGNORE) {
				if (target.isEmpty()) {
					unmapped.span(label);
				}
				leftOut.add(parts[0]);
				return null;
			}
			if (target.get().type().isEmpty()) {
				error(number, "'" + label + "' is a span label, but it is mapped to the claim link "
						+ LabelMapping.name(target.get()) + ": map it to claim, source, location or count");
				return null;
			}
			AnnotationType type = target.get().type().get();
			if (typeAndOffsets.length < 2) {
				error(number, "no offsets");
				return null;
			}
			int begin = Integer.MAX_VALUE;
			int end = -1;
			StringBuilder covered = new StringBuilder();
			try {
				for (String fragment : typeAndOffsets[1].split(";")) {
					String[] ends = fragment.trim().split(" ");
					int from = toUtf16(Integer.parseInt(ends[0]));
					int to = toUtf16(Integer.parseInt(ends[1]));
					if (!covered.isEmpty()) {
						covered.append(' ');
					}
					covered.append(text, from, Math.max(from, to));
					begin = Math.min(begin, from);
					end = Math.max(end, to);
				}
			} catch (RuntimeException e) {
				error(number, "bad offsets '" + typeAndOffsets[1] + "': " + e.getMessage() + unitHint());
				return null;
			}
			// brat checks the same: the line's text is the text at its offsets
			if (parts.length == 3 && !parts[2].equals(covered.toString())) {
				error(number, "the span's text '" + parts[2] + "' is not the text at its offsets ('" + covered + "')"
						+ unitHint());
				return null;
			}
			if (begin > end) {
				error(number, "the span ends before it begins");
				return null;
			}
			Annotation annotation = type.create();
			annotation.setBegin(begin);
			annotation.setEnd(end);
			byTid.put(parts[0], annotation);
			return annotation;
		}

		private String unitHint() {
			return utf16 ? " (are the offsets code points, as brat counts? then import without --utf16)"
					: " (are the offsets UTF-16 units, as DKPro Core and INCEpTION count? then import with --utf16)";
		}

		private int toUtf16(int counted) {
			int offset = counted - shift;
			if (offset < 0) {
				throw new IllegalArgumentException("offset " + counted + " is the byte order mark");
			}
			if (utf16) {
				if (offset < 0 || offset > text.length()) {
					throw new IllegalArgumentException("offset " + offset + " is outside the text (0.." + text.length()
							+ " UTF-16 units)");
				}
				return offset;
			}
			return offsets.toUtf16(offset);
		}

		private void relation(String line, int number) {
			String[] parts = line.split("\t");
			String[] args = parts.length > 1 ? parts[1].split(" ") : new String[0];
			// brat writes Arg1:T1 Arg2:T2; other role names are read the same way, in order
			if (args.length != 3 || args[1].indexOf(':') < 0 || args[2].indexOf(':') < 0) {
				error(number, "a relation needs a type and two arguments (Arg1:T1 Arg2:T2)");
				return;
			}
			String label = args[0];
			String fromId = args[1].substring(args[1].indexOf(':') + 1);
			String toId = args[2].substring(args[2].indexOf(':') + 1);
			Optional<LabelMapping.Target> target = labels.target(label);
			if (target.isEmpty()) {
				unmapped.relation(label);
				return;
			}
			if (target.get() == LabelMapping.Target.IGNORE) {
				return;
			}
			if (!target.get().isLink()) {
				error(number, "'" + label + "' is a relation label, but it is mapped to the type "
						+ LabelMapping.name(target.get()) + ": map it to sources, locations or counts");
				return;
			}
			if (leftOut.contains(fromId) || leftOut.contains(toId)) {
				return;
			}
			Annotation from = byTid.get(fromId);
			Annotation to = byTid.get(toId);
			if (from == null || to == null) {
				error(number, "the relation names a span that is not in the file");
				return;
			}
			// a claim's link, written from the claim (HasSource) or towards it (a Person Says a Statement)
			String why = ImportedSpans.link(target.get(), from, to);
			if (why != null) {
				warn(number, "skipped: " + label + " (" + LabelMapping.name(target.get()) + ") " + why);
			}
		}

		private void attribute(String line, int number) {
			String[] parts = line.split("\t");
			String[] args = parts.length > 1 ? parts[1].split(" ") : new String[0];
			if (args.length < 2) {
				error(number, "an attribute needs a name and a span");
				return;
			}
			Annotation annotation = byTid.get(args[1]);
			if (annotation == null) {
				if (!leftOut.contains(args[1])) {
					error(number, "the attribute names a span that is not in the file");
				}
				return;
			}
			String value = args.length > 2 ? args[2] : "true";
			String name = switch (args[0]) {
				case Brat.STATUS -> "status";
				case Brat.CERTAINTY -> "certainty";
				case Brat.CREDIBILITY -> "credibility";
				case Brat.SOURCE_KIND, Brat.LOCATION_KIND -> "kind";
				case Brat.RELIABILITY -> "reliability";
				case Brat.QUALIFIER -> "qualifier";
				default -> null;
			};
			if (name == null) {
				warn(number, "skipped: unknown attribute '" + args[0] + "'");
				return;
			}
			set(number, annotation, name, value);
		}

		private void note(String line, int number) {
			String[] parts = line.split("\t", 3);
			String[] args = parts.length > 1 ? parts[1].split(" ") : new String[0];
			if (args.length < 2 || parts.length < 3) {
				warn(number, "skipped: a note needs a type, a span and a text");
				return;
			}
			Annotation annotation = byTid.get(args[1]);
			if (annotation == null) {
				if (!leftOut.contains(args[1])) {
					warn(number, "skipped: the note is not on a span of this file");
				}
				return;
			}
			String note = parts[2];
			if (args[0].equals(Brat.ANNOTATOR_NOTES)) {
				annotation.setComment(Text.unescape(note));
			} else if (args[0].equals(Brat.GLOSS_NOTE)) {
				int equals = note.indexOf('=');
				if (equals < 0) {
					error(number, "a Gloss note holds key=value");
					return;
				}
				String key = note.substring(0, equals);
				String value = Text.unescape(note.substring(equals + 1));
				if (key.equals("conflicts")) {
					conflicts(number, annotation, value);
					return;
				}
				if (key.equals("id")) {
					hasId.put(annotation, Boolean.TRUE);
				}
				set(number, annotation, key, value);
			} else {
				warn(number, "skipped: unknown note type '" + args[0] + "'");
			}
		}

		private void conflicts(int number, Annotation annotation, String json) {
			try {
				List<Map<String, String>> conflicts = Json.MAPPER.readValue(json, new TypeReference<>() {
				});
				for (Map<String, String> values : conflicts) {
					Conflict conflict = GlossFactory.eINSTANCE.createConflict();
					conflict.setFeature(values.get("feature"));
					conflict.setBase(values.get("base"));
					conflict.setOurs(values.get("ours"));
					conflict.setTheirs(values.get("theirs"));
					conflict.setTheirsCreator(values.get("theirsCreator"));
					annotation.getConflicts().add(conflict);
				}
			} catch (IOException e) {
				error(number, "bad conflicts: " + e.getMessage());
			}
		}

		private void set(int number, Annotation annotation, String name, String value) {
			String problem = Values.set(annotation, name, value);
			if (problem != null) {
				error(number, problem);
			}
		}

		private void error(int line, String message) {
			problems.add(Problem.error(file, line, 0, message));
			failed = true;
		}

		private void warn(int line, String message) {
			problems.add(Problem.warning(file, line, 0, message));
		}
	}
}
