/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.gloss.samples.SampleCorpus;

/** The corpus folders a command works on: the ones named, or a temporary copy of the samples. */
final class Corpora implements AutoCloseable {

	private final List<Path> folders;
	private final Path sample;

	private Corpora(List<Path> folders, Path sample) {
		this.folders = folders;
		this.sample = sample;
	}

	static Corpora of(List<String> operands) throws IOException {
		if (operands.isEmpty()) {
			Path sample = Files.createTempDirectory("gloss-sample-");
			SampleCorpus.copyTo(sample.resolve("samples"));
			return new Corpora(List.of(sample.resolve("samples")), sample);
		}
		List<Path> folders = new ArrayList<>();
		for (String operand : operands) {
			folders.add(Path.of(operand));
		}
		return new Corpora(folders, null);
	}

	List<Path> folders() {
		return folders;
	}

	boolean isSample() {
		return sample != null;
	}

	@Override
	public void close() throws IOException {
		if (sample == null) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(sample)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}
}
