/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one export into a folder, a document at a time. {@link #close()} completes the export
 * (collection files, indexes); a writer that failed is closed and its folder thrown away by the
 * caller, so a writer never needs to clean up after itself.
 */
public interface CorpusWriter extends Closeable {

	/**
	 * Writes a document and checks what was written: each span, sliced from the exported text in
	 * the format's unit, must equal the annotation's quote.
	 *
	 * <p>All checks run before anything of the document is written, so a document that fails
	 * leaves no trace in the export.
	 *
	 * @return what the format could not hold (nested spans in CoNLL, say), for the user to read
	 * @throws ExportException when the output would not reproduce the document exactly
	 */
	List<String> write(ExportDocument document) throws IOException;
}
