/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import dev.gloss.tests.harness.UI;
import dev.gloss.ui.view.AnnotationsView;

/**
 * Workbench benchmark, not a test: the Annotations view's corpus mode over 10,000 articles with
 * 100 annotations each (10^6). Measures the first load (every file read), opening the view again
 * (the rows kept), filtering (several words; until the table shows the result), sorting, and the
 * heap the view holds after the load. The corpus is generated once into {@code -Dgloss.corpus.dir}
 * (default /tmp/gloss-workbench-benchmark/corpus) and linked into the workspace as a project.
 * Writes target/benchmark/corpus.txt. Run by {@code releng/workbench-benchmark}, or alone:
 * {@code NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -o verify -pl
 * bundles/dev.gloss.ui.tests -am -Pcorpus-benchmark}
 */
class CorpusBenchmark {

	private static final int ARTICLES = Integer.getInteger("gloss.corpus.articles", 10_000);
	private static final int PER_ARTICLE = Integer.getInteger("gloss.corpus.perArticle", 100);
	private static final long TIMEOUT_MS = 20 * 60_000;

	private final List<String> report = new ArrayList<>();

	@Test
	void tenThousandArticlesAMillionAnnotations() throws Exception {
		Path folder = Path.of(System.getProperty("gloss.corpus.dir", "/tmp/gloss-workbench-benchmark/corpus"));
		Path complete = folder.resolve("complete");
		String parameters = ARTICLES + " articles x " + PER_ARTICLE + " annotations";
		if (!Files.exists(complete) || !Files.readString(complete).equals(parameters)) {
			long start = System.nanoTime();
			CorpusFixture.write(folder, ARTICLES, PER_ARTICLE, 12);
			Files.writeString(complete, parameters);
			line("generated %s in %.0f s into %s", parameters, ms(start) / 1000, folder);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("corpus");
		if (!project.exists()) {
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription("corpus");
			description.setLocationURI(folder.toUri());
			project.create(description, null);
		}
		project.open(null);
		long refresh = System.nanoTime();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		line("corpus: %s; workspace refresh %.0f ms; load average %s", parameters, ms(refresh), load());
		// what the new files set off (the Problems view's markers for 10,000 files) runs its course first
		long settle = System.nanoTime();
		UI.waitUntil("the workbench idle", TIMEOUT_MS, () -> org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle());
		line("workbench idle after %.0f s (background jobs: the markers of new files)", ms(settle) / 1000);

		AnnotationsView view = (AnnotationsView) page().showView(AnnotationsView.ID);
		AnnotationsView.forgetCorpusRows();
		long heapBefore = heap();
		long first = System.nanoTime();
		view.showCorpus(project);
		waitFor(view);
		line("first load (every file read), until the rows are shown: %.0f ms; %,d rows", ms(first),
				view.visibleCount());
		long held = heap() - heapBefore;
		line("heap held by the view after the load: %.0f MB (%.0f bytes per annotation); max heap %.0f MB", held / 1e6,
				(double) held / view.corpusSize(), Runtime.getRuntime().maxMemory() / 1e6);

		List<Double> opens = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			page().hideView(view);
			UI.processEvents();
			long start = System.nanoTime();
			view = (AnnotationsView) page().showView(AnnotationsView.ID);
			int read = AnnotationsView.corpusFilesRead();
			view.showCorpus(project);
			waitFor(view);
			opens.add(ms(start));
			if (AnnotationsView.corpusFilesRead() != read) {
				line("  (round %d read %d files again)", round + 1, AnnotationsView.corpusFilesRead() - read);
			}
		}
		line("open the view again after the first load, until the table shows the first of %,d rows, ms: %s",
				view.visibleCount(), fmt(opens));

		for (String filter : List.of("hyesan", "photo caption 3", "chae-won", "disputed", "장마당", "zzz", "")) {
			List<Double> times = new ArrayList<>();
			int shown = 0;
			for (int round = 0; round < 3; round++) {
				view.setFilterText("x-reset");
				waitFor(view);
				long start = System.nanoTime();
				view.setFilterText(filter);
				waitFor(view);
				times.add(ms(start));
				shown = view.visibleCount();
			}
			line("filter '%s' until the table shows the first of the %,d matching rows, ms: %s", filter, shown,
					fmt(times));
		}
		for (int column : new int[] { 1, 3, 5 }) {
			List<Double> times = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				long start = System.nanoTime();
				view.viewer().getTable().getColumn(column).notifyListeners(SWT.Selection, new Event());
				waitFor(view);
				times.add(ms(start));
			}
			line("sort by '%s' (first, then the other direction), ms: %s",
					view.viewer().getTable().getColumn(column).getText(), fmt(times));
		}
		line("load average after: %s", load());
		view.setCorpusMode(false);
		page().hideView(view);

		Path out = Path.of(System.getProperty("gloss.out", "target"), "benchmark", "corpus.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	private static void waitFor(AnnotationsView view) {
		UI.waitUntil("the corpus rows shown", TIMEOUT_MS, () -> !view.isCorpusBusy());
		view.viewer().getTable().update();
		UI.processEvents();
	}

	private static long heap() {
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		} catch (java.io.IOException e) {
			return "?";
		}
	}

	private static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	private static String fmt(List<Double> values) {
		return values.stream().map(v -> String.format("%.0f", v)).toList().toString();
	}

	private void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println("[corpus-benchmark] " + text);
		report.add(text);
	}
}
