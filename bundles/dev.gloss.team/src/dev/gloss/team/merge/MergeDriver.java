/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.WriteLock;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.anchor.Reanchorer;
import dev.gloss.team.git.Git;

/**
 * The git merge driver for annotation files ({@code gloss merge %O %A %B %P}): reads the three
 * versions, merges them on annotations ({@link AnnotationMerger}) and writes the result over
 * {@code %A}, atomically, as git expects. When reading fails, {@code %A} is left as it was (our
 * version, a valid file) and the caller exits non-zero, so git reports a conflict.
 *
 * <p>When the two sides had re-anchored to different versions of the article, the annotations
 * that came with the other version are re-anchored onto the kept one (both texts are looked up by
 * hash in git history and local snapshots); if a text cannot be found they are flagged orphaned,
 * keeping their quote, for {@code gloss reanchor} to place.
 */
public final class MergeDriver {

	/**
	 * @param reanchored annotations moved onto the merged document's text
	 * @param orphaned   annotations that could not be placed on it
	 */
	public record Report(MergeResult result, int reanchored, int orphaned) {
	}

	private final GlossStore store = new GlossStore();
	private final OldTexts oldTexts;

	public MergeDriver(OldTexts oldTexts) {
		this.oldTexts = oldTexts;
	}

	/**
	 * @param base   the common ancestor (%O); an empty file when there is none
	 * @param ours   our version (%A), replaced by the result
	 * @param theirs their version (%B)
	 * @param path   the file's path in the work tree (%P), to find its article; may be null
	 */
	public Report merge(Path base, Path ours, Path theirs, Path path) throws IOException {
		// each version named as the user knows it: the work tree path and the side (git passes
		// temporary copies); without a path, each by its own file
		AnnotatedDocument baseDocument = Files.size(base) == 0 ? null
				: load(base, shown(path, base, "common ancestor, base"));
		AnnotatedDocument ourDocument = load(ours, shown(path, ours, "ours"));
		AnnotatedDocument theirDocument = load(theirs, shown(path, theirs, "theirs"));
		MergeResult result = new AnnotationMerger().merge(baseDocument, ourDocument, theirDocument, theirsAuthor(ours));
		int reanchored = 0;
		int orphaned = 0;
		if (!result.staleAnchors().isEmpty()) {
			int[] counts = reanchorStale(result, path);
			reanchored = counts[0];
			orphaned = counts[1];
		}
		try (WriteLock lock = WriteLock.acquire(ours)) {
			store.save(result.document(), ours);
		}
		return new Report(result, reanchored, orphaned);
	}

	private static Path shown(Path path, Path file, String side) {
		return Path.of((path == null ? file.toString() : path.toString()) + " (" + side + ")");
	}

	/**
	 * Git hands the versions over as temporary files: messages name the file the user knows. A
	 * version with an id used twice or a link to no annotation is refused (the store's load does),
	 * never merged: either would make the merge drop or relink annotations without a word.
	 */
	private AnnotatedDocument load(Path file, Path shownAs) throws IOException {
		return store.load(file, shownAs);
	}

	private int[] reanchorStale(MergeResult result, Path path) {
		AnnotatedDocument document = result.document();
		Map<String, List<Annotation>> byHash = new LinkedHashMap<>();
		for (Annotation annotation : document.getAnnotations()) {
			String hash = result.staleAnchors().get(annotation.getId());
			if (hash != null) {
				byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(annotation);
			}
		}
		Path article = path == null ? null : GlossStore.articleOf(path.toAbsolutePath());
		Optional<String> mergedText = article == null ? Optional.empty() : textOf(article, document);
		int reanchored = 0;
		int orphaned = 0;
		for (Map.Entry<String, List<Annotation>> group : byHash.entrySet()) {
			Optional<OldTexts.Found> oldText = article == null || mergedText.isEmpty() ? Optional.empty()
					: oldTexts.find(article, group.getKey(), document.getCharset());
			if (oldText.isPresent()) {
				new Reanchorer().reanchor(group.getValue(), oldText.get().text(), mergedText.get());
				for (Annotation annotation : group.getValue()) {
					if (annotation.isOrphaned()) {
						orphaned++;
					} else {
						reanchored++;
					}
				}
			} else {
				for (Annotation annotation : group.getValue()) {
					annotation.setOrphaned(true); // offsets of another text: the quote search will place it
					orphaned++;
				}
			}
		}
		return new int[] { reanchored, orphaned };
	}

	/**
	 * The author of the commit being merged in. {@code git merge} names it to drivers in a
	 * {@code GITHEAD_<commit>} environment variable; elsewhere (a rebase, a cherry-pick, a manual
	 * run) conflicts name each annotation's creator instead.
	 */
	private static String theirsAuthor(Path ours) {
		List<String> heads = System.getenv().keySet().stream().filter(key -> key.startsWith("GITHEAD_")).toList();
		if (heads.size() != 1) {
			return null;
		}
		try {
			Path folder = ours.toAbsolutePath().getParent();
			String commit = heads.get(0).substring("GITHEAD_".length());
			String author = Git.in(folder == null ? Path.of(".") : folder).line("log", "-1", "--format=%an", commit);
			return author.isEmpty() ? null : author;
		} catch (IOException e) {
			return null;
		}
	}

	/** The text the merged document is anchored on: the article in the work tree, or from history. */
	private Optional<String> textOf(Path article, AnnotatedDocument document) {
		try {
			if (Files.isRegularFile(article)) {
				ArticleText text = ArticleText.read(article, document.getCharset());
				if (text.hash().equals(document.getTextHash())) {
					return Optional.of(text.text());
				}
			}
		} catch (IOException e) {
			// look in history
		}
		return oldTexts.find(article, document.getTextHash(), document.getCharset()).map(OldTexts.Found::text);
	}
}
