/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportFormat;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss export --format F --out DIR [FOLDER...]}. */
@Command(name = "export", header = "export corpus folders to W3C, brat, CSV, JSONL, CoNLL, UIMA XMI or GeoJSON",
		description = { "Exports the annotations of every article below each FOLDER (default: the sample corpus) into "
				+ "DIR. DIR must be new, empty, or an earlier Gloss export, which is then replaced. The export is "
				+ "written beside DIR and moved into place only when complete: on any error DIR is left as it was." },
		exitCodeList = { "0:everything was exported", "1:problems (each listed as file:line:column)",
				"2:bad command line" })
final class ExportCommand extends GlossCommand {

	/** Where the sample corpus is said to live when it is exported without --base-iri. */
	static final URI SAMPLE_BASE = URI.create("https://gloss.dev/samples/");

	/** The export formats' ids, for --help and shell completion. */
	static final class FormatIds extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		FormatIds() {
			super(Formats.exports().stream().map(ExportFormat::id).toList());
		}
	}

	@Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = FormatIds.class,
			description = "one of: ${COMPLETION-CANDIDATES} (see below)")
	String formatId;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "the export folder")
	String destination;

	@Option(names = "--base-iri", paramLabel = "IRI", description = "the IRI the corpus folder is published under: "
			+ "each article's W3C source (and JSONL/GeoJSON source) is its path resolved against it, e.g. "
			+ "https://example.org/corpus/ gives https://example.org/corpus/dir/a.txt (a file: IRI gives local paths, "
			+ "if you want them). Default: urn:x-gloss:article:dir/a.txt, the same on every machine "
			+ "(https://gloss.dev/samples/ for the sample corpus)")
	String baseIri;

	@Option(names = "--export-iri", paramLabel = "IRI", description = "W3C: the IRI DIR will be published under "
			+ "(collection and page ids). Default: ids relative to the export's files, right wherever DIR is "
			+ "published")
	String exportIri;

	@Option(names = "--page-size", paramLabel = "N", description = "W3C: annotations per AnnotationPage (default "
			+ ExportOptions.DEFAULT_PAGE_SIZE + ")")
	String pageSize;

	@Option(names = "--utf16", description = "brat: offsets in UTF-16 units (DKPro Core, INCEpTION) instead of code "
			+ "points (brat)")
	boolean utf16;

	@Option(names = "--keep-going", description = "write the documents without errors even when others have them "
			+ "(exit code 1 all the same)")
	boolean keepGoing;

	@Option(names = "--strict", description = "warnings fail the export too (for CI): incomplete annotations (a "
			+ "count without a number, a claim without a source ...), which are otherwise exported as they are, "
			+ "and orphans left out")
	boolean strict;

	@Parameters(paramLabel = "FOLDER", arity = "0..*", description = "corpus folders (default: the sample corpus)")
	List<String> folders = new ArrayList<>();

	/** The formats with their labels, below the options of --help. */
	static String formatList() {
		return Formats.exports().stream().map(f -> String.format("  %-10s %s", f.id(), f.label()))
				.collect(Collectors.joining("%n", "%nformats:%n", ""));
	}

	@Override
	int run() throws Exception {
		ExportFormat format = Formats.export(formatId).orElseThrow(() -> new UsageException("unknown format '"
				+ formatId + "' (one of " + String.join(", ", new FormatIds()) + ")"));
		ExportOptions exportOptions = ExportOptions.defaults().withUtf16Offsets(utf16);
		if (pageSize != null) {
			try {
				exportOptions = exportOptions.withPageSize(Integer.parseInt(pageSize));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--page-size needs a whole number of at least 1");
			}
		}
		if (exportIri != null) {
			exportOptions = exportOptions.withExportIri(iri("export-iri", exportIri));
		}
		try (Corpora corpora = Corpora.of(folders)) {
			URI base = baseIri != null ? iri("base-iri", baseIri) : corpora.isSample() ? SAMPLE_BASE : null;
			exportOptions = exportOptions.withBaseIri(base);
			ExportResult result = new CorpusExport(format, exportOptions).keepGoing(keepGoing).strict(strict)
					.monitor(new ConsoleProgress(err, "exported")).run(corpora.folders(), java.nio.file.Path.of(
							destination));
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
