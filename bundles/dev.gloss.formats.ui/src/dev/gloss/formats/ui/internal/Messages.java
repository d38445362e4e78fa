/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The wizards' user-visible text (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.formats.ui.internal.messages";

	public static String ExportWizard_title;
	public static String ExportPage_title;
	public static String ExportPage_description;
	public static String ExportPage_folders;
	public static String ExportPage_addFolder;
	public static String ExportPage_remove;
	public static String ExportPage_chooseFolder;
	public static String ExportPage_formats;
	public static String ExportPage_destination;
	public static String ExportPage_browse;
	public static String ExportPage_baseIri;
	public static String ExportPage_baseIriHint;
	public static String ExportPage_utf16;
	public static String ExportPage_keepGoing;
	public static String ExportPage_strict;
	public static String ExportPage_strictHint;
	public static String ExportPage_includeProposed;
	public static String ExportPage_includeProposedHint;
	public static String ExportPage_noFolders;
	public static String ExportPage_noFormat;
	public static String ExportPage_noDestination;
	public static String ExportPage_badIri;
	public static String Export_task;
	public static String Export_format;
	public static String Export_done;
	public static String Export_doneTo;
	public static String Export_doneTitle;
	public static String Export_notWritten;
	public static String Export_problems;
	public static String Export_failed;

	public static String ImportWizard_title;
	public static String ImportPage_title;
	public static String ImportPage_description;
	public static String ImportPage_format;
	public static String ImportPage_sources;
	public static String ImportPage_addFiles;
	public static String ImportPage_addFolder;
	public static String ImportPage_target;
	public static String ImportPage_utf16;
	public static String ImportPage_baseIri;
	public static String ImportPage_article;
	public static String ImportPage_articleHint;
	public static String ImportPage_articleTip;
	public static String ImportPage_badArticle;
	public static String ImportPage_noArticle;
	public static String ImportPage_defaultType;
	public static String ImportPage_noType;
	public static String ImportPage_labels;
	public static String ImportPage_labelsHint;
	public static String ImportPage_noSources;
	public static String ImportPage_noTarget;
	public static String Import_task;
	public static String Import_done;
	public static String Import_notWritten;
	public static String Import_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
