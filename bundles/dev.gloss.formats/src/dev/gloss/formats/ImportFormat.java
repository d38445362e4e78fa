/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A format Gloss imports annotations from. Implementations are stateless. */
public interface ImportFormat {

	/** The name the command line uses: {@code brat}, {@code w3c}. */
	String id();

	String label();

	String description();

	/**
	 * Reads the sources into documents to import, without writing anything.
	 *
	 * @param sources files or folders in this format
	 * @param corpus  the corpus folder the annotations go into (where W3C sources are looked up)
	 * @param plan    receives the documents and the problems, each naming file and place
	 */
	void read(List<Path> sources, Path corpus, ImportOptions options, ImportPlan plan) throws IOException;
}
