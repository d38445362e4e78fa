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
 * @param labels       the labels of another tool's project (brat, UIMA, CoNLL, JSONL) mapped to
 *                     Gloss types and links
 */
public record ImportOptions(URI baseIri, boolean utf16Offsets, AnnotationType defaultType, LabelMapping labels) {

	public ImportOptions {
		labels = labels == null ? LabelMapping.none() : labels;
	}

	public ImportOptions(URI baseIri, boolean utf16Offsets, AnnotationType defaultType) {
		this(baseIri, utf16Offsets, defaultType, LabelMapping.none());
	}

	public static ImportOptions defaults() {
		return new ImportOptions(null, false, AnnotationType.CLAIM);
	}

	public ImportOptions withLabels(LabelMapping mapping) {
		return new ImportOptions(baseIri, utf16Offsets, defaultType, mapping);
	}

	public ImportOptions withBaseIri(URI iri) {
		return new ImportOptions(iri, utf16Offsets, defaultType, labels);
	}

	public ImportOptions withUtf16Offsets(boolean utf16) {
		return new ImportOptions(baseIri, utf16, defaultType, labels);
	}

	public ImportOptions withDefaultType(AnnotationType type) {
		return new ImportOptions(baseIri, utf16Offsets, type, labels);
	}
}
