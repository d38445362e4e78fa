/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.gloss.benchmarks.HeapSampler;
import dev.gloss.benchmarks.SyntheticCorpus;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;

/**
 * What the export benchmarks share: a corpus of {@code documents} articles with
 * {@code annotationsPerDocument} annotations each (every attribute set, claims linked, text with
 * CRLF, Hangul, CJK and emoji), generated once into {@code java.io.tmpdir}/gloss-bench-corpus-...
 * and reused; an output folder per iteration; and a heap sampler. The forks' heap is capped at
 * 512 MB, below the size of the corpus files alone (547 MB at 10,000 documents), so a run that
 * finishes shows the pipeline streams. The heap in use and the heap left after each collection are
 * sampled every 20 ms and their maxima printed per iteration as {@code [heap] NAME: ...}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = { "-Xms512m", "-Xmx512m" })
public abstract class ExportCorpusState {

	@Param({ "10000" })
	public int documents;

	@Param({ "100" })
	public int annotationsPerDocument;

	protected Path corpus;
	protected Path out;
	private HeapSampler sampler;

	/** How the heap line names this benchmark. */
	protected abstract String label();

	@Setup(Level.Trial)
	public void generate() throws IOException {
		corpus = Path.of(System.getProperty("java.io.tmpdir"),
				"gloss-bench-corpus-" + documents + "x" + annotationsPerDocument);
		Path done = corpus.resolve(".complete");
		if (Files.exists(done)) {
			return;
		}
		GlossStore store = new GlossStore();
		for (int d = 0; d < documents; d++) {
			String name = String.format("batch-%03d/article-%05d.txt", d / 100, d);
			Path article = corpus.resolve(name);
			Files.createDirectories(article.getParent());
			String text = SyntheticCorpus.article(annotationsPerDocument * 60, d);
			Files.writeString(article, text);
			AnnotatedDocument document = SyntheticCorpus.document(text, annotationsPerDocument, d + 1_000_000L);
			document.setArticlePath(article.getFileName().toString());
			store.save(document, GlossStore.annotationFileOf(article));
		}
		Files.writeString(done, "generated\n");
	}

	@Setup(Level.Iteration)
	public void startSampling() throws IOException {
		out = Files.createTempDirectory("gloss-bench-export-").resolve("export");
		sampler = HeapSampler.start();
	}

	@TearDown(Level.Iteration)
	public void stopSampling() throws IOException, InterruptedException {
		sampler.stop(label());
		try (var walk = Files.walk(out.getParent())) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
