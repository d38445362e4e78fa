// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.suggest.internal.Tokens;

/**
 * The suggestions an analyst rejected in a corpus, not proposed again anywhere in it. Kept in
 * {@value #FILE_NAME} at the corpus root, beside the articles, so that it travels with the corpus
 * in git: UTF-8, one rejection a line, {@code Type<TAB>words} (the words as {@link Tokens#key}
 * makes them, so "Hyesan's" and "HYESAN" are one), sorted, so that two analysts' rejections merge
 * line by line. Lines starting with '#' are comments. Written atomically.
 */
public final class Rejections {

	public static final String FILE_NAME = ".gloss-rejections";

	private static final String HEADER = """
			# Gloss: suggestions rejected in this corpus, not proposed again. One a line: Type<TAB>words
			# (lower case, spacing and possessives aside). Delete a line to have it proposed again.
			""";

	private final Path file;
	private final TreeSet<String> lines = new TreeSet<>();

	private Rejections(Path file) {
		this.file = file;
	}

	/** No rejections, kept nowhere (tests, evaluation). */
	public static Rejections none() {
		return new Rejections(null);
	}

	/**
	 * Reads a corpus's rejections (none when the file does not exist yet).
	 *
	 * @throws GlossFormatException naming the line that is not {@code Type<TAB>words}
	 */
	public static Rejections load(Path corpusFolder) throws IOException {
		Rejections rejections = new Rejections(corpusFolder.resolve(FILE_NAME));
		if (!Files.isRegularFile(rejections.file)) {
			return rejections;
		}
		String content = Files.readString(rejections.file, StandardCharsets.UTF_8);
		try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				AnnotationType type = tab > 0 ? type(line.substring(0, tab)) : null;
				if (type == null || line.substring(tab + 1).isBlank()) {
					throw new GlossFormatException(rejections.file, number, 1,
							"expected a type (Claim, Source, Location, Count), a tab and the rejected words");
				}
				rejections.lines.add(type.label() + "\t" + Tokens.key(line.substring(tab + 1)));
			}
		}
		return rejections;
	}

	private static AnnotationType type(String name) {
		try {
			return AnnotationType.parse(name);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The words a rejection is kept under: lower case, one space, possessives and curly quotes aside. */
	public static String key(String quote) {
		return Tokens.key(quote);
	}

	public boolean contains(AnnotationType type, String quote) {
		return lines.contains(type.label() + "\t" + Tokens.key(quote));
	}

	/** Records a rejection in memory; {@link #save()} writes it. */
	public boolean add(AnnotationType type, String quote) {
		return lines.add(type.label() + "\t" + Tokens.key(quote));
	}

	public boolean remove(AnnotationType type, String quote) {
		return lines.remove(type.label() + "\t" + Tokens.key(quote));
	}

	public int size() {
		return lines.size();
	}

	/** Writes the file, atomically; nothing to do for {@link #none()}. */
	public void save() throws IOException {
		if (file == null) {
			return;
		}
		StringBuilder content = new StringBuilder(HEADER);
		for (String line : lines) {
			content.append(line).append('\n');
		}
		byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, out -> out.write(bytes));
	}
}
