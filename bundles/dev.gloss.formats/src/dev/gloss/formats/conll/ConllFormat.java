/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.conll;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.formats.CorpusWriter;
import dev.gloss.formats.ExportDocument;
import dev.gloss.formats.ExportException;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.internal.Text;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;

/**
 * CoNLL-2003 with IOB2 tags: {@code corpus.conll}, four space-separated columns per token, a blank
 * line between sentences, each document opened by {@code -DOCSTART- -X- -X- O}; and
 * {@code documents.tsv}, the path of each document with the line its -DOCSTART- is on.
 * <ul>
 * <li>column 1: the token ({@link Tokenizer});</li>
 * <li>column 2: part of speech, not known to Gloss: {@code _};</li>
 * <li>column 3: the claim layer in place of the chunk tag: {@code B-Claim}, {@code I-Claim},
 * {@code O};</li>
 * <li>column 4: the named spans, the NER layer: {@code B-Source}, {@code I-Location},
 * {@code B-Count}, ..., {@code O}.</li>
 * </ul>
 * Claims contain the sources, places and numbers they name, hence two layers. Within a layer IOB2
 * cannot nest: where spans of a layer overlap, the one that starts first (the longer, on a tie)
 * is kept and the other is reported as left out. Sentences end at line breaks and after . ! ?
 * (and their CJK forms), never inside a span.
 */
public final class ConllFormat implements ExportFormat {

	public static final String FILE = "corpus.conll";
	public static final String INDEX = "documents.tsv";

	@Override
	public String id() {
		return "conll";
	}

	@Override
	public String label() {
		return "CoNLL-2003 (IOB2 tokens)";
	}

	@Override
	public String description() {
		return "Tokens with IOB2 tags in four columns (claims in the third, sources, places and numbers in the "
				+ "fourth), for sequence labelling tools.";
	}

	@Override
	public CorpusWriter open(Path folder, ExportOptions options) throws IOException {
		Writer out = Text.newWriter(folder.resolve(FILE));
		Writer index = Text.newWriter(folder.resolve(INDEX));
		index.write("document\tline\n");
		return new CorpusWriter() {
			private long line = 1;

			@Override
			public List<String> write(ExportDocument document) throws IOException {
				List<String> warnings = new ArrayList<>();
				StringBuilder lines = new StringBuilder();
				int count = lines(document, lines, warnings);
				index.write(document.path().replace('\t', ' ') + "\t" + line + "\n");
				out.append(lines);
				line += count;
				return warnings;
			}

			@Override
			public void close() throws IOException {
				try (index) {
					out.close();
				}
			}
		};
	}

	/** Writes one document's lines; returns how many. */
	static int lines(ExportDocument document, StringBuilder out, List<String> warnings) throws ExportException {
		String text = document.text();
		List<Annotation> claims = new ArrayList<>();
		List<Annotation> named = new ArrayList<>();
		for (Annotation annotation : document.annotations()) {
			(annotation instanceof Claim ? claims : named).add(annotation);
		}
		claims = flat(document, claims, warnings);
		named = flat(document, named, warnings);
		int[] boundaries = new int[2 * (claims.size() + named.size())];
		int b = 0;
		for (Annotation annotation : claims) {
			boundaries[b++] = annotation.getBegin();
			boundaries[b++] = annotation.getEnd();
		}
		for (Annotation annotation : named) {
			boundaries[b++] = annotation.getBegin();
			boundaries[b++] = annotation.getEnd();
		}
		List<Tokenizer.Token> tokens = Tokenizer.tokenize(text, boundaries);
		String[] claimTags = tags(tokens, claims);
		String[] namedTags = tags(tokens, named);
		check(document, text, tokens, claims, claimTags);
		check(document, text, tokens, named, namedTags);
		out.append("-DOCSTART- -X- -X- O\n\n");
		int count = 2;
		boolean open = false;
		for (int t = 0; t < tokens.size(); t++) {
			Tokenizer.Token token = tokens.get(t);
			out.append(text, token.begin(), token.end()).append(" _ ").append(claimTags[t]).append(' ')
					.append(namedTags[t]).append('\n');
			count++;
			open = true;
			if (t + 1 < tokens.size() && endsSentence(text, token, tokens.get(t + 1))
					&& !claimTags[t + 1].startsWith("I-") && !namedTags[t + 1].startsWith("I-")) {
				out.append('\n');
				count++;
				open = false;
			}
		}
		if (open) {
			out.append('\n');
			count++;
		}
		return count;
	}

	/** Keeps the spans of a layer that do not overlap an earlier (or, from the same start, longer) one. */
	private static List<Annotation> flat(ExportDocument document, List<Annotation> layer, List<String> warnings) {
		List<Annotation> sorted = new ArrayList<>(layer);
		sorted.sort(Comparator.comparingInt(Annotation::getBegin).thenComparing(Annotation::getEnd,
				Comparator.reverseOrder()));
		List<Annotation> kept = new ArrayList<>(sorted.size());
		int reach = -1;
		for (Annotation annotation : sorted) {
			if (annotation.getBegin() == annotation.getEnd()) {
				warnings.add("annotation " + annotation.getId()
						+ " is empty: CoNLL has no token for it");
			} else if (annotation.getBegin() < reach) {
				warnings.add(AnnotationType.of(annotation).label() + " " + annotation.getId()
						+ " overlaps another " + (annotation instanceof Claim ? "claim" : "named span")
						+ ": CoNLL cannot nest it, left out of the CoNLL export");
			} else {
				kept.add(annotation);
				reach = annotation.getEnd();
			}
		}
		return kept;
	}

	private static String[] tags(List<Tokenizer.Token> tokens, List<Annotation> spans) {
		String[] tags = new String[tokens.size()];
		int s = 0;
		for (int t = 0; t < tokens.size(); t++) {
			Tokenizer.Token token = tokens.get(t);
			while (s < spans.size() && spans.get(s).getEnd() <= token.begin()) {
				s++;
			}
			if (s < spans.size() && spans.get(s).getBegin() <= token.begin() && token.end() <= spans.get(s).getEnd()) {
				String label = AnnotationType.of(spans.get(s)).label();
				boolean first = t == 0 || tokens.get(t - 1).end() <= spans.get(s).getBegin();
				tags[t] = (first ? "B-" : "I-") + label;
			} else {
				tags[t] = "O";
			}
		}
		return tags;
	}

	/** Each span's tokens, joined, must be its quote without whitespace. */
	private static void check(ExportDocument document, String text, List<Tokenizer.Token> tokens,
			List<Annotation> spans, String[] tags) throws ExportException {
		int s = -1;
		StringBuilder[] joined = new StringBuilder[spans.size()];
		for (int t = 0; t < tokens.size(); t++) {
			if (tags[t].startsWith("B-")) {
				s++;
				joined[s] = new StringBuilder();
			}
			if (!tags[t].equals("O")) {
				joined[s].append(text, tokens.get(t).begin(), tokens.get(t).end());
			}
		}
		for (int i = 0; i < spans.size(); i++) {
			Annotation annotation = spans.get(i);
			String quote = annotation.getQuote() == null ? "" : annotation.getQuote();
			String expected = quote.codePoints().filter(c -> !Tokenizer.isSpace(c))
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
			String exported = i <= s && joined[i] != null ? joined[i].toString() : "";
			if (!expected.equals(exported)) {
				throw new ExportException(document.path(), annotation.getId(), "its CoNLL tokens read '" + exported
						+ "' but the quote without spaces is '" + expected + "'");
			}
		}
	}

	private static boolean endsSentence(String text, Tokenizer.Token token, Tokenizer.Token next) {
		for (int i = token.end(); i < next.begin(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return true;
			}
		}
		if (token.end() - token.begin() != 1) {
			return false;
		}
		char last = text.charAt(token.begin());
		return last == '.' || last == '!' || last == '?' || last == '\u3002' || last == '\uFF01' || last == '\uFF1F'
				|| last == '\u2026';
	}
}
