package dev.gloss.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.gloss.core.store.GlossStore;

/**
 * An article of a corpus and where its annotations live.
 *
 * @param file         the article
 * @param relativePath its path below the corpus folder, with '/' separators
 */
public record Article(Path file, String relativePath) {

	public Path annotationFile() {
		return GlossStore.annotationFileOf(file);
	}

	public boolean hasAnnotationFile() {
		return Files.isRegularFile(annotationFile());
	}
}
