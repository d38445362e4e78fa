/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;

/**
 * A document cannot be exported exactly: the message names the document and, when there is one,
 * the annotation.
 */
public class ExportException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String document;
	private final String annotationId;

	public ExportException(String document, String annotationId, String problem) {
		super(document + (annotationId != null ? ", annotation " + annotationId : "") + ": " + problem);
		this.document = document;
		this.annotationId = annotationId;
	}

	/** The document's path in the export. */
	public String document() {
		return document;
	}

	/** The annotation's id, or {@code null} for a problem with the whole document. */
	public String annotationId() {
		return annotationId;
	}
}
