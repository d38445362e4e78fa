/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.formats;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
import dev.gloss.core.store.GlossStore;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;
import dev.gloss.model.AnnotatedDocument;

/**
 * Importing a corpus's own export back into it, per format, the way {@code gloss import} does it:
 * read the export, merge each document with the corpus's annotation file (every annotation
 * replaces the one with its id), stage every file and put them all in place. The corpus has 100
 * annotations per article (every attribute set, claims linked; Hangul, CJK, emoji, CRLF), at two
 * sizes ({@code annotations}: 12,000 and 48,000), so time per annotation at both shows whether the
 * import is linear. {@code w3c} is the W3C collection in pages, {@code w3c-jsonl} the JSON Lines
 * export, both read by the W3C importer.
 *
 * <p>The corpus is generated and exported once per trial (outside the measured time); every
 * iteration imports into a fresh copy of it. The fork's heap is capped at 256 MB, below what the
 * 48,000 annotations take in memory at once, and the heap in use and the heap left after each
 * collection are sampled every 20 ms and printed per iteration ({@code [heap]} lines), so a run
 * shows the import holds about one document at a time. The import thread's CPU time is printed
 * too ({@code [cpu]} lines): on a loaded machine it shows linearity where wall time is mostly
 * waiting for the disk's flushes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = { "-Xms256m", "-Xmx256m" })
public class ImportBenchmark {

	@Param({ "brat", "w3c", "w3c-jsonl", "jsonl", "conll", "xmi" })
	public String format;

	@Param({ "12000", "48000" })
	public int annotations;

	@Param({ "100" })
	public int annotationsPerDocument;

	private Path work;
	private Path pristine;
	private Path export;
	private Path corpus;
	private HeapSampler sampler;
	/**
	 * CPU time of the import alone (its thread): on a machine shared with other work, wall time is
	 * dominated by waiting (for the disk's flushes, for a core), CPU time much less so.
	 */
	private long cpuNanos;
	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Setup(Level.Trial)
	public void generateAndExport() throws IOException {
		work = Files.createTempDirectory("gloss-bench-import-");
		pristine = work.resolve("corpus");
		int documents = annotations / annotationsPerDocument;
		GlossStore store = new GlossStore();
		for (int d = 0; d < documents; d++) {
			Path article = pristine.resolve(String.format("batch-%02d/article-%05d.txt", d / 100, d));
			Files.createDirectories(article.getParent());
			String text = SyntheticCorpus.article(annotationsPerDocument * 60, d);
			Files.writeString(article, text);
			AnnotatedDocument document = SyntheticCorpus.document(text, annotationsPerDocument, d + 1_000_000L);
			document.setArticlePath(article.getFileName().toString());
			store.save(document, GlossStore.annotationFileOf(article));
		}
		export = work.resolve("export");
		ExportResult exported = new CorpusExport(Formats.export(format).orElseThrow(), ExportOptions.defaults())
				.run(List.of(pristine), export);
		if (!exported.written()) {
			throw new IllegalStateException("export failed: " + exported.problems().stream().limit(5).toList());
		}
	}

	@Setup(Level.Iteration)
	public void freshCorpusAndSampling() throws IOException {
		corpus = work.resolve("target");
		delete(corpus);
		copy(pristine, corpus);
		System.gc();
		sampler = HeapSampler.start();
	}

	@Benchmark
	public ImportResult reimport() throws IOException {
		String importer = format.startsWith("w3c") ? "w3c" : format;
		long cpu = THREADS.getCurrentThreadCpuTime();
		ImportResult result = new CorpusImport(Formats.importer(importer).orElseThrow(), ImportOptions.defaults())
				.run(List.of(export), corpus);
		cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
		if (!result.written() || result.added() + result.replaced() != annotations) {
			throw new IllegalStateException("import incomplete: " + result.added() + " added, " + result.replaced()
					+ " replaced; " + result.problems().stream().limit(5).toList());
		}
		return result;
	}

	@TearDown(Level.Iteration)
	public void stopSampling() throws InterruptedException {
		sampler.stop(format + " " + annotations);
		System.out.printf("[cpu] %s %d: %.0f ms of CPU in the importing thread, %.1f ms per 1,000 annotations%n", format,
				annotations, cpuNanos / 1e6, cpuNanos / 1e3 / annotations);
	}

	@TearDown(Level.Trial)
	public void clean() throws IOException {
		delete(work);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
