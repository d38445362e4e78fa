// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.cli;

import java.nio.file.Path;
import java.util.Map;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.Problem;
import dev.gloss.suggest.CorpusSuggestions;
import dev.gloss.suggest.Recommenders;
import dev.gloss.suggest.evaluate.Evaluation;
import dev.gloss.suggest.place.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss suggest [--dry-run] CORPUS} and {@code gloss suggest --evaluate GOLD}. */
@Command(name = "suggest", header = "propose claims, sources, places and counts for review; or measure the proposals",
		description = { "Proposes annotations for every article below CORPUS and writes them into the annotation "
				+ "files with the status 'proposed', for review in the workbench: places from the GeoNames gazetteer, "
				+ "counts already normalised, sources and the claims attributed to them (linked), and whatever the "
				+ "corpus remembers (a passage annotated in one article is proposed, with its attributes, wherever "
				+ "the same words occur). Proposals of an earlier run are replaced; the analyst's annotations are never "
				+ "changed, and no proposal is made where the analyst already marked a passage of the same type or "
				+ "rejected the words (.gloss-rejections at the corpus root). All files are written, or none.",
				"", "With --evaluate, the folder is a gold corpus annotated by people: each article is suggested as if "
						+ "it had no annotations, and precision, recall and F1 per type are printed, with spans "
						+ "matched exactly and overlapping, without and with corpus memory (each article remembering "
						+ "the other articles' gold annotations), and the share of gold counts the normaliser reads "
						+ "exactly. Nothing is written." },
		exitCodeList = { "0:done", "1:a file cannot be read, or an article changed since it was annotated (nothing written)",
				"2:bad command line" })
final class SuggestCommand extends GlossCommand {

	@Option(names = "--evaluate", description = "measure the proposals against the gold annotations of the folder")
	boolean evaluate;

	@Option(names = "--verbose", description = "with --evaluate: list every miss and every count read otherwise")
	boolean verbose;

	@Option(names = "--dry-run", description = "count the proposals, write nothing")
	boolean dryRun;

	@Parameters(paramLabel = "CORPUS", arity = "1", description = "the corpus folder")
	Path folder;

	@Override
	int run() throws Exception {
		Corpus corpus = Corpus.open(folder);
		if (evaluate) {
			return evaluate(corpus);
		}
		CorpusSuggestions.Result result = CorpusSuggestions.standard().run(corpus, dryRun);
		if (!result.problems().isEmpty()) {
			for (Problem problem : result.problems()) {
				err.println(problem);
			}
			err.println("gloss suggest: nothing written");
			return PROBLEMS;
		}
		StringBuilder types = new StringBuilder();
		for (Map.Entry<AnnotationType, Integer> e : result.perType().entrySet()) {
			types.append(types.isEmpty() ? "" : ", ").append(e.getValue()).append(' ')
					.append(e.getKey().label().toLowerCase(java.util.Locale.ROOT))
					.append(e.getValue() == 1 ? "" : "s");
		}
		out.printf("%d proposal(s) in %d document(s)%s%s%s%n", result.total(), result.documents(),
				types.isEmpty() ? "" : " (" + types + ")",
				result.replaced() > 0 ? ", replacing " + result.replaced() + " of an earlier run" : "",
				dryRun ? " (dry run: nothing written)" : "");
		return OK;
	}

	private int evaluate(Corpus corpus) throws Exception {
		Evaluation evaluation = new Evaluation(Recommenders.all(Gazetteer.shared()));
		for (boolean memory : new boolean[] { false, true }) {
			Evaluation.Report report = evaluation.run(corpus, memory);
			out.print(Evaluation.format(report));
			if (verbose) {
				for (Evaluation.Miss miss : report.misses()) {
					out.printf("  %s %s %s: \"%s\"%n", miss.article(), miss.falsePositive() ? "extra" : "missed",
							miss.type().label(), miss.quote().replace('\n', ' '));
				}
				if (memory) {
					for (String misread : report.countMisreads()) {
						out.println("  " + misread);
					}
				}
			}
			out.println();
		}
		return OK;
	}
}
