/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plain text files of an export: UTF-8, no byte order mark, content written as given. */
public final class Text {

	private Text() {
	}

	public static Writer newWriter(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8
				.newEncoder()), 1 << 16);
	}

	/** A whole small file (one document's text or annotations); unpaired surrogates are an error. */
	public static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	/** The same into a folder known to exist (an exporter that writes many files into few folders). */
	public static void writeInExistingFolder(Path file, String content) throws IOException {
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	/** Backslash escapes for one-line fields: \\ \n \r \t. */
	public static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	public static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				switch (next) {
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					default -> out.append(next);
				}
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
