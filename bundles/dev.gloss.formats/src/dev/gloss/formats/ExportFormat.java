/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;
import java.nio.file.Path;

/** A format Gloss exports the annotated corpus to. Implementations are stateless. */
public interface ExportFormat {

	/** The name the command line and scripts use: {@code w3c}, {@code brat}, ... */
	String id();

	/** The name users see: "W3C Web Annotation (JSON-LD)". */
	String label();

	/** One or two sentences: what the files are and which tools read them. */
	String description();

	/**
	 * Starts an export into an empty folder.
	 *
	 * @param folder the folder to write into (a staging folder the caller moves into place)
	 */
	CorpusWriter open(Path folder, ExportOptions options) throws IOException;
}
