/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.net.URI;
import java.util.List;

import dev.gloss.core.text.OffsetMap;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;

/**
 * One document as exporters see it: the decoded article (no byte order mark, line ends as in the
 * file) and the annotations to write, in document order. Exporters get one at a time and must not
 * keep it after {@link CorpusWriter#write(ExportDocument)} returns, so that memory does not grow
 * with the corpus.
 *
 * @param path        the article's path in the export, '/'-separated, unique within the export
 * @param text        the decoded article; model offsets count its UTF-16 units
 * @param offsets     converts the model's UTF-16 offsets to code points
 * @param source      the absolute IRI that names the article (the W3C {@code source})
 * @param annotations the annotations to export (orphaned ones are already left out), in document
 *                    order
 * @param model       the whole annotation file, for document-level values (text hash, charset)
 * @param bom         the article file starts with a byte order mark (formats that copy the text,
 *                    like brat, keep it)
 */
public record ExportDocument(String path, String text, OffsetMap offsets, URI source, List<Annotation> annotations,
		AnnotatedDocument model, boolean bom) {

	public ExportDocument(String path, String text, OffsetMap offsets, URI source, List<Annotation> annotations,
			AnnotatedDocument model) {
		this(path, text, offsets, source, annotations, model, false);
	}
}
