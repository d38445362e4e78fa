package dev.gloss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.merge.MergeDriver;
import dev.gloss.team.merge.MergeResult;

/** {@code gloss merge BASE OURS THEIRS [PATH]}: the git merge driver for annotation files. */
final class MergeCommand implements Command {

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String summary() {
		return "three-way merge of annotation files (the git merge driver; see git-setup)";
	}

	@Override
	public String usage() {
		return """
				usage: gloss merge BASE OURS THEIRS [PATH]

				Merges two versions of an annotation file on annotations, not lines, and writes the
				result over OURS. Git runs it as 'gloss merge %O %A %B %P' once 'gloss git-setup' has
				installed it. Annotations added on either side are kept; one removed on one side and
				unchanged on the other is removed; values both sides changed differently keep ours, and
				the annotation becomes 'disputed' with base, ours and theirs recorded in it.
				PATH (the file's path in the work tree) lets it re-anchor annotations when the two
				sides annotated different versions of the article.
				Exit code 0 when merged (disputes included, listed on stderr); 1 when a version cannot
				be read: OURS is then left untouched and git reports a conflict.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() < 3 || args.size() > 4) {
			throw new UsageException("expected BASE OURS THEIRS [PATH]");
		}
		Path path = args.size() == 4 ? Path.of(args.get(3)) : null;
		String shown = path != null ? path.toString() : args.get(1);
		MergeDriver.Report report;
		try {
			report = new MergeDriver(OldTexts.defaults()).merge(Path.of(args.get(0)), Path.of(args.get(1)),
					Path.of(args.get(2)), path);
		} catch (IOException e) {
			err.println("gloss merge: " + e.getMessage());
			err.println("gloss merge: " + shown + ": not merged; our version is left in place for you to resolve");
			return PROBLEMS;
		}
		MergeResult result = report.result();
		if (!result.disputed().isEmpty()) {
			err.println("gloss merge: " + shown + ": " + result.disputed().size()
					+ " annotation(s) changed differently on both sides, kept ours and marked disputed:");
			for (String id : result.disputed()) {
				err.println("  " + id);
			}
		}
		if (report.orphaned() > 0) {
			err.println("gloss merge: " + shown + ": " + report.orphaned()
					+ " annotation(s) from another version of the article could not be placed: run 'gloss reanchor'");
		}
		return OK;
	}
}
