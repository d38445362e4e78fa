package dev.gloss.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.corpus.Problem;

/** {@code gloss validate [FOLDER...]}: fails on any broken rule or changed article. */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check annotation files against the rules and their articles' text hashes";
	}

	@Override
	public String usage() {
		return """
				usage: gloss validate [--strict] [FOLDER...]

				Reads every annotation file below each FOLDER (default: the sample corpus) and checks
				it: well-formed, the Gloss rules (offsets inside the text, quotes equal to the text,
				counts, links, credibility, country codes, coordinates), and that each article still
				has the text hash its annotations were made on. Each problem is printed as
				file:line:column: severity: message.

				options:
				  --strict   warnings (annotation files without their article) fail too

				Exit code 0 when valid, 1 when problems were found, 2 on a bad command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of(), Set.of("strict"));
		boolean strict = options.flag("strict");
		int documents = 0;
		int errors = 0;
		int warnings = 0;
		try (Corpora corpora = Corpora.of(options.operands())) {
			for (Path folder : corpora.folders()) {
				CorpusStats stats = CorpusStats.of(Corpus.open(folder));
				documents += stats.documents().size();
				for (Problem problem : stats.problems()) {
					out.println(problem);
					if (problem.severity() == Problem.Severity.ERROR) {
						errors++;
					} else {
						warnings++;
					}
				}
			}
		}
		out.println(documents + " documents checked: " + errors + " errors, " + warnings + " warnings");
		return errors > 0 || strict && warnings > 0 ? PROBLEMS : OK;
	}
}
