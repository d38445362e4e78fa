/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss diff REV1 [REV2] [PATH...]}: annotation changes between two commits. */
@Command(name = "diff", header = "annotations added, removed, retyped, moved or changed between two commits",
		customSynopsis = "gloss diff [-C FOLDER] REV1 [REV2] [--] [PATH...]", description = {
				"Compares the annotation files (*.gloss) of two revisions of the git repository around the current "
						+ "folder (or FOLDER), annotation by annotation instead of XML line by line. Without REV2, "
						+ "compares REV1 with the work tree. PATHs (files or folders) limit the comparison; after "
						+ "--, every operand is a PATH.",
				"  + added   - removed   ^ retyped   > moved   ~ changed (each attribute: old -> new)" },
		exitCodeList = { "0:no differences", "1:differences (like 'git diff --exit-code')", "2:bad command line" })
final class DiffCommand extends GlossCommand {

	@Option(names = "-C", paramLabel = "FOLDER", description = "run as if started in FOLDER")
	Path folder = Path.of(".");

	@Parameters(paramLabel = "REV|PATH", arity = "0..*", description = "one or two revisions (commits, branches, "
			+ "tags), then paths")
	List<String> operands = new ArrayList<>();

	@Override
	int run() throws Exception {
		Git git = Git.in(folder);
		if (git.workTree().isEmpty()) {
			throw new UsageException("not inside a git work tree");
		}
		// Operands after "--" are paths even when they name a revision; picocli drops the "--" itself.
		int beforeDashes = operandsBeforeDashes(spec.commandLine().getParseResult().originalArgs());
		List<String> revisions = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < operands.size(); i++) {
			String operand = operands.get(i);
			if (paths.isEmpty() && i < beforeDashes && revisions.size() < 2 && isRevision(git, operand)) {
				revisions.add(operand);
			} else {
				paths.add(operand);
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

	/** How many operands stand before a {@code --} in the command line (all of them without one). */
	private static int operandsBeforeDashes(List<String> args) {
		int operandCount = 0;
		boolean inDiff = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!inDiff) {
				inDiff = arg.equals("diff");
			} else if (arg.equals("--")) {
				return operandCount;
			} else if (arg.equals("-C")) {
				i++;
			} else if (!arg.startsWith("-")) {
				operandCount++;
			}
		}
		return Integer.MAX_VALUE;
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
