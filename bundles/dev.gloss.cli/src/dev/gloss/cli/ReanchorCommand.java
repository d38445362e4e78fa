package dev.gloss.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.store.GlossFormatException;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.anchor.DocumentReanchoring;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.anchor.Outcome;
import dev.gloss.team.anchor.ReanchorReport;

/** {@code gloss reanchor [--dry-run] [FOLDER]}: re-anchors annotations of changed articles. */
final class ReanchorCommand implements Command {

	@Override
	public String name() {
		return "reanchor";
	}

	@Override
	public String summary() {
		return "move annotations of changed articles onto their new text; list orphans";
	}

	@Override
	public String usage() {
		return """
				usage: gloss reanchor [--dry-run] [--no-git] [FOLDER]

				For each article below FOLDER (default: the current folder) whose text changed since it
				was annotated, or that has orphaned annotations: maps the annotations through a diff of
				the old and new text (the old text is found by the hash the annotation file keeps, in
				Gloss' local snapshots or in git history), then searches the quotes that did not map
				with their context. Each annotation ends anchored, moved or orphaned; orphans keep
				their quote and are listed, never dropped. Saves the annotation files.
				  --dry-run  report only, write nothing
				  --no-git   do not look for old texts in git history
				Exit code 0 (orphans are listed); 1 when a file cannot be read.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean dryRun = false;
		boolean git = true;
		List<String> folders = new ArrayList<>();
		for (String arg : args) {
			switch (arg) {
			case "--dry-run" -> dryRun = true;
			case "--no-git" -> git = false;
			default -> {
				if (arg.startsWith("-")) {
					throw new UsageException("unknown option '" + arg + "'");
				}
				folders.add(arg);
			}
			}
		}
		if (folders.size() > 1) {
			throw new UsageException("expected at most one FOLDER");
		}
		Corpus corpus = Corpus.open(Path.of(folders.isEmpty() ? "." : folders.get(0)));
		OldTexts oldTexts = git ? OldTexts.defaults()
				: new OldTexts(dev.gloss.core.text.TextSnapshots.shared(), false);
		DocumentReanchoring reanchoring = new DocumentReanchoring(oldTexts);
		int documents = 0;
		int[] totals = new int[3];
		int failures = 0;
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
			if (!dryRun) {
				document.save();
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
