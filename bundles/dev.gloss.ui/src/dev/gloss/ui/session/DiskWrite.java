/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.store.Recovery;
import dev.gloss.core.store.WriteLock;

/**
 * The step of a session's save that touches the disk, plain Java (a crash test runs it in a child
 * JVM and kills it): under the lock every Gloss writer takes, the file is replaced atomically only
 * if it still holds what the session last read or wrote; otherwise nothing is written and the
 * caller merges what the file holds now. Before the first write into a folder, what a
 * crashed run left there is cleaned up ({@link Recovery}).
 */
public final class DiskWrite {

	/** The file changed since the session read it: nothing was written. */
	public static final class Conflict extends Exception {

		private static final long serialVersionUID = 1L;

		Conflict() {
			super("changed on disk"); //$NON-NLS-1$
		}
	}

	/** Runs just before the file is replaced, under the lock (keeping the old content in a history, say). */
	@FunctionalInterface
	public interface BeforeReplace {
		void run() throws IOException;
	}

	private static final Set<Path> RECOVERED = ConcurrentHashMap.newKeySet();

	private DiskWrite() {
	}

	/**
	 * @param expectedStamp the stamp of what the caller last read or wrote ({@code FileStamp.ABSENT} for no file)
	 * @return the stamp of the bytes written
	 */
	public static String replace(Path target, byte[] bytes, String expectedStamp, BeforeReplace before)
			throws IOException, Conflict {
		recoverOnce(target.toAbsolutePath().getParent());
		try (WriteLock lock = FileStamps.lock(target)) {
			String actual = FileStamps.of(target);
			if (!actual.equals(expectedStamp)) {
				throw new Conflict();
			}
			if (before != null) {
				before.run();
			}
			AtomicFiles.write(target, out -> out.write(bytes));
		}
		return FileStamps.of(bytes);
	}

	/** Finishes or removes what a crashed run left in the folder, once per folder and workbench run. */
	public static void recoverOnce(Path folder) {
		if (folder == null || !RECOVERED.add(folder)) {
			return;
		}
		try {
			Recovery.recover(folder);
		} catch (IOException e) {
			RECOVERED.remove(folder); // try again next time
		}
	}
}
