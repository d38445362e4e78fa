/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of dev.gloss.ui (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.ui.internal.messages";

	public static String Context_failed;
	public static String Mark_text;
	public static String Mark_several;
	public static String Mark_line;
	public static String Mark_lines;
	public static String Session_reanchoredWithOrphans;
	public static String Context_loading;
	public static String Context_noAnnotationAtCaret;
	public static String Context_noAnnotations;
	public static String Context_notAFile;
	public static String Create_done;
	public static String Create_noSelection;
	public static String Create_already;
	public static String Description_counts;
	public static String Description_credibility;
	public static String Description_loading;
	public static String Description_locations;
	public static String Description_orphaned;
	public static String Description_reliability;
	public static String Description_sources;
	public static String Edit_badRange;
	public static String Edit_create;
	public static String Edit_link;
	public static String Edit_remove;
	public static String Edit_retype;
	public static String Edit_unlink;
	public static String Link_filter;
	public static String Link_info;
	public static String Link_linked;
	public static String Link_noClaim;
	public static String Link_notLinkable;
	public static String Link_title;
	public static String Link_unknownTarget;
	public static String Link_unlinked;
	public static String Preferences_creator;
	public static String Preferences_wrapArticles;
	public static String Preferences_description;
	public static String QuickEdit_info;
	public static String QuickEdit_invalid;
	public static String QuickEdit_title;
	public static String Remove_done;
	public static String Sticky_on;
	public static String Sticky_off;
	public static String Retype_done;
	public static String TypeChooser_createTitle;
	public static String TypeChooser_info;
	public static String TypeChooser_item;
	public static String TypeChooser_currentItem;
	public static String TypeChooser_retypeTitle;
	public static String View_attributes;
	public static String View_corpus;
	public static String View_corpusTooltip;
	public static String View_count;
	public static String View_countLimited;
	public static String View_countLimitedTooltip;
	public static String View_creator;
	public static String View_filter;
	public static String View_loading;
	public static String View_reading;
	public static String View_filtering;
	public static String View_loadingArticle;
	public static String View_noArticle;
	public static String View_noAnnotationsYet;
	public static String View_noAnnotationsYetKey;
	public static String View_noFolder;
	public static String View_quote;
	public static String View_showType;
	public static String View_status;
	public static String View_type;
	public static String View_unreadable;
	public static String View_where;
	public static String Wizard_creating;
	public static String Wizard_pageDescription;
	public static String Wizard_pageTitle;
	public static String Wizard_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
