/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.Recovery;
import dev.gloss.core.store.WriteBatch;
import dev.gloss.core.store.WriteLock;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.anchor.DocumentReanchoring;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.anchor.Outcome;
import dev.gloss.team.anchor.ReanchorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss reanchor [--dry-run] [FOLDER]}: re-anchors annotations of changed articles. */
@Command(name = "reanchor", header = "move annotations of changed articles onto their new text; list orphans",
		description = { "For each article below FOLDER whose text changed since it was annotated, or that has "
				+ "orphaned annotations: maps the annotations through a diff of the old and new text (the old text is "
				+ "found by the hash the annotation file keeps, in Gloss' local snapshots or in git history), then "
				+ "searches the quotes that did not map with their context. Each annotation ends anchored, moved or "
				+ "orphaned; orphans keep their quote and are listed, never dropped. Saves the annotation files, all or "
				+ "none, and keeps each previous version beside it as .NAME.gloss.before-reanchor." },
		exitCodeList = { "0:re-anchored (orphans are listed)",
				"1:a file cannot be read, or a document would end mostly orphaned: nothing is written",
				"2:bad command line" })
final class ReanchorCommand extends GlossCommand {

	@Option(names = "--dry-run", description = "report only, write nothing")
	boolean dryRun;

	@Option(names = "--no-git", description = "do not look for old texts in git history")
	boolean noGit;

	@Option(names = "--allow-orphans", description = "write documents even where most annotations would end "
			+ "orphaned (refused without it: a wrong article is likelier than a rewrite)")
	boolean allowOrphans;

	@Parameters(paramLabel = "FOLDER", arity = "0..1", description = "the corpus folder (default: the current "
			+ "folder)")
	Path folder = Path.of(".");

	/** Where the previous version of an annotation file goes: hidden, and git-ignored by git-setup. */
	static Path backupOf(Path annotationFile) {
		return annotationFile.resolveSibling("." + annotationFile.getFileName() + ".before-reanchor");
	}

	@Override
	int run() throws Exception {
		boolean git = !noGit;
		if (!dryRun && java.nio.file.Files.isDirectory(folder)) {
			Recovery.recover(folder); // finish or undo what a crashed run left
		}
		Corpus corpus = Corpus.open(folder);
		OldTexts oldTexts = git ? OldTexts.defaults()
				: new OldTexts(dev.gloss.core.text.TextSnapshots.shared(), false);
		DocumentReanchoring reanchoring = new DocumentReanchoring(oldTexts);
		GlossStore store = new GlossStore();
		int documents = 0;
		int[] totals = new int[3];
		int failures = 0;
		List<Path> locked = new ArrayList<>();
		locked.add(corpus.folder().resolve(WriteLock.LOCK_FILE));
		corpus.articles().forEach(article -> locked.add(article.annotationFile()));
		// the whole run holds the lock (no other writer slips in between reading and writing) and
		// writes all files or none
		try (WriteLock lock = dryRun ? null : WriteLock.acquire(locked, WriteLock.DEFAULT_TIMEOUT);
				WriteBatch batch = dryRun ? null : WriteBatch.begin(corpus.folder())) {
			for (Article article : corpus.articles()) {
				if (!article.hasAnnotationFile()) {
					continue;
				}
				CorpusDocument document;
				try {
					document = corpus.open(article);
				} catch (GlossFormatException e) {
					err.println("gloss reanchor: " + e.getMessage());
					failures++;
					continue;
				}
				Optional<ReanchorReport> done = reanchoring.reanchor(document);
				if (done.isEmpty()) {
					continue;
				}
				ReanchorReport report = done.get();
				documents++;
				totals[0] += report.anchored();
				totals[1] += report.moved();
				totals[2] += report.orphaned();
				out.printf("%s: %d anchored, %d moved, %d orphaned (%s)%n", article.relativePath(), report.anchored(),
						report.moved(), report.orphaned(), report.oldTextKnown()
								? "diff against the annotated text from " + report.oldTextFrom()
								: "annotated text not found: quote search only");
				for (Outcome orphan : report.orphans()) {
					int line = document.lines().line(orphan.annotation().getBegin());
					out.printf("  %s:%d: orphaned: %s%n", article.relativePath(), line,
							GlossValidator.describe(orphan.annotation()));
				}
				int total = report.anchored() + report.moved() + report.orphaned();
				if (!allowOrphans && report.orphaned() > 1 && report.orphaned() * 2 > total) {
					err.printf("gloss reanchor: %s: %d of %d annotations would be orphaned: not written "
							+ "(check the article; 'gloss reanchor --allow-orphans' writes it anyway)%n",
							article.annotationFile(), report.orphaned(), total);
					failures++;
					continue;
				}
				if (batch != null) {
					Path file = article.annotationFile();
					byte[] previous = java.nio.file.Files.readAllBytes(file);
					// the previous version stays recoverable beside the file
					batch.write(backupOf(file), o -> o.write(previous));
					AnnotatedDocument model = document.model();
					batch.write(file, o -> store.write(model, o));
				}
			}
			if (batch != null && failures == 0) {
				batch.commit();
			} else if (batch != null && documents > 0) {
				err.println("gloss reanchor: nothing written: fix the problems above and run it again");
			}
		}
		if (documents == 0) {
			out.println("Nothing to re-anchor: every article is the text its annotations were made on.");
		} else {
			out.printf("%d document(s): %d anchored, %d moved, %d orphaned%s%n", documents, totals[0], totals[1],
					totals[2], dryRun ? " (dry run: nothing written)" : "");
		}
		return failures > 0 ? PROBLEMS : OK;
	}
}
