/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.IOException;
import java.nio.file.Path;

import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.merge.MergeDriver;
import dev.gloss.team.merge.MergeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gloss merge BASE OURS THEIRS [PATH]}: the git merge driver for annotation files. */
@Command(name = "merge", header = "three-way merge of annotation files (the git merge driver; see git-setup)",
		description = { "Merges two versions of an annotation file on annotations, not lines, and writes the result "
				+ "over OURS. Git runs it as 'gloss merge %%O %%A %%B %%P' once 'gloss git-setup' has installed it. "
				+ "Annotations added on either side are kept; one removed on one side and unchanged on the other is "
				+ "removed; values both sides changed differently keep ours, and the annotation becomes 'disputed' "
				+ "with base, ours and theirs recorded in it." }, exitCodeList = {
						"0:merged (disputes included, listed on standard error)",
						"1:a version cannot be read: OURS is left untouched and git reports a conflict",
						"2:bad command line" })
final class MergeCommand extends GlossCommand {

	@Parameters(index = "0", paramLabel = "BASE", description = "the common ancestor's version")
	Path base;

	@Parameters(index = "1", paramLabel = "OURS", description = "our version; the result is written over it")
	Path ours;

	@Parameters(index = "2", paramLabel = "THEIRS", description = "their version")
	Path theirs;

	@Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "the file's path in the work tree: "
			+ "lets it re-anchor annotations when the two sides annotated different versions of the article")
	Path path;

	@Override
	int run() {
		String shown = path != null ? path.toString() : ours.toString();
		MergeDriver.Report report;
		try {
			report = new MergeDriver(OldTexts.defaults()).merge(base, ours, theirs, path);
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
