/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.team.git.Git;

/**
 * Where the annotators' work comes from: the creators of the annotations in one corpus, or one
 * revision (branch, commit) of a git repository per annotator.
 */
public final class AgreementSources {

	private AgreementSources() {
	}

	/**
	 * Each creator is an annotator; every article with annotations is a document.
	 *
	 * @param creators the annotators to compare, or empty for every creator found
	 */
	public static AgreementStudy byCreator(Corpus corpus, List<String> creators) throws IOException {
		Set<String> found = new TreeSet<>();
		Map<Article, CorpusDocument> documents = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		for (Article article : corpus.articles()) {
			if (!article.hasAnnotationFile()) {
				continue;
			}
			CorpusDocument document;
			try {
				document = corpus.open(article);
			} catch (GlossFormatException e) {
				notes.add(article.relativePath() + " left out: " + e.getProblem());
				continue;
			}
			if (document.textStatus() == CorpusDocument.TextStatus.CHANGED) {
				notes.add(article.relativePath() + " left out: the article changed since it was annotated "
						+ "(run 'gloss reanchor')");
				continue;
			}
			for (Annotation annotation : document.annotations()) {
				if (annotation.getCreator() != null && !annotation.isOrphaned()) {
					found.add(annotation.getCreator());
				}
			}
			documents.put(article, document);
		}
		List<String> annotators = creators.isEmpty() ? List.copyOf(found) : List.copyOf(creators);
		if (annotators.size() < 2) {
			throw new IllegalArgumentException("agreement needs annotations by two or more creators; found "
					+ (found.isEmpty() ? "none" : String.join(", ", found)) + " in " + corpus.folder());
		}
		AgreementStudy study = new AgreementStudy(annotators);
		notes.forEach(study::note);
		for (Map.Entry<Article, CorpusDocument> entry : documents.entrySet()) {
			String key = entry.getKey().relativePath();
			study.addDocument(key, entry.getValue().text().text());
			for (Annotation annotation : entry.getValue().annotations()) {
				if (annotators.contains(annotation.getCreator()) && !annotation.isOrphaned()) {
					study.add(annotation.getCreator(), key, AnnotationType.of(annotation), annotation.getBegin(),
							annotation.getEnd());
				}
			}
		}
		return study;
	}

	/**
	 * Each revision is an annotator (all annotations in its files count, whoever made them).
	 * Documents are the annotation files every revision has, on the same article text.
	 *
	 * @param paths limit to these paths (files or folders, relative to the git folder); empty: all
	 */
	public static AgreementStudy byRevision(Git git, List<String> revisions, List<String> paths) throws IOException {
		Set<String> unique = new LinkedHashSet<>(revisions);
		if (unique.size() < 2) {
			throw new IllegalArgumentException("agreement needs two or more different revisions, got " + revisions);
		}
		AgreementStudy study = new AgreementStudy(List.copyOf(unique));
		GlossStore store = new GlossStore();
		Map<String, Set<String>> filesPerRevision = new LinkedHashMap<>();
		Set<String> common = null;
		for (String revision : unique) {
			List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--name-only", revision, "--"));
			args.addAll(paths.isEmpty() ? List.of(".") : paths);
			Set<String> files = new TreeSet<>();
			for (String file : Git.splitNul(git.text(args.toArray(String[]::new)))) {
				if (GlossStore.isAnnotationFile(Path.of(file))) {
					files.add(file);
				}
			}
			filesPerRevision.put(revision, files);
			if (common == null) {
				common = new TreeSet<>(files);
			} else {
				common.retainAll(files);
			}
		}
		for (Map.Entry<String, Set<String>> entry : filesPerRevision.entrySet()) {
			for (String file : entry.getValue()) {
				if (!common.contains(file)) {
					study.note(file + " left out: not annotated in every revision (missing from "
							+ missingFrom(file, filesPerRevision) + ")");
					break;
				}
			}
		}
		Path temp = Files.createTempFile("gloss-article-", ".txt");
		try {
			for (String file : common) {
				Map<String, AnnotatedDocument> versions = new LinkedHashMap<>();
				for (String revision : unique) {
					byte[] bytes = git.show(revision, "./" + file).orElseThrow();
					versions.put(revision, store.load(new ByteArrayInputStream(bytes), Path.of(revision + ":" + file)));
				}
				Set<String> hashes = new LinkedHashSet<>();
				versions.values().forEach(version -> hashes.add(version.getTextHash()));
				if (hashes.size() != 1) {
					study.note(file + " left out: the revisions annotated different versions of the article "
							+ "(re-anchor them onto one version first)");
					continue;
				}
				String article = file.substring(0, file.length() - GlossStore.FILE_EXTENSION.length() - 1);
				Optional<String> text = articleText(git, unique, article, hashes.iterator().next(),
						versions.values().iterator().next().getCharset(), temp);
				if (text.isEmpty()) {
					study.note(file + " left out: no revision has the article text it was annotated on");
					continue;
				}
				study.addDocument(file, text.get());
				for (Map.Entry<String, AnnotatedDocument> version : versions.entrySet()) {
					for (Annotation annotation : version.getValue().getAnnotations()) {
						if (!annotation.isOrphaned() && annotation.getEnd() <= text.get().length()) {
							study.add(version.getKey(), file, AnnotationType.of(annotation), annotation.getBegin(),
									annotation.getEnd());
						}
					}
				}
			}
		} finally {
			Files.deleteIfExists(temp);
		}
		return study;
	}

	private static Optional<String> articleText(Git git, Set<String> revisions, String article, String hash,
			String charset, Path temp) throws IOException {
		for (String revision : revisions) {
			Optional<byte[]> bytes = git.show(revision, "./" + article);
			if (bytes.isPresent()) {
				Files.write(temp, bytes.get());
				ArticleText text = ArticleText.read(temp, charset);
				if (text.hash().equals(hash)) {
					return Optional.of(text.text());
				}
			}
		}
		return Optional.empty();
	}

	private static String missingFrom(String file, Map<String, Set<String>> filesPerRevision) {
		List<String> missing = new ArrayList<>();
		filesPerRevision.forEach((revision, files) -> {
			if (!files.contains(file)) {
				missing.add(revision);
			}
		});
		return String.join(", ", missing);
	}
}
