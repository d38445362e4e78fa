/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Choices that shape an export.
 *
 * @param baseIri       the IRI the corpus folder is published under; each article's W3C
 *                      {@code source} is its path resolved against it (a {@code file:} IRI
 *                      only if asked for). {@code null}: {@code urn:x-gloss:article:PATH}, the
 *                      same on every machine
 * @param exportIri     the IRI the export folder will be published under (W3C collection and
 *                      page ids). {@code null}: ids relative to the export's own files, right
 *                      wherever the folder is published
 * @param utf16Offsets  brat only: count offsets in UTF-16 units (DKPro Core, INCEpTION) instead
 *                      of code points (brat itself)
 * @param pageSize      W3C only: annotations per AnnotationPage
 * @param generated     the export's time, written where a format records it
 */
public record ExportOptions(URI baseIri, URI exportIri, boolean utf16Offsets, int pageSize, Instant generated) {

	public static final int DEFAULT_PAGE_SIZE = 1000;

	public ExportOptions {
		if (baseIri != null && !baseIri.isAbsolute()) {
			throw new IllegalArgumentException("the base IRI must be absolute: " + baseIri);
		}
		if (exportIri != null && !exportIri.isAbsolute()) {
			throw new IllegalArgumentException("the export IRI must be absolute: " + exportIri);
		}
		if (pageSize < 1) {
			throw new IllegalArgumentException("the page size must be at least 1, not " + pageSize);
		}
		Objects.requireNonNull(generated, "generated");
	}

	public static ExportOptions defaults() {
		return new ExportOptions(null, null, false, DEFAULT_PAGE_SIZE, Instant.now());
	}

	public ExportOptions withBaseIri(URI iri) {
		return new ExportOptions(iri, exportIri, utf16Offsets, pageSize, generated);
	}

	public ExportOptions withExportIri(URI iri) {
		return new ExportOptions(baseIri, iri, utf16Offsets, pageSize, generated);
	}

	public ExportOptions withUtf16Offsets(boolean utf16) {
		return new ExportOptions(baseIri, exportIri, utf16, pageSize, generated);
	}

	public ExportOptions withPageSize(int size) {
		return new ExportOptions(baseIri, exportIri, utf16Offsets, size, generated);
	}

	public ExportOptions withGenerated(Instant time) {
		return new ExportOptions(baseIri, exportIri, utf16Offsets, pageSize, time);
	}
}
