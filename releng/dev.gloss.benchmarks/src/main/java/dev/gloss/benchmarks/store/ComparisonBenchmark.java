/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;
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
import org.openjdk.jmh.infra.BenchmarkParams;

import dev.gloss.benchmarks.SyntheticCorpus;
import dev.gloss.benchmarks.peers.EmfXmi;
import dev.gloss.benchmarks.peers.JacksonPeer;
import dev.gloss.benchmarks.peers.UimaPeer;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;

/**
 * One file of annotations (every attribute set, claims linked) saved and loaded side by side, in
 * memory so the disk does not blur the figures, by
 * <ul>
 * <li>{@code gloss*}: GlossStore, the purpose-built streaming reader and writer;</li>
 * <li>{@code emf*}: EMF's XMI loader and saver, what GlossStore used before (same bytes);</li>
 * <li>{@code uima*}: Apache UIMA's XMI serializer and deserializer, the peer, same fields in a CAS
 * with the type system of Gloss's XMI export;</li>
 * <li>{@code jackson*}: Jackson's streaming JSON of the same fields into plain objects, the
 * limit.</li>
 * </ul>
 * The retained heap per loaded annotation of each is printed once, in the fork of heapFootprint, as
 * {@code [heap] name: N bytes per annotation} (heap in use after full GCs, with and without the
 * loaded result held).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xms3g", "-Xmx3g" })
public class ComparisonBenchmark {

	@Param({ "100000" })
	public int annotations;

	private final GlossStore store = new GlossStore();
	private final UimaPeer uima = new UimaPeer();
	private final JacksonPeer jackson = new JacksonPeer();

	private AnnotatedDocument document;
	private byte[] glossFile;
	private CAS cas;
	private CAS loadCas;
	private byte[] uimaFile;
	private List<JacksonPeer.Plain> plain;
	private byte[] jacksonFile;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		String text = SyntheticCorpus.article(Math.max(100_000, annotations * 50), 42);
		document = SyntheticCorpus.document(text, annotations, 7);
		glossFile = store.toBytes(document);
		if (!Arrays.equals(glossFile, EmfXmi.save(document))) {
			throw new IllegalStateException("GlossStore does not write what EMF writes");
		}
		cas = uima.toCas(document);
		uimaFile = uima.save(cas);
		loadCas = uima.newCas();
		plain = jackson.toPlain(document);
		jacksonFile = jackson.savePlain(plain);
		System.out.printf("%n[files] %,d annotations: gloss %,d bytes, uima %,d bytes, jackson %,d bytes%n",
				annotations, glossFile.length, uimaFile.length, jacksonFile.length);
		if (!params.getBenchmark().endsWith(".heapFootprint")) {
			// the heap figures once per run, in a fork of their own: loading with EMF, UIMA and Jackson
			// in a timed fork would also train the JIT on their code paths (they share the JDK's XML
			// scanner) and skew the timed loader
			return;
		}
		heap("gloss", this::glossLoad);
		heap("emf", this::emfLoad);
		heap("uima", () -> uima.load(uimaFile, uima.newCas()));
		// and without the empty CAS's own tables, which a reused CAS amortises
		CAS empty = uima.newCas();
		long before = usedAfterGc();
		uima.load(uimaFile, empty);
		long after = usedAfterGc();
		Reference.reachabilityFence(empty);
		System.out.printf("[heap] uima-annotations-only: %,d bytes per annotation%n", (after - before) / annotations);
		heap("jackson", this::jacksonLoad);
	}

	/** Nothing to time: its fork's setup prints the [heap] figures. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public int heapFootprint() {
		return annotations;
	}

	@Benchmark
	public AnnotatedDocument glossLoad() throws IOException {
		return store.load(new ByteArrayInputStream(glossFile), Path.of("bench.gloss"));
	}

	@Benchmark
	public byte[] glossSave() throws IOException {
		return store.toBytes(document);
	}

	@Benchmark
	public AnnotatedDocument emfLoad() throws IOException {
		return EmfXmi.load(glossFile);
	}

	@Benchmark
	public byte[] emfSave() throws IOException {
		return EmfXmi.save(document);
	}

	@Benchmark
	public CAS uimaLoad() throws Exception {
		return uima.load(uimaFile, loadCas);
	}

	@Benchmark
	public byte[] uimaSave() throws Exception {
		return uima.save(cas);
	}

	@Benchmark
	public List<JacksonPeer.Plain> jacksonLoad() throws IOException {
		return jackson.load(jacksonFile);
	}

	@Benchmark
	public byte[] jacksonSave() throws IOException {
		return jackson.savePlain(plain);
	}

	interface Loader {
		Object load() throws Exception;
	}

	/** Heap held by one loaded result, per annotation: used heap after GC with it, minus without. */
	private void heap(String name, Loader loader) throws Exception {
		loader.load(); // warm the classes and caches, so they are not counted
		long before = usedAfterGc();
		Object loaded = loader.load();
		long after = usedAfterGc();
		Reference.reachabilityFence(loaded);
		System.out.printf("[heap] %s: %,d bytes per annotation%n", name, (after - before) / annotations);
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
