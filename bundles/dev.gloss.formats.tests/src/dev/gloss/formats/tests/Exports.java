/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.gloss.formats.CorpusExport;
import dev.gloss.formats.ExportOptions;
import dev.gloss.formats.ExportResult;
import dev.gloss.formats.Formats;

/** Exports with fixed IRIs and time, as the golden files were written. */
final class Exports {

	static final URI BASE = URI.create("https://example.org/corpus/");
	static final URI EXPORT = URI.create("https://example.org/export/");
	static final Instant GENERATED = Instant.parse("2026-03-03T08:00:00Z");

	private Exports() {
	}

	static ExportOptions options() {
		return ExportOptions.defaults().withBaseIri(BASE).withExportIri(EXPORT).withGenerated(GENERATED);
	}

	static ExportResult export(String format, Path corpus, Path out) throws IOException {
		return export(format, options(), corpus, out);
	}

	static ExportResult export(String format, ExportOptions options, Path corpus, Path out) throws IOException {
		return new CorpusExport(Formats.export(format).orElseThrow(), options).run(List.of(corpus), out);
	}
}
