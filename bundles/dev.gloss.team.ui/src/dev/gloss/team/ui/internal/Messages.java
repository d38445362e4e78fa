/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the Gloss team workbench parts. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.gloss.team.ui.internal.messages"; //$NON-NLS-1$

	public static String Agreement_selectFolder;
	public static String Agreement_measuring;
	public static String Agreement_header;
	public static String Agreement_type;
	public static String Agreement_units;
	public static String Agreement_exact;
	public static String Agreement_overlap;
	public static String Agreement_kappa;
	public static String Agreement_alpha;
	public static String Refactoring_participant;
	public static String Refactoring_missing;
	public static String Compare_name;
	public static String Refactoring_renameChange;
	public static String Refactoring_moveChange;
	public static String Refactoring_deleteChange;
	public static String Refactoring_targetExists;
	public static String Refactoring_updateArticlePath;
	public static String Markers_job;
	public static String Markers_unreadable;
	public static String Markers_changed;
	public static String QuickFix_deleteOrphan;
	public static String QuickFix_reattach;
	public static String QuickFix_reattachDescription;
	public static String QuickFix_selectionMoved;
	public static String QuickFix_deleteOrphanDescription;
	public static String QuickFix_keepOurs;
	public static String QuickFix_takeTheirs;
	public static String QuickFix_conflictDescription;
	public static String QuickFix_keepAnnotation;
	public static String QuickFix_removeAnnotation;
	public static String QuickFix_reanchor;
	public static String QuickFix_reanchorDescription;
	public static String QuickFix_failed;
	public static String QuickFix_noText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
