/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
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
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;

/**
 * {@code gloss validate} on one article with 1,000,000 annotations (every attribute set, claims
 * linked; a 60 M-character text with CRLF, Hangul, CJK and emoji), the way the command does it:
 * {@link CorpusStats#of} over the folder, which reads the document and checks every rule against
 * the article. {@code readOnly} is the reading alone (annotation file and article, text hash), so
 * the difference is the checking. The heap is sampled during each iteration ({@code [heap]} lines);
 * the file is generated once into {@code java.io.tmpdir}/gloss-bench-validate-N and reused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = { "-Xms3g", "-Xmx3g" })
public class ValidateBenchmark {

	@Param({ "1000000" })
	public int annotations;

	private Path folder;
	private HeapSampler sampler;
	private String name;

	@Setup(Level.Trial)
	public void generate() throws IOException {
		folder = Path.of(System.getProperty("java.io.tmpdir"), "gloss-bench-validate-" + annotations);
		Path done = folder.resolve(".complete");
		if (Files.exists(done)) {
			return;
		}
		Files.createDirectories(folder);
		Path article = folder.resolve("article.txt");
		String text = SyntheticCorpus.article(annotations * 60, 42);
		Files.writeString(article, text);
		AnnotatedDocument document = SyntheticCorpus.document(text, annotations, 4242);
		document.setArticlePath(article.getFileName().toString());
		new GlossStore().save(document, GlossStore.annotationFileOf(article));
		Files.writeString(done, "generated\n");
	}

	@Setup(Level.Iteration)
	public void startSampling() {
		System.gc();
		sampler = HeapSampler.start();
	}

	@TearDown(Level.Iteration)
	public void stopSampling() throws InterruptedException {
		sampler.stop(name);
	}

	@Benchmark
	public CorpusStats validate() throws IOException {
		name = "validate";
		CorpusStats stats = CorpusStats.of(Corpus.open(folder));
		if (stats.totalAnnotations() != annotations || !stats.problems().isEmpty()) {
			throw new IllegalStateException("validation found " + stats.problems().size() + " problems: "
					+ stats.problems().stream().limit(3).toList());
		}
		return stats;
	}

	@Benchmark
	public int readOnly() throws IOException {
		name = "readOnly";
		Corpus corpus = Corpus.open(folder);
		CorpusDocument document = corpus.open(corpus.articles().get(0));
		return document.annotations().size();
	}
}
