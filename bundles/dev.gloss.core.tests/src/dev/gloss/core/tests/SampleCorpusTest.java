/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.store.GlossStore;
import dev.gloss.samples.SampleCorpus;

/** The sample corpus that ships with Gloss is complete, clean and reproducible. */
class SampleCorpusTest {

	@TempDir
	Path shipped;

	@TempDir
	Path regenerated;

	@Test
	void everySampleArticleHasACleanAnnotationFile() throws IOException {
		SampleCorpus.copyTo(shipped);
		Corpus corpus = Corpus.open(shipped);
		assertEquals(3, corpus.articles().size());
		CorpusStats stats = CorpusStats.of(corpus);
		assertEquals(List.of(), stats.problems());
		for (AnnotationType type : AnnotationType.values()) {
			assertTrue(stats.total(type) >= 5, type + " is used in the samples");
		}
		corpus.articles().forEach(article -> assertTrue(article.hasAnnotationFile(), article.relativePath()));
	}

	@Test
	void theShippedFilesAreWhatTheAnnotatorWritesAndResaveUnchanged() throws IOException {
		SampleCorpus.copyTo(shipped);
		SampleCorpus.copyTo(regenerated);
		SampleAnnotator.annotate(regenerated);
		GlossStore store = new GlossStore();
		for (String file : SampleCorpus.files()) {
			if (!GlossStore.isAnnotationFile(Path.of(file))) {
				continue;
			}
			byte[] bytes = Files.readAllBytes(shipped.resolve(file));
			assertArrayEquals(Files.readAllBytes(regenerated.resolve(file)), bytes,
					file + " differs from what SampleAnnotator writes: run it on bundles/dev.gloss.samples/corpus");
			Path copy = shipped.resolve(file + ".resaved");
			store.save(store.load(shipped.resolve(file)), copy);
			assertArrayEquals(bytes, Files.readAllBytes(copy), file + " resaves to the same bytes");
		}
	}
}
