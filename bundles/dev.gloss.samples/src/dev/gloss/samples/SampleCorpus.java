/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample corpus that ships with Gloss: short news-like articles about cross-border trade,
 * written for Gloss, with their annotation files. The files are resources of this bundle, listed
 * in {@code corpus/index.txt}, so they can be read from the jar inside or outside OSGi.
 */
public final class SampleCorpus {

	private static final String ROOT = "/corpus/";

	private SampleCorpus() {
	}

	/** Paths of the sample files relative to the corpus folder, '/'-separated. */
	public static List<String> files() {
		try (InputStream in = open("index.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		} catch (IOException e) {
			throw new UncheckedIOException("the sample corpus index is missing from dev.gloss.samples", e);
		}
	}

	/** Copies the sample corpus into a folder (created if needed), byte for byte. */
	public static Path copyTo(Path folder) throws IOException {
		for (String file : files()) {
			Path target = folder.resolve(file);
			Files.createDirectories(target.getParent());
			try (InputStream in = open(file)) {
				Files.copy(in, target);
			}
		}
		return folder;
	}

	private static InputStream open(String file) throws IOException {
		InputStream in = SampleCorpus.class.getResourceAsStream(ROOT + file);
		if (in == null) {
			throw new IOException("sample file missing from dev.gloss.samples: " + file);
		}
		return in;
	}
}
