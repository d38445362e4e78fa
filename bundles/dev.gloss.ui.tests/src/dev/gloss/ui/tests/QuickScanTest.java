/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.samples.SampleCorpus;
import dev.gloss.ui.session.AnnotationIndex;
import dev.gloss.ui.session.QuickScan;

/** The quick scan that shows highlights before the full load agrees with the full load. */
class QuickScanTest {

	@Test
	void agreesWithTheFullLoadOnTheSampleCorpus(@TempDir Path folder) throws Exception {
		SampleCorpus.copyTo(folder);
		GlossStore store = new GlossStore();
		int files = 0;
		for (String name : SampleCorpus.files()) {
			if (!name.endsWith(".gloss")) {
				continue;
			}
			files++;
			Path file = folder.resolve(name);
			AnnotatedDocument full = store.load(file);
			AnnotationIndex fullIndex = new AnnotationIndex();
			fullIndex.rebuild(full.getAnnotations());
			AnnotationIndex quick = QuickScan.scan(file);
			assertNotNull(quick, name);
			assertEquals(describe(fullIndex), describe(quick), name);
		}
		assertEquals(3, files);
	}

	@Test
	void givesUpOnAFileItDoesNotRecognise(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("odd.txt.gloss");
		Files.writeString(file, "<x><annotations xsi:type=\"gloss:Rumour\" begin=\"1\" end=\"2\"/></x>\n",
				StandardCharsets.UTF_8);
		assertNull(QuickScan.scan(file));
	}

	private static List<String> describe(AnnotationIndex index) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < index.size(); i++) {
			Annotation a = index.get(i);
			out.add(AnnotationType.of(a) + "@" + index.begin(i) + "-" + index.end(i) + (a.isOrphaned() ? "!" : ""));
		}
		out.sort(null);
		return out;
	}
}
