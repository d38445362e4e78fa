package dev.gloss.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;

/** {@code gloss import --format F --into CORPUS SOURCE...}. */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import brat or W3C annotations into a corpus folder";
	}

	@Override
	public String usage() {
		return """
				usage: gloss import --format brat|w3c --into CORPUS [options] SOURCE...

				Adds the annotations of each SOURCE (a file or a folder) to the corpus folder CORPUS.
				  brat  .ann files with the .txt beside them; the articles are written into CORPUS at
				        the same relative paths (an article already there must have the same text)
				  w3c   W3C Web Annotation JSON-LD (annotations, pages, collections) or JSON Lines;
				        each target source must name an article of CORPUS
				An annotation whose id CORPUS already has replaces it, so importing twice changes
				nothing. Everything is read and checked first: on any error nothing is written.

				options:
				  --format brat|w3c    the format of the sources (required)
				  --into CORPUS        the corpus folder (required; created for brat if missing)
				  --base-iri IRI       w3c: the IRI the corpus was exported under (its --base-iri):
				                       a source BASE/dir/a.txt is the article dir/a.txt. Without it,
				                       the longest tail of the source's path that names an article
				  --default-type TYPE  w3c: the type of annotations without a Gloss type (from other
				                       tools): claim (default), source, location, count, or none to
				                       refuse them
				  --utf16              brat: the offsets count UTF-16 units (DKPro Core, INCEpTION,
				                       'gloss export --utf16') instead of code points (brat)

				Exit code 0 when imported, 1 on problems (listed as file:line), 2 on a bad command line.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("format", "into", "base-iri", "default-type"), Set.of("utf16"));
		String id = options.required("format");
		ImportFormat format = Formats.importer(id).orElseThrow(() -> new UsageException("unknown format '" + id
				+ "' (one of " + Formats.imports().stream().map(ImportFormat::id).collect(Collectors.joining(", "))
				+ ")"));
		Path corpus = Path.of(options.required("into"));
		if (options.operands().isEmpty()) {
			throw new UsageException("give at least one SOURCE file or folder");
		}
		ImportOptions importOptions = ImportOptions.defaults().withUtf16Offsets(options.flag("utf16"));
		if (options.get("base-iri") != null) {
			importOptions = importOptions.withBaseIri(ExportCommand.iri("base-iri", options.get("base-iri")));
		}
		String type = options.get("default-type");
		if (type != null) {
			try {
				importOptions = importOptions
						.withDefaultType(type.equalsIgnoreCase("none") ? null : AnnotationType.parse(type));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--default-type must be claim, source, location, count or none");
			}
		}
		List<Path> sources = options.operands().stream().map(Path::of).toList();
		ImportResult result = new CorpusImport(format, importOptions).monitor(new ConsoleProgress(err, "imported"))
				.run(sources, corpus);
		for (Problem problem : result.problems()) {
			err.println(problem);
		}
		if (!result.written()) {
			err.println("gloss import: nothing written: fix the errors above and run it again");
			return PROBLEMS;
		}
		out.println("Imported into " + corpus.toAbsolutePath().normalize() + ": " + result.documents()
				+ " documents (" + result.articles() + " new articles), " + result.added() + " annotations added, "
				+ result.replaced() + " replaced");
		return OK;
	}
}
