/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.team;

import java.util.List;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.Warmup;

import dev.gloss.benchmarks.SyntheticCorpus;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.team.merge.AnnotationMerger;
import dev.gloss.team.merge.MergeResult;

/**
 * The semantic three-way merge of one annotation file of 100,000 annotations, in memory (what the
 * merge driver does between reading and writing the three versions). Each side changed 1% of the
 * annotations, added 1% and removed 0.5%; 0.1% are changed on both sides differently (disputes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xms3g", "-Xmx3g" })
public class MergeBenchmark {

	@Param({ "100000" })
	public int annotations;

	private AnnotatedDocument base;
	private AnnotatedDocument ours;
	private AnnotatedDocument theirs;
	private AnnotatedDocument oursCopy;

	@Setup(Level.Trial)
	public void prepare() {
		String text = SyntheticCorpus.article(annotations * 60, 11);
		base = SyntheticCorpus.document(text, annotations, 11);
		ours = side(base, "ours", 0);
		theirs = side(base, "theirs", 50);
		MergeResult result = new AnnotationMerger().merge(base, EcoreUtil.copy(ours), theirs);
		System.out.printf("%nmerged: %d annotations, %d removed, %d disputed%n",
				result.document().getAnnotations().size(), result.removed().size(), result.disputed().size());
	}

	@Setup(Level.Invocation)
	public void freshOurs() {
		oursCopy = EcoreUtil.copy(ours);
	}

	@Benchmark
	public MergeResult merge() {
		return new AnnotationMerger().merge(base, oursCopy, theirs);
	}

	private static AnnotatedDocument side(AnnotatedDocument base, String name, int offset) {
		AnnotatedDocument side = EcoreUtil.copy(base);
		List<Annotation> all = side.getAnnotations();
		int n = all.size();
		for (int i = offset; i < n; i += 100) {
			Annotation annotation = all.get(i);
			if (annotation instanceof Claim claim) {
				claim.setCertainty(name.equals("ours") ? Certainty.PROBABLE : Certainty.ALLEGED);
			} else {
				annotation.setComment(name + " note " + i);
			}
		}
		for (int i = 500; i < n; i += 1000) {
			all.get(i).setComment("checked by " + name); // on both sides, differently: a dispute
		}
		for (int i = 0; i < n / 100; i++) {
			Annotation added = EcoreUtil.copy(all.get((i * 37 + offset) % n));
			added.setId(new UUID(name.hashCode(), i).toString());
			if (added instanceof Claim claim) {
				claim.getSources().clear();
				claim.getLocations().clear();
				claim.getCounts().clear();
			}
			all.add(added);
		}
		List<Annotation> doomed = new java.util.ArrayList<>();
		for (int i = offset + 7; i < n; i += 200) {
			doomed.add(all.get(i));
		}
		for (Annotation annotation : all) {
			if (annotation instanceof Claim claim) {
				claim.getSources().removeAll(doomed);
				claim.getLocations().removeAll(doomed);
				claim.getCounts().removeAll(doomed);
			}
		}
		all.removeAll(doomed);
		return side;
	}
}
