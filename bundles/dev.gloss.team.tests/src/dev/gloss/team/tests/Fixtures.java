/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;

/** The test bundle's fixture articles (written for these tests) and helpers to annotate them. */
final class Fixtures {

	static final String FERRY = "river-ferry.txt";
	static final String CONVOY = "grain-convoy.txt";

	private Fixtures() {
	}

	static String article(String name) {
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		URL entry = bundle == null ? Fixtures.class.getResource("/fixtures/articles/" + name)
				: bundle.getEntry("fixtures/articles/" + name);
		if (entry == null) {
			throw new IllegalStateException("fixture missing: " + name);
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** Marks the first occurrence of {@code passage}. */
	static Annotation mark(CorpusDocument document, AnnotationType type, String passage) {
		return mark(document, type, passage, 0);
	}

	static Annotation mark(CorpusDocument document, AnnotationType type, String passage, int from) {
		int at = document.text().text().indexOf(passage, from);
		if (at < 0) {
			throw new IllegalArgumentException("passage not in the article: " + passage);
		}
		return document.add(type, at, at + passage.length());
	}
}
