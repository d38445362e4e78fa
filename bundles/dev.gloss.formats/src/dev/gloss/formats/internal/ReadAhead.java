/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a few threads ahead of the one that consumes their results, and hands the
 * results out strictly in the tasks' order, so what is built from them is the same whatever the
 * threads do. At most {@code window} results wait at any time: memory stays that of a few
 * documents, whatever the corpus size.
 *
 * <p>The first task runs on the consumer's own thread before any other starts, so that lazily
 * built shared state (EMF's metadata caches) is complete before several threads read it.
 *
 * @param <T> what a task makes
 */
public final class ReadAhead<T> implements AutoCloseable {

	private final List<? extends Callable<T>> tasks;
	private final int threads;
	private final int window;
	private final Deque<Future<T>> running = new ArrayDeque<>();
	private ExecutorService executor;
	private int submitted;
	private int taken;

	/**
	 * @param threads threads to run the tasks on; 1 or less runs each on the consumer's thread
	 *                when its result is asked for
	 */
	public ReadAhead(List<? extends Callable<T>> tasks, int threads) {
		this.tasks = tasks;
		this.threads = Math.max(1, threads);
		this.window = 2 * this.threads;
	}

	/** How many threads an export reads with by default: one per processor, at most four. */
	public static int defaultThreads() {
		return Math.min(4, Runtime.getRuntime().availableProcessors());
	}

	public boolean hasNext() {
		return taken < tasks.size();
	}

	/**
	 * The next task's result, in order; a task's unchecked exception is thrown here.
	 *
	 * @throws Exception what the task threw
	 */
	public T next() throws Exception {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		int index = taken++;
		if (threads == 1 || index == 0) {
			submitted = Math.max(submitted, index + 1);
			return tasks.get(index).call();
		}
		if (executor == null) {
			AtomicInteger count = new AtomicInteger();
			executor = Executors.newFixedThreadPool(threads, runnable -> {
				Thread thread = new Thread(runnable, "gloss-export-reader-" + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
		}
		while (submitted < tasks.size() && submitted - index < window) {
			running.add(executor.submit(tasks.get(submitted++)));
		}
		Future<T> result = running.remove();
		try {
			return result.get();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof Exception exception) {
				throw exception;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw e;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw e;
		}
	}

	/** Stops the threads; tasks not taken yet are abandoned. */
	@Override
	public void close() {
		if (executor != null) {
			for (Future<T> future : running) {
				future.cancel(true);
			}
			executor.shutdownNow();
		}
	}
}
