/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
