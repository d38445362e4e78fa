/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.hover;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.AbstractInformationControlManager;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.information.IInformationProvider;
import org.eclipse.jface.text.information.IInformationProviderExtension;
import org.eclipse.jface.text.information.InformationPresenter;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

import dev.gloss.model.Annotation;
import dev.gloss.core.index.AnnotationIndex;

/**
 * Gloss's hovers in one editor: the mouse hover ({@link GlossTextHover}) and F2 (Show Tooltip
 * Description), which in the stock Text Editor only gives focus to a hover already open. With the
 * caret in a passage and no hover open, F2 here shows the passage's description at the caret, in
 * a focusable popup (Esc closes); everywhere else F2 does what it did.
 */
public final class EditorHover {

	private final ITextEditor editor;
	private final ISourceViewer viewer;
	private final GlossTextHover hover;
	private final IAction original;
	private final IAction f2;
	private InformationPresenter presenter;

	private EditorHover(ITextEditor editor, ISourceViewer viewer) {
		this.editor = editor;
		this.viewer = viewer;
		this.hover = new GlossTextHover(editor, viewer);
		this.original = editor.getAction(ITextEditorActionConstants.SHOW_INFORMATION);
		this.f2 = new Action() {
			@Override
			public void run() {
				showInformation();
			}
		};
		f2.setActionDefinitionId(ITextEditorActionDefinitionIds.SHOW_INFORMATION);
		if (original != null) {
			f2.setText(original.getText());
			f2.setToolTipText(original.getToolTipText());
			f2.setDescription(original.getDescription());
		}
	}

	/** Joins an editor; null when its viewer takes no hovers. */
	public static EditorHover install(ITextEditor editor, ITextViewer textViewer) {
		if (!(textViewer instanceof ISourceViewer viewer) || !(textViewer instanceof ITextViewerExtension2 extension)) {
			return null;
		}
		EditorHover installed = new EditorHover(editor, viewer);
		extension.setTextHover(installed.hover, IDocument.DEFAULT_CONTENT_TYPE,
				ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
		// replacing the action (not binding F2 anew) keeps the key, its menu entry and the other editors as they are
		editor.setAction(ITextEditorActionConstants.SHOW_INFORMATION, null);
		editor.setAction(ITextEditorActionConstants.SHOW_INFORMATION, installed.f2);
		return installed;
	}

	/**
	 * Gives F2 back to the editor. The text hover stays: without a session it shows exactly what
	 * the stock hover shows, and the viewer offers no way to get the stock one back.
	 */
	public void uninstall() {
		if (editor.getAction(ITextEditorActionConstants.SHOW_INFORMATION) == f2) {
			editor.setAction(ITextEditorActionConstants.SHOW_INFORMATION, null);
			if (original != null) {
				editor.setAction(ITextEditorActionConstants.SHOW_INFORMATION, original);
			}
		}
		if (presenter != null) {
			presenter.uninstall();
			presenter = null;
		}
	}

	private void showInformation() {
		boolean hoverOpen = viewer instanceof ITextViewerExtension2 extension && extension.getCurrentTextHover() != null;
		int caret = editor.getSelectionProvider().getSelection() instanceof ITextSelection text ? text.getOffset() : -1;
		AnnotationIndex index = hover.index();
		if (hoverOpen || caret < 0 || index == null || GlossTextHover.passagesAt(index, caret, true).isEmpty()) {
			if (original != null) {
				original.run();
			}
			return;
		}
		if (presenter == null) {
			// the hover's own look, at the passage: a resizable shell is placed by the window manager instead
			presenter = new InformationPresenter(parent -> new DefaultInformationControl(parent, (String) null));
			// below the passage, else above it, moved left to fit: never squeezed into the space left of it
			presenter.setAnchor(AbstractInformationControlManager.ANCHOR_BOTTOM);
			presenter.setFallbackAnchors(new AbstractInformationControlManager.Anchor[] {
					AbstractInformationControlManager.ANCHOR_BOTTOM, AbstractInformationControlManager.ANCHOR_TOP });
			presenter.setInformationProvider(new Provider(), IDocument.DEFAULT_CONTENT_TYPE);
			// at most 80 columns by 20 lines, and no larger than what it shows (a minimum left an empty box)
			presenter.setSizeConstraints(80, 20, false, true);
			presenter.install(viewer);
		}
		presenter.showInformation();
	}

	/** What F2 shows: the passages at the caret. */
	private final class Provider implements IInformationProvider, IInformationProviderExtension {
		@Override
		public IRegion getSubject(ITextViewer textViewer, int offset) {
			// the caret, not the whole passage: a passage running past the editor's edge or over
			// several lines has an area whose bottom-left corner is no place for the popup
			return new Region(offset, 0);
		}

		@Override
		public Object getInformation2(ITextViewer textViewer, IRegion subject) {
			AnnotationIndex index = hover.index();
			int caret = textViewer.getSelectedRange().x;
			List<Annotation> passages = index == null ? List.of() : GlossTextHover.passagesAt(index, caret, true);
			return passages.isEmpty() ? null : AnnotationHovers.html(passages);
		}

		@Override
		@Deprecated
		public String getInformation(ITextViewer textViewer, IRegion subject) {
			Object information = getInformation2(textViewer, subject);
			return information == null ? null : information.toString();
		}
	}
}
