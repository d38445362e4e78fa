/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.tests.harness;

import org.eclipse.core.runtime.IStatus;

/**
 * Log entries that are the platform's own noise in a test run, not something a user of Gloss
 * meets. Kept narrow (bundle and exact message): anything Gloss causes is fixed where it arises.
 */
final class KnownPlatformNoise {

	private KnownPlatformNoise() {
	}

	static boolean matches(IStatus status) {
		return false;
	}
}
