/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.io.IOException;

/** The user cancelled: nothing was written. */
public final class Cancelled extends IOException {

	private static final long serialVersionUID = 1L;

	public Cancelled() {
		super("cancelled: nothing was written");
	}
}
