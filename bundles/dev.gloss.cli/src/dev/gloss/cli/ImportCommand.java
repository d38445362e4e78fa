/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Problem;
import dev.gloss.formats.CorpusImport;
import dev.gloss.formats.Formats;
import dev.gloss.formats.ImportFormat;
import dev.gloss.formats.ImportOptions;
import dev.gloss.formats.ImportResult;
import dev.gloss.formats.LabelMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gloss import --format F --into CORPUS SOURCE...}. */
@Command(name = "import", header = "import annotations of other tools (brat, W3C, INCEpTION XMI, CoNLL, JSONL)",
		description = { "Adds the annotations of each SOURCE (a file or a folder) to the corpus folder CORPUS.",
				"  brat   .ann files with the .txt beside them (a byte order mark counts, as brat counts it)",
				"  w3c    W3C Web Annotation JSON-LD or JSON Lines from Gloss, Hypothesis, Recogito ...; each",
				"         target source names an article of CORPUS; quotes that differ a little are found by",
				"         fuzzy quote search",
				"  xmi    UIMA CAS XMI from INCEpTION, DKPro Core, the UIMA CAS Editor or Gloss (UTF-16 offsets)",
				"  conll  CoNLL-2003 IOB1/IOB2 tokens, aligned on CORPUS's article when it has it",
				"  jsonl  doccano and spaCy/Prodigy JSON Lines (code points)", "",
				"brat, xmi, conll and jsonl write their articles into CORPUS (an article already there must have the "
						+ "same text). Labels other than Gloss's own (Claim, Source, Location, Count; HasSource ...) "
						+ "are imported only when mapped with --map; the others are listed with their counts. An "
						+ "annotation whose id CORPUS already has replaces it, so importing twice changes nothing. "
						+ "Everything is read and checked first: on any error nothing is written." },
		exitCodeList = { "0:imported", "1:problems (listed as file:line)", "2:bad command line" })
final class ImportCommand extends GlossCommand {

	/** The import formats' ids, for --help and shell completion. */
	static final class FormatIds extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		FormatIds() {
			super(Formats.imports().stream().map(ImportFormat::id).toList());
		}
	}

	/** The values of --default-type. */
	static final class Types extends ArrayList<String> {
		private static final long serialVersionUID = 1L;

		Types() {
			super(List.of("claim", "source", "location", "count", "none"));
		}
	}

	@Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = FormatIds.class,
			description = "the format of the sources: ${COMPLETION-CANDIDATES}")
	String formatId;

	@Option(names = "--into", required = true, paramLabel = "CORPUS", description = "the corpus folder (created for "
			+ "brat if missing)")
	Path corpus;

	@Option(names = "--base-iri", paramLabel = "IRI", description = "w3c: the IRI the corpus was exported under (its "
			+ "--base-iri): a source BASE/dir/a.txt is the article dir/a.txt. Without it, the longest tail of the "
			+ "source's path that names an article")
	String baseIri;

	@Option(names = "--default-type", paramLabel = "TYPE", completionCandidates = Types.class, description = "w3c: "
			+ "the type of annotations without a Gloss type (from other tools): claim (default), source, location, "
			+ "count, or none to refuse them")
	String defaultType;

	@Option(names = "--article", paramLabel = "PATH", description = "w3c: the article (its path in CORPUS) every "
			+ "annotation targets, for tools whose sources name their own copy of the text (Recogito)")
	String article;

	@Option(names = "--utf16", description = "brat: the offsets count UTF-16 units (DKPro Core, INCEpTION, 'gloss "
			+ "export --utf16') instead of code points (brat)")
	boolean utf16;

	@Option(names = "--map", paramLabel = "LABEL=TARGET", description = "import the spans or relations of another project's LABEL as TARGET: a Gloss type (claim, source, "
			+ "location, count), a claim link (sources, locations, counts) or ignore; repeat it, e.g. --map "
			+ "GPE=location --map AttributedTo=sources. Labels left unmapped are listed with their counts")
	List<String> map = new ArrayList<>();

	@Option(names = "--map-file", paramLabel = "FILE", description = "the same mapping from a file: one "
			+ "LABEL=TARGET per line, # comments; --map entries are added to it")
	Path mapFile;

	@Parameters(paramLabel = "SOURCE", arity = "1..*", description = "files or folders to import")
	List<Path> sources = new ArrayList<>();

	@Override
	int run() throws Exception {
		ImportFormat format = Formats.importer(formatId).orElseThrow(() -> new UsageException("unknown format '"
				+ formatId + "' (one of " + String.join(", ", new FormatIds()) + ")"));
		LabelMapping labels = mapFile == null ? LabelMapping.none() : LabelMapping.read(mapFile);
		try {
			labels = labels.with(LabelMapping.parse(map));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--map: " + e.getMessage());
		}
		ImportOptions importOptions = ImportOptions.defaults().withUtf16Offsets(utf16).withLabels(labels);
		if (article != null) {
			importOptions = importOptions.withArticle(article);
		}
		if (baseIri != null) {
			importOptions = importOptions.withBaseIri(ExportCommand.iri("base-iri", baseIri));
		}
		if (defaultType != null) {
			try {
				importOptions = importOptions.withDefaultType(
						defaultType.equalsIgnoreCase("none") ? null : AnnotationType.parse(defaultType));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--default-type must be claim, source, location, count or none");
			}
		}
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
