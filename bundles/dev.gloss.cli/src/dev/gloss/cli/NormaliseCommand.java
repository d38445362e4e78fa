// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.cli;

import java.nio.file.Path;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.Problem;
import dev.gloss.suggest.count.CorpusNormalisation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss normalise [--dry-run] CORPUS}: fills in counts that have no number yet. */
@Command(name = "normalise", aliases = "normalize", header = "fill in counts that have no number yet from their quotes",
		description = { "For each count below CORPUS with no value and no range (marked by hand, or imported from "
				+ "another tool), reads its quote as a news analyst would (\"at least 100 to several hundred "
				+ "vehicles\": min 100, max open, at least, vehicles) and fills in value or range, qualifier, unit "
				+ "and period; a unit or period already typed is kept. Counts holding a number are left alone; a "
				+ "quote the normaliser is not sure of is listed for the analyst, never guessed. All files are "
				+ "written, or none." },
		exitCodeList = { "0:done (unread counts are listed)", "1:a file cannot be read (nothing written)",
				"2:bad command line" })
final class NormaliseCommand extends GlossCommand {

	@Option(names = "--dry-run", description = "report only, write nothing")
	boolean dryRun;

	@Parameters(paramLabel = "CORPUS", arity = "1", description = "the corpus folder")
	Path folder;

	@Override
	int run() throws Exception {
		CorpusNormalisation.Result result = new CorpusNormalisation().run(Corpus.open(folder), dryRun);
		if (!result.problems().isEmpty()) {
			for (Problem problem : result.problems()) {
				err.println(problem);
			}
			err.println("gloss normalise: nothing written");
			return PROBLEMS;
		}
		for (Problem unsure : result.unsure()) {
			out.println(unsure);
		}
		out.printf("%d count(s) filled in, %d left for the analyst%s%n", result.filled(), result.unsure().size(),
				dryRun ? " (dry run: nothing written)" : "");
		return OK;
	}
}
