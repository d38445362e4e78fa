// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.core.runtime.ILog;

/** Errors the analyst cannot act on go to the error log. */
final class Log {

	private Log() {
	}

	static void error(Throwable e) {
		ILog.of(Log.class).error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
	}
}
