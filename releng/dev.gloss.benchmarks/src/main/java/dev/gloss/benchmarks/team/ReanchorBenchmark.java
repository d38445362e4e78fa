/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.team;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
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

import dev.gloss.benchmarks.SyntheticCorpus;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.anchor.OffsetMapping;
import dev.gloss.team.anchor.Outcome;
import dev.gloss.team.anchor.Reanchorer;

/**
 * Re-anchoring 10,000 annotations of one article after a 1% edit: 50 edits spread over the text
 * (a fifth each: a phrase inserted, deleted or rewritten, a sentence inserted or deleted),
 * changing about 1% of its characters.
 *
 * <ul>
 * <li>{@code diff}: the old text is known (snapshot or git): offsets map through a diff, the quote
 * search only runs for passages the edits touched.</li>
 * <li>{@code quote}: the old text is unknown: the quote of every annotation whose passage is not
 * where it was is searched with its context.</li>
 * </ul>
 * Each invocation re-anchors a fresh copy of the document (the copy is made outside the measured
 * time). The outcome counts are printed once per fork, so the figures can be read with them, and
 * the CPU time of the re-anchoring thread after each iteration ({@code [cpu]} lines: median and
 * fastest invocation), which a machine shared with other work disturbs much less than wall time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class ReanchorBenchmark {

	@Param({ "10000" })
	public int annotations;

	@Param({ "diff", "quote" })
	public String oldText;

	private String before;
	private String after;
	private AnnotatedDocument original;
	private AnnotatedDocument copy;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private long[] cpuNanos = new long[256];
	private int invocations;

	@Setup(Level.Trial)
	public void prepare() {
		before = SyntheticCorpus.article(annotations * 60, 42);
		original = SyntheticCorpus.document(before, annotations, 42);
		after = edit(before, 0.0078, 50, 7);
		AnnotatedDocument trial = EcoreUtil.copy(original);
		List<Outcome> outcomes = new Reanchorer().reanchor(trial.getAnnotations(),
				oldText.equals("diff") ? before : null, after);
		long moved = outcomes.stream().filter(o -> o.kind() == Outcome.Kind.MOVED).count();
		long orphaned = outcomes.stream().filter(o -> o.kind() == Outcome.Kind.ORPHANED).count();
		System.out.printf("%n%d characters, %d inserted or deleted; %d annotations: %d anchored, %d moved, %d orphaned%n",
				before.length(), changed(before, after), outcomes.size(), outcomes.size() - moved - orphaned, moved,
				orphaned);
	}

	@Setup(Level.Invocation)
	public void freshCopy() {
		copy = EcoreUtil.copy(original);
	}

	@Setup(Level.Iteration)
	public void clearCpuTimes() {
		invocations = 0;
	}

	@Benchmark
	public AnnotatedDocument reanchor() {
		long cpu = THREADS.getCurrentThreadCpuTime();
		new Reanchorer().reanchor(copy, oldText.equals("diff") ? before : null, after, null);
		if (invocations == cpuNanos.length) {
			cpuNanos = Arrays.copyOf(cpuNanos, invocations * 2);
		}
		cpuNanos[invocations++] = THREADS.getCurrentThreadCpuTime() - cpu;
		return copy;
	}

	@TearDown(Level.Iteration)
	public void printCpuTimes() {
		if (invocations == 0) {
			return;
		}
		long[] times = Arrays.copyOf(cpuNanos, invocations);
		Arrays.sort(times);
		System.out.printf("%n[cpu] %s %d: median %.1f ms, fastest %.1f ms of CPU in the re-anchoring thread (%d invocations)%n",
				oldText, annotations, times[times.length / 2] / 1e6, times[0] / 1e6, times.length);
	}

	/** {@code edits} edits evenly spread, changing about {@code share} of the characters. */
	static String edit(String text, double share, int edits, long seed) {
		Random random = new Random(seed);
		int budget = (int) (text.length() * share / edits);
		StringBuilder result = new StringBuilder(text.length() + 1024);
		int stride = text.length() / edits;
		int at = 0;
		for (int i = 0; i < edits; i++) {
			int position = i * stride + random.nextInt(stride / 2);
			position = wordStart(text, position);
			result.append(text, at, position);
			int length = Math.min(budget, text.length() - position);
			String words = "later reports added that the convoy waited at the bridge overnight ";
			String sentence = "A sentence the desk added later, with fresh detail. ";
			switch (i % 5) {
			case 0 -> { // a phrase inserted
				result.append(words.repeat(1 + length / words.length()), 0, length);
				result.append(' ');
				at = position;
			}
			case 1 -> at = wordStart(text, Math.min(text.length(), position + length)); // a phrase deleted
			case 2 -> { // a phrase rewritten
				result.append(words.repeat(1 + length / words.length()), 0, length).append(' ');
				at = wordStart(text, Math.min(text.length(), position + length));
			}
			case 3 -> { // a sentence inserted
				result.append(sentence.repeat(1 + length / sentence.length()), 0, length).append(". ");
				at = position;
			}
			default -> at = wordStart(text, Math.min(text.length(), position + length)); // a sentence deleted
			}
		}
		result.append(text, at, text.length());
		return result.toString();
	}

	private static int wordStart(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) != ' ') {
			i++;
		}
		return Math.min(text.length(), i + 1);
	}

	/** Characters deleted from the old text plus characters inserted into the new one. */
	private static int changed(String a, String b) {
		int shared = OffsetMapping.between(a, b).sharedCharacters();
		return a.length() - shared + b.length() - shared;
	}
}
