// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import org.eclipse.osgi.util.NLS;

/** The texts of the suggestions in the editor. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.ui.suggest.messages"; //$NON-NLS-1$

	public static String Job_name;
	public static String Memory_job;
	public static String Suggestion_hover;
	public static String Status_noSuggestion;
	public static String Status_noneLeft;
	public static String Status_accepted;
	public static String Status_acceptedAll;
	public static String Status_acceptedOne;
	public static String Status_rejected;
	public static String Status_countRead;
	public static String Status_countNotRead;
	public static String Status_placeFound;
	public static String Status_placeNotFound;
	public static String Status_typeShown;
	public static String Status_typeHidden;
	public static String Edit_accept;
	public static String Edit_acceptAll;
	public static String Edit_readCount;
	public static String Error_rejections;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
