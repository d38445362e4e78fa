/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportPlan;
import dev.gloss.formats.LabelMapping;
import dev.gloss.formats.LabelMapping.Target;
import dev.gloss.formats.Unmapped;
import dev.gloss.formats.internal.ImportedSpans;
import dev.gloss.model.Annotation;

/**
 * Reads CoNLL-2003 files: one token a line with its tags in columns separated by spaces or tabs,
 * blank lines between sentences, {@code -DOCSTART-} between documents; named spans in IOB1 or IOB2
 * ({@code B-PER}, {@code I-PER}; an {@code I-} after another label starts a span too) in the last
 * column. A Gloss export ({@code documents.tsv} beside the file) also has its claims in the third
 * column and names each document's article.
 *
 * <p>CoNLL keeps tokens, not the text between them. A document whose article the corpus has is
 * aligned on it token by token (each token must be the next non-blank text); otherwise the article
 * is written from the tokens, a space between tokens and a line per sentence, at
 * {@code FILE/N.txt}. Labels are Gloss's own or mapped ({@link LabelMapping}: {@code PER=source}).
 */
public final class ConllImport implements ImportFormat {

	@Override
	public String id() {
		return "conll";
	}

	@Override
	public String label() {
		return "CoNLL-2003 (IOB tokens)";
	}

	@Override
	public String description() {
		return "Tokens with IOB1 or IOB2 tags, as CoNLL-2003 and sequence labelling tools write them; aligned on "
				+ "the corpus's articles, or written as new ones.";
	}

	@Override
	public void read(List<Path> sources, Path corpus, ImportOptions options, ImportPlan plan) throws IOException {
		Unmapped unmapped = new Unmapped();
		for (Path source : sources) {
			Path root = source.toAbsolutePath().normalize();
			List<Path> files;
			if (Files.isRegularFile(root)) {
				files = List.of(root);
			} else if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					files = walk.filter(ConllImport::isConll).sorted().toList();
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
			} else {
				throw new NoSuchFileException(root.toString());
			}
			for (Path file : files) {
				readFile(file, corpus, options.labels(), plan, unmapped);
			}
		}
		if (!sources.isEmpty()) {
			unmapped.report(sources.get(0).toAbsolutePath().normalize(), plan);
		}
	}

	private static boolean isConll(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".conll") || name.endsWith(".iob") || name.endsWith(".bio");
	}

	/** One token: its text, its tags by column, its line in the file. */
	private record Token(String text, String[] columns, int line, boolean sentenceStart) {
	}

	/**
	 * Reads the file line by line and hands over each document when the next begins: a Gloss export
	 * holds the whole corpus in one file, so memory holds one document's tokens, not the file's.
	 */
	private static void readFile(Path file, Path corpus, LabelMapping labels, ImportPlan plan, Unmapped unmapped)
			throws IOException {
		Path index = file.resolveSibling(ConllFormat.INDEX);
		List<String> paths = Files.isRegularFile(index) ? indexPaths(index) : null;
		String name = file.getFileName().toString();
		String stem = name.substring(0, name.lastIndexOf('.'));
		// documents are numbered without the empty ones (a Gloss export starts with -DOCSTART-: the
		// empty "document" before it is no document)
		int documents = 0;
		List<Token> current = new ArrayList<>();
		boolean sentenceStart = true;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
				number++;
				String line = raw.strip();
				if (line.startsWith("-DOCSTART-")) {
					if (!current.isEmpty()) {
						read(file, documents++, current, paths, stem, corpus, labels, plan, unmapped);
					}
					current = new ArrayList<>();
					sentenceStart = true;
				} else if (line.isEmpty()) {
					sentenceStart = true;
				} else {
					current.add(new Token(line.split("[ \t]+")[0], line.split("[ \t]+"), number, sentenceStart));
					sentenceStart = false;
				}
			}
		}
		if (!current.isEmpty()) {
			read(file, documents, current, paths, stem, corpus, labels, plan, unmapped);
		}
	}

	private static void read(Path file, int d, List<Token> tokens, List<String> paths, String stem, Path corpus,
			LabelMapping labels, ImportPlan plan, Unmapped unmapped) throws IOException {
		String path = paths != null && d < paths.size() ? paths.get(d) : stem + "/" + (d + 1) + ".txt";
		new Document(file, path, tokens, corpus, labels, paths != null, plan, unmapped).read();
	}

	private static List<String> indexPaths(Path index) throws IOException {
		List<String> paths = new ArrayList<>();
		for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
			int tab = line.indexOf('\t');
			if (tab > 0 && !line.startsWith("document\t")) {
				paths.add(line.substring(0, tab));
			}
		}
		return paths;
	}

	/** One document of the file. */
	private static final class Document {

		private final Path file;
		private final String path;
		private final List<Token> tokens;
		private final Path corpus;
		private final LabelMapping labels;
		private final boolean glossLayers;
		private final ImportPlan plan;
		private final Unmapped unmapped;
		private boolean failed;

		Document(Path file, String path, List<Token> tokens, Path corpus, LabelMapping labels, boolean glossLayers,
				ImportPlan plan, Unmapped unmapped) {
			this.file = file;
			this.path = path;
			this.tokens = tokens;
			this.corpus = corpus;
			this.labels = labels;
			this.glossLayers = glossLayers;
			this.plan = plan;
			this.unmapped = unmapped;
		}

		void read() throws IOException {
			int[] starts = new int[tokens.size()];
			String text;
			boolean newArticle;
			Path article = corpus.resolve(path).normalize();
			if (article.startsWith(corpus) && Files.isRegularFile(article)) {
				try {
					text = plan.article(article).text();
				} catch (GlossFormatException e) {
					plan.problem(Problem.error(e.getFile(), e.getLine(), e.getColumn(), e.getProblem()));
					return;
				}
				if (!align(text, starts)) {
					return;
				}
				newArticle = false;
			} else {
				StringBuilder built = new StringBuilder();
				for (int t = 0; t < tokens.size(); t++) {
					if (t > 0) {
						built.append(tokens.get(t).sentenceStart() ? '\n' : ' ');
					}
					starts[t] = built.length();
					built.append(tokens.get(t).text());
				}
				text = built.append('\n').toString();
				newArticle = true;
			}
			List<Annotation> annotations = new ArrayList<>();
			int columns = tokens.stream().mapToInt(t -> t.columns().length).min().orElse(0);
			if (columns >= 2) {
				layer(columns - 1, starts, annotations);
			}
			if (glossLayers && columns >= 4) {
				layer(2, starts, annotations);
			}
			if (!failed) {
				plan.add(new ImportPlan.Document(path, text, file, newArticle, annotations));
			}
		}

		/** Places each token on the article: the next text that is not blank. */
		private boolean align(String text, int[] starts) {
			int at = 0;
			for (int t = 0; t < tokens.size(); t++) {
				Token token = tokens.get(t);
				while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
					at++;
				}
				if (!text.startsWith(token.text(), at)) {
					String found = text.substring(at, Math.min(text.length(), at + token.text().length() + 10));
					plan.problem(Problem.error(file, token.line(), 0, "the token '" + token.text() + "' is not the next "
							+ "text of the article " + path + " ('" + found.strip() + "'): the file was not made from "
							+ "this article"));
					return false;
				}
				starts[t] = at;
				at += token.text().length();
			}
			return true;
		}

		/** The spans of one column of IOB tags. */
		private void layer(int column, int[] starts, List<Annotation> annotations) {
			String label = null;
			int first = -1;
			for (int t = 0; t <= tokens.size(); t++) {
				String tag = t < tokens.size() ? tokens.get(t).columns()[column] : "O";
				boolean sentenceStart = t < tokens.size() && tokens.get(t).sentenceStart();
				String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
				String name = prefix.equals("O") ? null : tag.substring(2);
				boolean continues = label != null && name != null && prefix.equals("I") && name.equals(label)
						&& !sentenceStart;
				if (label != null && !continues) {
					span(label, first, t - 1, starts, annotations, column);
					label = null;
				}
				if (name != null && !continues) {
					if (!prefix.equals("B") && !prefix.equals("I")) {
						failed = true;
						plan.problem(Problem.error(file, tokens.get(t).line(), 0, "'" + tag + "' is not an IOB tag "
								+ "(B-LABEL, I-LABEL or O)"));
						continue;
					}
					label = name;
					first = t;
				}
			}
		}

		private void span(String label, int first, int last, int[] starts, List<Annotation> annotations, int column) {
			Optional<Target> target = labels.target(label);
			if (target.isEmpty()) {
				unmapped.span(label);
				return;
			}
			if (target.get() == Target.IGNORE) {
				return;
			}
			if (target.get().type().isEmpty()) {
				failed = true;
				plan.problem(Problem.error(file, tokens.get(first).line(), 0, "'" + label + "' is a span label, but "
						+ "it is mapped to the claim link " + LabelMapping.name(target.get())));
				return;
			}
			int begin = starts[first];
			int end = starts[last] + tokens.get(last).text().length();
			annotations.add(ImportedSpans.create(target.get(), begin, end,
					ImportedSpans.id(null, path, column, begin, end, label)));
		}
	}
}
