/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.core.corpus.Corpus;
import dev.gloss.team.agreement.Agreement;
import dev.gloss.team.agreement.AgreementReport;
import dev.gloss.team.agreement.AgreementSources;
import dev.gloss.team.agreement.AgreementStudy;
import dev.gloss.team.agreement.AgreementWriter;
import dev.gloss.team.git.Git;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss agreement}: inter-annotator agreement per type. */
@Command(name = "agreement", header = "agreement between annotators (creators, or git revisions): P/R/F1, kappa, "
		+ "alpha", customSynopsis = { "gloss agreement [--format=table|csv|json] [--creator=NAME]... [FOLDER]",
				"       gloss agreement [--format=table|csv|json] --rev=REV --rev=REV [--rev=REV]... [FOLDER]" },
		description = { "Measures how far two or more annotators agree, per annotation type and over all: span "
				+ "precision, recall and F1 (exact, and overlapping units matched one to one), Cohen's kappa on "
				+ "tokens, and Krippendorff's alpha for unitizing. Documents annotated on different versions of an "
				+ "article are left out, with a note." }, exitCodeList = { "0:measured",
						"1:nothing to compare, or a file cannot be read", "2:bad command line" })
final class AgreementCommand extends GlossCommand {

	/** The report formats, for --help and shell completion. */
	static final class Formats extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		Formats() {
			super(List.of("table", "csv", "json"));
		}
	}

	@Option(names = "--creator", paramLabel = "NAME", description = "compare the annotations of these creators in the "
			+ "corpus FOLDER (default: every creator found)")
	List<String> creators = new ArrayList<>();

	@Option(names = "--rev", paramLabel = "REV", description = "compare the annotation files of these git revisions "
			+ "(one annotator each: e.g. the branches two analysts worked on), below FOLDER")
	List<String> revisions = new ArrayList<>();

	@Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
			description = "${COMPLETION-CANDIDATES} (default: table)")
	String format = "table";

	@Parameters(paramLabel = "FOLDER", arity = "0..1", description = "the corpus folder (default: the current "
			+ "folder)")
	String folder = ".";

	@Override
	int run() throws Exception {
		if (!new Formats().contains(format)) {
			throw new UsageException("unknown format '" + format + "' (table, csv or json)");
		}
		if (!revisions.isEmpty() && !creators.isEmpty()) {
			throw new UsageException("--creator and --rev do not go together");
		}
		AgreementStudy study;
		try {
			if (revisions.isEmpty()) {
				study = AgreementSources.byCreator(Corpus.open(Path.of(folder)), creators);
			} else {
				Git git = Git.in(Path.of(folder));
				if (git.workTree().isEmpty()) {
					throw new UsageException(folder + " is not inside a git work tree");
				}
				study = AgreementSources.byRevision(git, revisions, List.of());
			}
		} catch (IllegalArgumentException e) {
			err.println("gloss agreement: " + e.getMessage());
			return PROBLEMS;
		}
		AgreementReport report = Agreement.measure(study);
		switch (format) {
		case "csv" -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			AgreementWriter.csv(report, writer);
			writer.flush();
		}
		case "json" -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			AgreementWriter.json(report, writer);
			writer.write(System.lineSeparator());
			writer.flush();
		}
		default -> AgreementWriter.table(report, out);
		}
		return OK;
	}
}
