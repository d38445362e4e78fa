/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

/**
 * A sequence lock over one annotation model: the UI thread is the only writer and brackets every
 * change with {@link #begin()}/{@link #end()}; a background reader (the saver) takes
 * {@link #version()} before and after reading and keeps what it read only when both are equal and
 * even. Writers never wait, which is the point: typing must not stall behind a 50,000-annotation
 * save.
 */
public final class ModelGuard {

	private volatile long version;

	/** UI thread: a change starts (the version turns odd). Calls may nest. */
	public void begin() {
		version++;
	}

	/** UI thread: the change is complete (the version turns even). */
	public void end() {
		version++;
	}

	public long version() {
		return version;
	}

	/** Whether a reader that started at {@code start} saw a stable model. */
	public boolean unchangedSince(long start) {
		return (start & 1) == 0 && version == start;
	}
}
