package dev.gloss.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
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

/** {@code gloss agreement}: inter-annotator agreement per type. */
final class AgreementCommand implements Command {

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "agreement between annotators (creators, or git revisions): P/R/F1, kappa, alpha";
	}

	@Override
	public String usage() {
		return """
				usage: gloss agreement [--format table|csv|json] [--creator NAME]... [FOLDER]
				       gloss agreement [--format table|csv|json] --rev REV --rev REV [--rev REV]... [FOLDER]

				Measures how far two or more annotators agree, per annotation type and over all:
				span precision, recall and F1 (exact, and overlapping units matched one to one), Cohen's
				kappa on tokens, and Krippendorff's alpha for unitizing.
				  --creator NAME  compare the annotations of these creators in the corpus FOLDER
				                  (default: every creator found)
				  --rev REV       compare the annotation files of these git revisions (one annotator
				                  each: e.g. the branches two analysts worked on), below FOLDER
				  --format        table (default), csv or json
				Documents annotated on different versions of an article are left out, with a note.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		List<String> creators = new ArrayList<>();
		List<String> revisions = new ArrayList<>();
		String format = "table";
		String folder = ".";
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--creator" -> creators.add(value(args, ++i, arg));
			case "--rev" -> revisions.add(value(args, ++i, arg));
			case "--format" -> format = value(args, ++i, arg);
			default -> {
				if (arg.startsWith("-")) {
					throw new UsageException("unknown option '" + arg + "'");
				}
				folder = arg;
			}
			}
		}
		if (!List.of("table", "csv", "json").contains(format)) {
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

	private static String value(List<String> args, int index, String option) throws UsageException {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(index);
	}
}
