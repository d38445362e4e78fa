/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.brat;

/** Names shared by the brat writer, its configuration and the reader. */
final class Brat {

	static final String HAS_SOURCE = "HasSource";
	static final String HAS_LOCATION = "HasLocation";
	static final String HAS_COUNT = "HasCount";

	static final String STATUS = "Status";
	static final String CERTAINTY = "Certainty";
	static final String CREDIBILITY = "Credibility";
	static final String SOURCE_KIND = "SourceKind";
	static final String RELIABILITY = "Reliability";
	static final String LOCATION_KIND = "LocationKind";
	static final String QUALIFIER = "Qualifier";

	/** brat's own note type, shown in its annotation dialog: holds the analyst's comment. */
	static final String ANNOTATOR_NOTES = "AnnotatorNotes";
	/** Notes of this type hold one {@code key=value} each: the free-text values of Gloss. */
	static final String GLOSS_NOTE = "Gloss";

	private Brat() {
	}

	/** The brat text file of an article: its path, with .txt added unless it ends so. */
	static String textFile(String path) {
		return path.endsWith(".txt") ? path : path + ".txt";
	}

	static String annFile(String path) {
		String text = textFile(path);
		return text.substring(0, text.length() - ".txt".length()) + ".ann";
	}
}
