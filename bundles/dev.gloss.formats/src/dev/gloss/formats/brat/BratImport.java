package dev.gloss.formats.brat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code .txt} beside it. T lines of the types Claim, Source, Location and Count become
 * annotations (a span in fragments covers first to last fragment), R lines HasSource /
 * HasLocation / HasCount become a claim's links, A lines and # notes the attributes, as
 * {@link BratFormat} writes them. brat ids without a Gloss id note get a fresh UUID.
 * Articles go to the same relative path in the corpus ({@code a.md.txt} back to {@code a.md}).
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
		for (Path source : sources) {
			Path root = source.toAbsolutePath().normalize();
			if (Files.isRegularFile(root)) {
				readFile(root, root.getParent(), options, plan);
			} else if (Files.isDirectory(root)) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(root)) {
					files = walk.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
				for (Path file : files) {
					readFile(file, root, options, plan);
				}
			} else {
				throw new java.nio.file.NoSuchFileException(root.toString());
			}
		}
	}

	private static void readFile(Path ann, Path root, ImportOptions options, ImportPlan plan) throws IOException {
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
		try {
			text = ArticleText.read(txt, StandardCharsets.UTF_8.name()).text();
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
		List<Annotation> annotations = new Reader(ann, text, options.utf16Offsets(), plan).read();
		if (annotations != null) {
			plan.add(new ImportPlan.Document(path, text, ann, true, annotations));
		}
	}

	/** One .ann file. */
	private static final class Reader {

		private final Path file;
		private final String text;
		private final boolean utf16;
		private final ImportPlan plan;
		private final OffsetMap offsets;
		private final Map<String, Annotation> byTid = new HashMap<>();
		private final Map<Annotation, Boolean> hasId = new HashMap<>();
		private boolean failed;

		Reader(Path file, String text, boolean utf16, ImportPlan plan) {
			this.file = file;
			this.text = text;
			this.utf16 = utf16;
			this.plan = plan;
			this.offsets = OffsetMap.of(text);
		}

		List<Annotation> read() throws IOException {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
			AnnotationType type;
			try {
				type = AnnotationType.parse(typeAndOffsets[0]);
			} catch (IllegalArgumentException e) {
				error(number, "unknown type '" + typeAndOffsets[0] + "' (Gloss knows Claim, Source, Location, Count)");
				return null;
			}
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

		private int toUtf16(int offset) {
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
			if (args.length != 3 || !args[1].startsWith("Arg1:") || !args[2].startsWith("Arg2:")) {
				error(number, "a relation needs a type, Arg1: and Arg2:");
				return;
			}
			Annotation from = byTid.get(args[1].substring(5));
			Annotation to = byTid.get(args[2].substring(5));
			if (from == null || to == null) {
				error(number, "the relation names a span that is not in the file");
				return;
			}
			if (!(from instanceof Claim claim)) {
				warn(number, "skipped: Gloss links only go from a claim");
				return;
			}
			switch (args[0]) {
				case Brat.HAS_SOURCE -> link(number, claim.getSources(), to, Source.class);
				case Brat.HAS_LOCATION -> link(number, claim.getLocations(), to, Location.class);
				case Brat.HAS_COUNT -> link(number, claim.getCounts(), to, Count.class);
				default -> warn(number, "skipped: unknown relation type '" + args[0] + "'");
			}
		}

		private <T extends Annotation> void link(int number, List<T> links, Annotation to, Class<T> type) {
			if (type.isInstance(to)) {
				links.add(type.cast(to));
			} else {
				error(number, "the relation's Arg2 is a " + to.eClass().getName() + ", not a " + type.getSimpleName());
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
				error(number, "the attribute names a span that is not in the file");
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
				warn(number, "skipped: the note is not on a span of this file");
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
			plan.problem(Problem.error(file, line, 0, message));
			failed = true;
		}

		private void warn(int line, String message) {
			plan.problem(Problem.warning(file, line, 0, message));
		}
	}
}
