/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible texts of the editor interactions: hover, code minings, legend, value checks,
 * re-attaching orphans (editor-messages.properties). Kept apart from {@link Messages} so that
 * these features own their texts.
 */
public final class EditorMessages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.ui.internal.editor-messages";

	public static String Hover_orphaned;
	public static String Hover_sources;
	public static String Hover_locations;
	public static String Hover_counts;
	public static String Hover_citedBy;
	public static String Hover_comment;
	public static String Hover_status;
	public static String Hover_creator;
	public static String Mining_tooltip;
	public static String Legend_title;
	public static String Value_notANumber;
	public static String Value_notAWholeNumber;
	public static String Value_credibility;
	public static String Value_countryCode;
	public static String Value_latitude;
	public static String Value_longitude;
	public static String Value_negative;
	public static String Value_geonames;
	public static String Value_invalid;
	public static String Reattach_label;
	public static String Reattach_noSelection;
	public static String Reattach_notOrphan;
	public static String Reattach_noOrphan;
	public static String Reattach_done;
	public static String Reattach_choose;
	public static String Reattach_chooseInfo;
	public static String Reattach_fixLabel;
	public static String Reattach_fixDescription;

	static {
		NLS.initializeMessages(BUNDLE_NAME, EditorMessages.class);
	}

	private EditorMessages() {
	}
}
