/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.net.URI;

import dev.gloss.core.corpus.AnnotationType;

/**
 * Choices that shape an import.
 *
 * @param baseIri      W3C: the IRI the corpus folder was published under, so that a source
 *                     {@code BASE/dir/a.txt} is the article {@code dir/a.txt}. Without it (or
 *                     for IRIs outside it) the longest tail of the IRI's path that names an
 *                     article of the corpus is taken
 * @param utf16Offsets brat: offsets count UTF-16 units (files written by DKPro Core, INCEpTION or
 *                     Gloss's UTF-16 option) instead of code points
 * @param defaultType  W3C: the type of annotations that carry no Gloss type (from other tools);
 *                     {@code null} makes them an error
 * @param labels       the labels of another tool's project (brat, UIMA, CoNLL, JSONL, W3C tags)
 *                     mapped to Gloss types and links
 * @param article      W3C: the corpus path of the article every annotation targets, whatever its
 *                     source says (tools like Recogito name their own copy of the text);
 *                     {@code null}: each source names its article
 */
public record ImportOptions(URI baseIri, boolean utf16Offsets, AnnotationType defaultType, LabelMapping labels,
		String article) {

	public ImportOptions {
		labels = labels == null ? LabelMapping.none() : labels;
	}

	public ImportOptions(URI baseIri, boolean utf16Offsets, AnnotationType defaultType) {
		this(baseIri, utf16Offsets, defaultType, LabelMapping.none(), null);
	}

	public ImportOptions withArticle(String path) {
		return new ImportOptions(baseIri, utf16Offsets, defaultType, labels, path);
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, false, AnnotationType.CLAIM);
	}

	public ImportOptions withLabels(LabelMapping mapping) {
		return new ImportOptions(baseIri, utf16Offsets, defaultType, mapping, article);
	}

	public ImportOptions withBaseIri(URI iri) {
		return new ImportOptions(iri, utf16Offsets, defaultType, labels, article);
	}

	public ImportOptions withUtf16Offsets(boolean utf16) {
		return new ImportOptions(baseIri, utf16, defaultType, labels, article);
	}

	public ImportOptions withDefaultType(AnnotationType type) {
		return new ImportOptions(baseIri, utf16Offsets, type, labels, article);
	}
}
