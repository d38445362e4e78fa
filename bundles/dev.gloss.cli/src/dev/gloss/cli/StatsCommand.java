/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.corpus.Problem;
import dev.gloss.samples.SampleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gloss stats [FOLDER...]}: documents, annotations per type, problems. */
@Command(name = "stats", header = "documents, annotations per type and problems of corpus folders", description = {
		"Lists the articles below each FOLDER with their annotations per type, then every problem found "
				+ "(unreadable files, changed articles, broken rules) as file:line:column. With no FOLDER, runs "
				+ "on the sample corpus that ships with Gloss." }, exitCodeList = {
						"0:listed, even when problems are listed ('gloss validate' fails on them)",
						"1:a folder cannot be read", "2:bad command line" })
final class StatsCommand extends GlossCommand {

	@Parameters(paramLabel = "FOLDER", arity = "0..*", description = "corpus folders (default: the sample corpus)")
	List<Path> folders = new ArrayList<>();

	@Override
	int run() throws Exception {
		if (folders.isEmpty()) {
			Path sample = Files.createTempDirectory("gloss-sample-");
			try {
				SampleCorpus.copyTo(sample);
				print("Gloss sample corpus", Corpus.open(sample), out);
			} finally {
				deleteTree(sample);
			}
			return OK;
		}
		for (Path folder : folders) {
			Corpus corpus = Corpus.open(folder);
			print(corpus.folder().toString(), corpus, out);
		}
		return OK;
	}

	private static void print(String title, Corpus corpus, PrintStream out) {
		CorpusStats stats = CorpusStats.of(corpus);
		out.println(title + ": " + plural(stats.documents().size(), "document") + ", "
				+ plural(stats.totalAnnotations(), "annotation"));
		out.println();
		int width = Math.max(8, stats.documents().stream().mapToInt(d -> d.relativePath().length()).max().orElse(0));
		StringBuilder header = new StringBuilder(String.format("%-" + width + "s", "document"));
		for (AnnotationType type : AnnotationType.values()) {
			header.append(String.format(" %9s", type.label().toLowerCase() + "s"));
		}
		out.println(header.append(String.format(" %9s", "problems")));
		for (CorpusStats.DocumentStats row : stats.documents()) {
			StringBuilder line = new StringBuilder(String.format("%-" + width + "s", row.relativePath()));
			for (AnnotationType type : AnnotationType.values()) {
				line.append(String.format(" %9d", row.perType().get(type)));
			}
			out.println(line.append(String.format(" %9d", row.problems())));
		}
		StringBuilder total = new StringBuilder(String.format("%-" + width + "s", "total"));
		for (AnnotationType type : AnnotationType.values()) {
			total.append(String.format(" %9d", stats.total(type)));
		}
		out.println(total.append(String.format(" %9d", stats.problems().size())));
		out.println();
		if (stats.problems().isEmpty()) {
			out.println("No problems found.");
		} else {
			out.println(plural(stats.problems().size(), "problem") + ":");
			Path base = corpus.folder();
			for (Problem problem : stats.problems()) {
				Path shown = problem.file().startsWith(base) ? base.relativize(problem.file()) : problem.file();
				out.println("  " + new Problem(problem.severity(), shown, problem.line(), problem.column(),
						problem.message()));
			}
		}
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	private static void deleteTree(Path folder) throws IOException {
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}
}
