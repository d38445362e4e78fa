/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.workbench.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the Gloss workbench product (messages.properties). */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.workbench.internal.messages";

	public static String FirstStart_creating;
	public static String FirstStart_notRemembered;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
