/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

import dev.gloss.benchmarks.SyntheticCorpus;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;

/**
 * Saving and loading one annotation file of 100,000 annotations (every attribute set, claims
 * linked), in memory so the disk does not blur the figures. {@code heapBytesPerAnnotation} is
 * printed once per fork: the retained heap of a loaded document divided by its annotations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class StoreBenchmark {

	@Param({ "100000" })
	public int annotations;

	private final GlossStore store = new GlossStore();
	private AnnotatedDocument document;
	private byte[] file;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		String text = SyntheticCorpus.article(5_000_000, 42);
		document = SyntheticCorpus.document(text, annotations, 7);
		file = store.toBytes(document);
		printHeapPerAnnotation();
	}

	@Benchmark
	public byte[] save() throws IOException {
		return store.toBytes(document);
	}

	@Benchmark
	public AnnotatedDocument load() throws IOException {
		return store.load(new ByteArrayInputStream(file), Path.of("bench.gloss"));
	}

	private void printHeapPerAnnotation() throws IOException {
		long before = usedHeapAfterGc();
		AnnotatedDocument loaded = load();
		long after = usedHeapAfterGc();
		System.out.printf("%n[gloss] file %,d bytes, %,d annotations, heap %,d bytes per annotation%n", file.length,
				loaded.getAnnotations().size(), (after - before) / annotations);
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
