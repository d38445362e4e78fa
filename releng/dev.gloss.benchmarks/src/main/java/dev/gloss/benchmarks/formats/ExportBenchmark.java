/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.formats;

import java.io.IOException;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;

/**
 * Exporting a corpus of 10,000 articles and 1,000,000 annotations (100 per article, every
 * attribute set, claims linked) from disk, in each format, the way {@code gloss export} does it:
 * read each annotation file and article, check it, write and self-check it, move the export into
 * place. {@link ExportLimitBenchmark} measures, on the same corpus, the limit this is compared with.
 * Run with {@code -prof gc} for allocation figures.
 */
public class ExportBenchmark extends ExportCorpusState {

	@Param({ "w3c-jsonl", "w3c", "brat", "csv", "jsonl", "conll", "xmi", "geojson" })
	public String format;

	@Override
	protected String label() {
		return "export " + format;
	}

	@Benchmark
	public ExportResult export() throws IOException {
		ExportResult result = new CorpusExport(Formats.export(format).orElseThrow(), ExportOptions.defaults())
				.run(List.of(corpus), out);
		if (!result.written() || result.annotations() != documents * annotationsPerDocument) {
			throw new IllegalStateException("export incomplete: " + result.problems().stream().limit(5).toList());
		}
		return result;
	}
}
