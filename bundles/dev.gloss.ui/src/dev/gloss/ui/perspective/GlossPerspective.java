// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Articles on the left, the article being annotated in the middle, its annotations (and the
 * corpus's) with the problems below it: the Annotations view follows the caret, the Problems view
 * lists incomplete annotations and orphans, so both stay in sight while the analyst marks text.
 */
public final class GlossPerspective implements IPerspectiveFactory {

	public static final String ID = "dev.gloss.ui.perspective"; //$NON-NLS-1$

	static final String ANNOTATIONS_VIEW = "dev.gloss.ui.annotationsView"; //$NON-NLS-1$
	private static final String SAMPLES_WIZARD = "dev.gloss.ui.sampleCorpusWizard"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editors); //$NON-NLS-1$
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editors); //$NON-NLS-1$
		bottom.addView(ANNOTATIONS_VIEW);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder("org.eclipse.ui.views.ProgressView"); //$NON-NLS-1$
		layout.addShowViewShortcut(ANNOTATIONS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file"); //$NON-NLS-1$
		layout.addNewWizardShortcut(SAMPLES_WIZARD);
		layout.addPerspectiveShortcut("org.eclipse.ui.resourcePerspective"); //$NON-NLS-1$
	}
}
