/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap every 20 ms while a benchmark iteration runs: the most in use (live and
 * garbage) and the most left after a collection (what the work really holds), printed as one
 * {@code [heap] NAME: ...} line per iteration.
 */
public final class HeapSampler {

	private final AtomicLong maxLiveAfterGc = new AtomicLong();
	private final AtomicLong maxUsed = new AtomicLong();
	private final Thread thread;
	private volatile boolean sampling = true;

	private HeapSampler() {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
		thread = new Thread(() -> {
			while (sampling) {
				long afterGc = 0;
				long used = 0;
				for (MemoryPoolMXBean pool : heap) {
					MemoryUsage collected = pool.getCollectionUsage();
					afterGc += collected == null ? 0 : collected.getUsed();
					used += pool.getUsage().getUsed();
				}
				maxLiveAfterGc.accumulateAndGet(afterGc, Math::max);
				maxUsed.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-sampler");
		thread.setDaemon(true);
	}

	public static HeapSampler start() {
		HeapSampler sampler = new HeapSampler();
		sampler.thread.start();
		return sampler;
	}

	/** Stops sampling and prints the maxima. */
	public void stop(String name) throws InterruptedException {
		sampling = false;
		thread.join();
		long cap = Runtime.getRuntime().maxMemory();
		System.out.printf("%n[heap] %s: at most %.1f MB in use (live and garbage), at most %.1f MB "
				+ "left after a collection (heap cap %d MB)%n", name, maxUsed.get() / 1e6, maxLiveAfterGc.get() / 1e6,
				cap >> 20);
	}
}
