/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of the files Gloss leaves only while it writes, and so after a crash: recognisable, so
 * that the next run removes them (and only them), and {@code gloss git-setup} can git-ignore them.
 *
 * <ul>
 * <li>{@code .NAME.gloss-tmp-DIGITS}: a file being written atomically ({@link AtomicFiles});</li>
 * <li>{@code .NAME.gloss-staged-RUN}: a file staged by a run that writes several files
 * ({@link WriteBatch}), put in place when the run commits;</li>
 * <li>{@code .gloss-journal-RUN}: the journal of a run that is committing;</li>
 * <li>{@code .NAME.gloss.DIGITS.tmp} and {@code .NAME.partial-DIGITS}, {@code .NAME.old-DIGITS}:
 * what earlier versions of Gloss left (annotation files, export folders).</li>
 * </ul>
 */
public final class Debris {

	static final String TEMP_INFIX = ".gloss-tmp-";
	static final String STAGED_INFIX = ".gloss-staged-";
	static final String JOURNAL_PREFIX = ".gloss-journal-";

	private static final Pattern TEMP = Pattern.compile("\\..+\\.gloss-tmp-\\d+");
	private static final Pattern STAGED = Pattern.compile("\\..+\\.gloss-staged-([0-9a-f]{16})");
	private static final Pattern JOURNAL = Pattern.compile("\\.gloss-journal-([0-9a-f]{16})");
	private static final Pattern LEGACY_TEMP = Pattern.compile("\\..+\\.gloss\\.\\d+\\.tmp");

	/** Patterns for .gitignore, one per kind of debris (and the lock file). */
	public static final List<String> GIT_IGNORE = List.of(".*.gloss-tmp-*", ".*.gloss-staged-*", ".gloss-journal-*",
			".*.gloss.*.tmp", WriteLock.LOCK_FILE, ".*.gloss-export-*");

	private Debris() {
	}

	static String tempPrefix(Path target) {
		return "." + target.getFileName() + TEMP_INFIX;
	}

	static Path stagedFile(Path target, String run) {
		return target.resolveSibling("." + target.getFileName() + STAGED_INFIX + run);
	}

	static Path journal(Path folder, String run) {
		return folder.resolve(JOURNAL_PREFIX + run);
	}

	/** Whether a file name is one of Gloss's temporary or staged files (not a journal). */
	public static boolean isDebris(String name) {
		return TEMP.matcher(name).matches() || STAGED.matcher(name).matches()
				|| LEGACY_TEMP.matcher(name).matches();
	}

	/** The run a staged file belongs to, or null. */
	static String stagedRun(String name) {
		var matcher = STAGED.matcher(name);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/** The run of a journal file name, or null. */
	static String journalRun(String name) {
		var matcher = JOURNAL.matcher(name);
		return matcher.matches() ? matcher.group(1) : null;
	}
}
