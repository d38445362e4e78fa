package dev.gloss.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.gloss.model.Annotation;
import dev.gloss.team.diff.AnnotationChange;
import dev.gloss.team.diff.AnnotationChange.FieldChange;
import dev.gloss.team.diff.AnnotationChange.Kind;
import dev.gloss.team.diff.FileDiff;
import dev.gloss.team.diff.GitAnnotationDiff;
import dev.gloss.team.git.Git;
import dev.gloss.team.git.GitException;

/** {@code gloss diff REV1 [REV2] [PATH...]}: annotation changes between two commits. */
final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String summary() {
		return "annotations added, removed, retyped, moved or changed between two commits";
	}

	@Override
	public String usage() {
		return """
				usage: gloss diff [-C FOLDER] REV1 [REV2] [--] [PATH...]

				Compares the annotation files (*.gloss) of two revisions of the git repository around
				the current folder (or FOLDER), annotation by annotation instead of XML line by line. Without REV2,
				compares REV1 with the work tree. PATHs (files or folders) limit the comparison.
				  + added   - removed   ^ retyped   > moved   ~ changed (each attribute: old -> new)
				Exit code 0 with no differences, 1 when there are some (like 'git diff --exit-code').
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		List<String> revisions = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		Path folder = Path.of(".");
		if (args.size() >= 2 && args.get(0).equals("-C")) {
			folder = Path.of(args.get(1));
			args = args.subList(2, args.size());
		}
		Git git = Git.in(folder);
		if (git.workTree().isEmpty()) {
			throw new UsageException("not inside a git work tree");
		}
		boolean pathsOnly = false;
		for (String arg : args) {
			if (arg.equals("--")) {
				pathsOnly = true;
			} else if (!pathsOnly && revisions.size() < 2 && isRevision(git, arg)) {
				revisions.add(arg);
			} else if (arg.startsWith("-") && !pathsOnly) {
				throw new UsageException("unknown option '" + arg + "'");
			} else {
				pathsOnly = true;
				paths.add(arg);
			}
		}
		if (revisions.isEmpty()) {
			throw new UsageException("expected a revision (a commit, branch or tag) to compare with");
		}
		List<FileDiff> diffs = new GitAnnotationDiff(git).between(revisions.get(0),
				revisions.size() > 1 ? revisions.get(1) : null, paths);
		String to = revisions.size() > 1 ? revisions.get(1) : "the work tree";
		if (diffs.isEmpty()) {
			out.println("No annotation changes between " + revisions.get(0) + " and " + to + ".");
			return OK;
		}
		for (FileDiff diff : diffs) {
			out.printf("%s: %d added, %d removed, %d retyped, %d moved, %d changed%n", diff.path(),
					diff.count(Kind.ADDED), diff.count(Kind.REMOVED), diff.count(Kind.RETYPED), diff.count(Kind.MOVED),
					diff.count(Kind.CHANGED));
			for (AnnotationChange change : diff.changes()) {
				print(change, out);
			}
		}
		return PROBLEMS;
	}

	private static void print(AnnotationChange change, PrintStream out) {
		Annotation now = change.current();
		if (change.is(Kind.ADDED) || change.is(Kind.REMOVED)) {
			out.printf("  %s %s %s %d..%d%s%n", change.is(Kind.ADDED) ? "+" : "-", now.eClass().getName(), quote(now),
					now.getBegin(), now.getEnd(), now.getCreator() == null ? "" : " by " + now.getCreator());
			return;
		}
		if (change.is(Kind.RETYPED)) {
			out.printf("  ^ %s -> %s %s%n", change.before().eClass().getName(), now.eClass().getName(), quote(now));
		}
		if (change.is(Kind.MOVED)) {
			out.printf("  > %s %s %d..%d -> %d..%d%n", now.eClass().getName(), quote(now), change.before().getBegin(),
					change.before().getEnd(), now.getBegin(), now.getEnd());
		}
		if (change.is(Kind.CHANGED) && !change.is(Kind.RETYPED)) {
			String fields = change.fields().stream().map(DiffCommand::field).collect(Collectors.joining("; "));
			out.printf("  ~ %s %s: %s%n", now.eClass().getName(), quote(now), fields);
		}
	}

	private static String field(FieldChange field) {
		return field.feature() + " " + show(field.before()) + " -> " + show(field.after());
	}

	private static String show(String value) {
		if (value == null) {
			return "(none)";
		}
		String line = value.replace("\r", "\\r").replace("\n", "\\n");
		return "'" + (line.length() <= 50 ? line : line.substring(0, 47) + "...") + "'";
	}

	private static String quote(Annotation annotation) {
		String quote = annotation.getQuote() == null ? annotation.getId() : annotation.getQuote();
		String line = quote.replace("\r", " ").replace("\n", " ");
		return "'" + (line.length() <= 50 ? line : line.substring(0, 47) + "...") + "'";
	}

	private static boolean isRevision(Git git, String arg) {
		if (arg.startsWith("-")) {
			return false;
		}
		try {
			git.line("rev-parse", "--verify", "--quiet", arg + "^{commit}");
			return true;
		} catch (GitException e) {
			return false;
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
