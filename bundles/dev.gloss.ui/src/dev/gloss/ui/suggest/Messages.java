// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.osgi.util.NLS;

/** The texts of the suggestions in the editor. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.ui.suggest.messages"; //$NON-NLS-1$

	static String Job_name;
	static String Suggestion_hover;
	static String Status_noSuggestion;
	static String Status_noneLeft;
	static String Status_accepted;
	static String Status_acceptedAll;
	static String Status_rejected;
	static String Status_countRead;
	static String Status_countNotRead;
	static String Status_typeShown;
	static String Status_typeHidden;
	static String Edit_accept;
	static String Edit_acceptAll;
	static String Edit_readCount;
	static String Error_rejections;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
