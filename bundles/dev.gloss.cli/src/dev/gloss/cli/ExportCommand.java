package dev.gloss.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;

/** {@code gloss export --format F --out DIR [FOLDER...]}. */
final class ExportCommand implements Command {

	/** Where the sample corpus is said to live when it is exported without --base-iri. */
	static final URI SAMPLE_BASE = URI.create("https://gloss.dev/samples/");

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export corpus folders to W3C, brat, CSV, JSONL, CoNLL, UIMA XMI or GeoJSON";
	}

	@Override
	public String usage() {
		String formats = Formats.exports().stream().map(f -> String.format("  %-10s %s", f.id(), f.label()))
				.collect(Collectors.joining("\n"));
		return """
				usage: gloss export --format FORMAT --out DIR [options] [FOLDER...]

				Exports the annotations of every article below each FOLDER (default: the sample
				corpus) into DIR. DIR must be new, empty, or an earlier Gloss export, which is then
				replaced. The export is written beside DIR and moved into place only when complete:
				on any error DIR is left as it was.

				formats:
				%s

				options:
				  --format FORMAT   one of the formats above (required)
				  --out DIR         the export folder (required)
				  --base-iri IRI    the IRI the corpus folder is published under: each article's
				                    W3C source (and JSONL/GeoJSON source) is its path resolved
				                    against it, e.g. https://example.org/corpus/ gives
				                    https://example.org/corpus/dir/a.txt. Default: the article's
				                    file: IRI (https://gloss.dev/samples/ for the sample corpus)
				  --export-iri IRI  W3C: the IRI DIR will be published under (collection and page
				                    ids). Default: DIR's file: IRI
				  --page-size N     W3C: annotations per AnnotationPage (default %d)
				  --utf16           brat: offsets in UTF-16 units (DKPro Core, INCEpTION) instead
				                    of code points (brat)
				  --keep-going      write the documents without errors even when others have them
				                    (exit code 1 all the same)

				Exit code 0 when everything was exported, 1 on problems (each listed as
				file:line:column), 2 on a bad command line.
				""".formatted(formats, ExportOptions.DEFAULT_PAGE_SIZE);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args,
				Set.of("format", "out", "base-iri", "export-iri", "page-size"), Set.of("utf16", "keep-going"));
		String id = options.required("format");
		ExportFormat format = Formats.export(id).orElseThrow(() -> new UsageException("unknown format '" + id
				+ "' (one of " + Formats.exports().stream().map(ExportFormat::id).collect(Collectors.joining(", "))
				+ ")"));
		Path destination = Path.of(options.required("out"));
		ExportOptions exportOptions = ExportOptions.defaults().withUtf16Offsets(options.flag("utf16"));
		if (options.get("page-size") != null) {
			try {
				exportOptions = exportOptions.withPageSize(Integer.parseInt(options.get("page-size")));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--page-size needs a whole number of at least 1");
			}
		}
		if (options.get("export-iri") != null) {
			exportOptions = exportOptions.withExportIri(iri("export-iri", options.get("export-iri")));
		}
		try (Corpora corpora = Corpora.of(options.operands())) {
			URI base = options.get("base-iri") != null ? iri("base-iri", options.get("base-iri"))
					: corpora.isSample() ? SAMPLE_BASE : null;
			exportOptions = exportOptions.withBaseIri(base);
			ExportResult result = new CorpusExport(format, exportOptions).keepGoing(options.flag("keep-going"))
					.monitor(new ConsoleProgress(err, "exported")).run(corpora.folders(), destination);
			for (Problem problem : result.problems()) {
				err.println(problem);
			}
			if (!result.written()) {
				err.println("gloss export: nothing written: " + count(result.problems()) + " kept the export from "
						+ "being complete (--keep-going writes the other documents)");
				return PROBLEMS;
			}
			out.println("Exported " + result.documents() + " documents, " + result.annotations() + " annotations as "
					+ format.label() + " to " + result.folder());
			return result.hasErrors() ? PROBLEMS : OK;
		}
	}

	static URI iri(String option, String value) throws UsageException {
		try {
			URI iri = new URI(value);
			if (!iri.isAbsolute()) {
				throw new UsageException("--" + option + " must be an absolute IRI (with a scheme, like https:), not '"
						+ value + "'");
			}
			if (iri.getPath() != null && !iri.getPath().isEmpty() && !iri.getPath().endsWith("/")) {
				iri = new URI(value + "/");
			}
			return iri;
		} catch (URISyntaxException e) {
			throw new UsageException("--" + option + " is not an IRI: " + e.getMessage());
		}
	}

	private static String count(List<Problem> problems) {
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		return errors + (errors == 1 ? " error" : " errors");
	}
}
