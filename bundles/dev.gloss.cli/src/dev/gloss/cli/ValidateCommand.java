/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusStats;
import dev.gloss.core.corpus.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss validate [FOLDER...]}: fails on any broken rule or changed article. */
@Command(name = "validate", header = "check annotation files against the rules and their articles' text hashes",
		description = { "Reads every annotation file below each FOLDER (default: the sample corpus) and checks it: "
				+ "well-formed, the Gloss rules (offsets inside the text, quotes equal to the text, counts, links, "
				+ "credibility, country codes, coordinates), and that each article still has the text hash its "
				+ "annotations were made on. Each problem is printed as file:line:column: severity: message." },
		exitCodeList = { "0:valid", "1:problems were found", "2:bad command line" })
final class ValidateCommand extends GlossCommand {

	@Option(names = "--strict", description = "warnings (incomplete annotations, annotation files without their "
			+ "article) fail too")
	boolean strict;

	@Parameters(paramLabel = "FOLDER", arity = "0..*", description = "corpus folders (default: the sample corpus)")
	List<String> folders = new ArrayList<>();

	@Override
	int run() throws Exception {
		int documents = 0;
		int errors = 0;
		int warnings = 0;
		try (Corpora corpora = Corpora.of(folders)) {
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
