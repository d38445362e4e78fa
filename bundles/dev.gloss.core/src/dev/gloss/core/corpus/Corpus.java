/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.gloss.core.store.GlossStore;

/**
 * A folder of articles and the annotation files beside them. Opening a corpus only lists files;
 * documents are read one at a time with {@link #open(Article)}, so a corpus of any size fits in
 * memory.
 */
public final class Corpus {

	/** Files taken as articles even before they have annotations. */
	private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "md", "markdown");

	private final Path folder;
	private final List<Article> articles;
	private final List<Path> strayAnnotationFiles;
	private final GlossStore store;
	private final String creator;
	private final Clock clock;

	private Corpus(Path folder, List<Article> articles, List<Path> strays, GlossStore store, String creator,
			Clock clock) {
		this.folder = folder;
		this.articles = articles;
		this.strayAnnotationFiles = strays;
		this.store = store;
		this.creator = creator;
		this.clock = clock;
	}

	/**
	 * Lists the articles below a folder: text files ({@code .txt}, {@code .text}, {@code .md}) and
	 * any file with an annotation file beside it. Hidden files and folders (.git) are skipped.
	 *
	 * @throws NoSuchFileException if the folder does not exist
	 */
	public static Corpus open(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new NoSuchFileException(root.toString(), null, "not a folder");
		}
		List<Path> files = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && !isHidden(file)) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		files.sort(Comparator.naturalOrder());
		List<Article> articles = new ArrayList<>();
		List<Path> strays = new ArrayList<>();
		for (Path file : files) {
			if (GlossStore.isAnnotationFile(file)) {
				if (!Files.isRegularFile(GlossStore.articleOf(file))) {
					strays.add(file);
				}
			} else if (isArticleName(file) || Files.isRegularFile(GlossStore.annotationFileOf(file))) {
				articles.add(new Article(file, relative(root, file)));
			}
		}
		return new Corpus(root, List.copyOf(articles), List.copyOf(strays), new GlossStore(),
				System.getProperty("user.name", ""), Clock.systemUTC());
	}

	/** The same corpus, whose new annotations name this creator. */
	public Corpus withCreator(String newCreator) {
		return new Corpus(folder, articles, strayAnnotationFiles, store, newCreator, clock);
	}

	/** The same corpus with another clock for created/modified times (tests, imports). */
	public Corpus withClock(Clock newClock) {
		return new Corpus(folder, articles, strayAnnotationFiles, store, creator, newClock);
	}

	public Path folder() {
		return folder;
	}

	public List<Article> articles() {
		return articles;
	}

	/** Annotation files whose article is missing (renamed or deleted outside Gloss). */
	public List<Path> strayAnnotationFiles() {
		return strayAnnotationFiles;
	}

	public Article article(String relativePath) {
		return articles.stream().filter(a -> a.relativePath().equals(relativePath)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no article '" + relativePath + "' in " + folder));
	}

	/**
	 * Reads an article and its annotations (a new, empty document when it has none yet).
	 *
	 * @throws dev.gloss.core.store.GlossFormatException if the annotation file or the article
	 *                                                   cannot be read; the file is left alone
	 */
	public CorpusDocument open(Article article) throws IOException {
		return CorpusDocument.open(article, store, creator, clock);
	}

	/** Visits every document in turn, holding one in memory at a time. */
	public void forEach(DocumentVisitor visitor) {
		for (Article article : articles) {
			try {
				visitor.visit(article, open(article), null);
			} catch (IOException e) {
				visitor.visit(article, null, e);
			}
		}
	}

	/** Receives each document, or the reason it could not be read. */
	@FunctionalInterface
	public interface DocumentVisitor {
		void visit(Article article, CorpusDocument document, IOException failure);
	}

	static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

	private static boolean isArticleName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}
}
