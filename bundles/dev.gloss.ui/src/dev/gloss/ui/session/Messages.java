/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the session package (messages.properties beside it). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.ui.session.messages"; //$NON-NLS-1$

	public static String Readiness_notInWorkspace;
	public static String Readiness_unreadable;
	public static String Readiness_notSynchronized;
	public static String Readiness_emptyText;
	public static String Held_textNotRead;
	public static String Held_mostOrphaned;
	public static String Merge_unreadable;
	public static String Merge_done;
	public static String Service_failed;
	public static String Service_notLocal;
	public static String Service_missing;
	public static String Save_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
