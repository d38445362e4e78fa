/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;

import dev.gloss.core.corpus.Article;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;

/**
 * What {@link ExportBenchmark} is measured against, on the same corpus: {@code limit} is the raw
 * pipeline ({@link LimitExport}: StAX scan of each annotation file, the article decoded, Jackson
 * writing the same W3C JSON Lines), the throughput the export's goal is a share of; it runs on
 * one thread, so {@code glossOneThread} is Gloss's W3C JSON Lines export held to one thread too
 * ({@link ExportBenchmark} exports with its default, a reading thread per processor);
 * {@code readAndCheckOnly} is what every Gloss export pays before writing anything (each document
 * opened through the corpus API and checked).
 */
public class ExportLimitBenchmark extends ExportCorpusState {

	private String name = "limit";

	@Override
	protected String label() {
		return name;
	}

	@Benchmark
	public long limit() throws IOException {
		name = "limit";
		Files.createDirectories(out);
		long written = LimitExport.run(corpus, out.resolve("annotations.jsonl"));
		if (written != (long) documents * annotationsPerDocument) {
			throw new IllegalStateException("limit pipeline wrote " + written + " annotations");
		}
		return written;
	}

	@Benchmark
	public ExportResult glossOneThread() throws IOException {
		name = "glossOneThread";
		ExportResult result = new CorpusExport(Formats.export("w3c-jsonl").orElseThrow(), ExportOptions.defaults())
				.threads(1).run(List.of(corpus), out);
		if (!result.written() || result.annotations() != documents * annotationsPerDocument) {
			throw new IllegalStateException("export incomplete: " + result.problems().stream().limit(5).toList());
		}
		return result;
	}

	@Benchmark
	public int readAndCheckOnly() throws IOException {
		name = "readAndCheckOnly";
		Corpus opened = Corpus.open(corpus);
		int annotations = 0;
		for (Article article : opened.articles()) {
			CorpusDocument document = opened.open(article);
			if (!document.check().isEmpty()) {
				throw new IllegalStateException("problems in " + article);
			}
			annotations += document.annotations().size();
		}
		return annotations;
	}
}
