/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.text;

import java.util.Arrays;

/** Line and column of an offset, for messages that point into an article. 1-based, like editors. */
public final class LineIndex {

	private final int[] lineStarts;

	private LineIndex(int[] lineStarts) {
		this.lineStarts = lineStarts;
	}

	/** Lines end at LF, CR or CRLF, as in an Eclipse document. */
	public static LineIndex of(CharSequence text) {
		int[] starts = new int[64];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			} else if (c != '\n' && c != '\r') {
				continue;
			}
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = i + 1;
		}
		return new LineIndex(Arrays.copyOf(starts, count));
	}

	public int lineCount() {
		return lineStarts.length;
	}

	public int line(int offset) {
		int found = Arrays.binarySearch(lineStarts, offset);
		return found >= 0 ? found + 1 : -found - 1;
	}

	public int column(int offset) {
		return offset - lineStarts[line(offset) - 1] + 1;
	}
}
