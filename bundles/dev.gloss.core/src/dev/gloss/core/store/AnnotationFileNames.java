/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

/**
 * The one rule that names an article's annotation file: {@code report.txt -> report.txt.gloss},
 * beside the article. Every module (command line, formats, team, workbench) asks here, on plain
 * names, so that paths, workspace resources and git paths all follow the same rule.
 */
public final class AnnotationFileNames {

	/** The annotation file's extension, without the dot. */
	public static final String EXTENSION = "gloss";

	private static final String SUFFIX = "." + EXTENSION;

	private AnnotationFileNames() {
	}

	/** {@code report.txt -> report.txt.gloss}. */
	public static String annotationFileName(String articleName) {
		return articleName + SUFFIX;
	}

	/** Whether a file of this name holds annotations (it ends with {@code .gloss} and names an article). */
	public static boolean isAnnotationFileName(String name) {
		return name.endsWith(SUFFIX) && name.length() > SUFFIX.length();
	}

	/** {@code report.txt.gloss -> report.txt}; the name itself when it is not an annotation file's. */
	public static String articleName(String annotationFileName) {
		return isAnnotationFileName(annotationFileName)
				? annotationFileName.substring(0, annotationFileName.length() - SUFFIX.length())
				: annotationFileName;
	}
}
