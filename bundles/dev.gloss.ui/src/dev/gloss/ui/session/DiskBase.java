/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

/** The {@link DiskContent} a session last read or wrote, shared by the UI thread and the saver. */
final class DiskBase {

	private volatile DiskContent content = DiskContent.ABSENT;

	DiskContent get() {
		return content;
	}

	void set(DiskContent content) {
		this.content = content;
	}
}
