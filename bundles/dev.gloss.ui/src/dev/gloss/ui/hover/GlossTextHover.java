/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.ui.highlight.GlossAnnotationTypes;
import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/**
 * The text hover of an editor on an annotated article: over a Gloss passage it describes the
 * passages there (innermost first) with their links; elsewhere, and below the Gloss part, it shows
 * what the stock Text Editor's hover shows (spelling problems and other annotations drawn in the
 * text). The stock Text Editor offers no extension point for text hovers, so this hover is set on
 * the viewer when Gloss joins the editor ({@link EditorHover}).
 */
final class GlossTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	private final ITextEditor editor;
	private final DefaultTextHover others;
	/** Where the mouse rests (the region is the whole passage). */
	private int hoverOffset = -1;

	GlossTextHover(ITextEditor editor, ISourceViewer viewer) {
		this.editor = editor;
		this.others = new DefaultTextHover(viewer) {
			@Override
			protected boolean isIncluded(Annotation annotation) {
				return !GlossAnnotationTypes.isGloss(annotation.getType()) && isShownInText(annotation);
			}
		};
	}

	/** The stock Text Editor's rule: annotations drawn in the text (as text or highlight) have hovers. */
	private static boolean isShownInText(Annotation annotation) {
		AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(annotation);
		if (preference == null) {
			return false;
		}
		IPreferenceStore store = EditorsUI.getPreferenceStore();
		String key = preference.getTextPreferenceKey();
		if (key == null) {
			key = preference.getHighlightPreferenceKey();
		}
		return key != null && store.getBoolean(key);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		AnnotationIndex index = index();
		List<dev.gloss.model.Annotation> passages = index == null ? List.of() : passagesAt(index, offset, false);
		if (!passages.isEmpty()) {
			// the hover stays open while the mouse is over the innermost passage
			int i = index.indexOf(passages.get(0));
			hoverOffset = offset;
			return new Region(index.begin(i), index.end(i) - index.begin(i));
		}
		hoverOffset = -1;
		return others.getHoverRegion(textViewer, offset);
	}

	@Override
	public Object getHoverInfo2(ITextViewer textViewer, IRegion hoverRegion) {
		AnnotationIndex index = index();
		List<dev.gloss.model.Annotation> passages = index == null ? List.of()
				: passagesAt(index, hoverOffset >= 0 ? hoverOffset : hoverRegion.getOffset(), false);
		@SuppressWarnings("deprecation")
		String rest = others.getHoverInfo(textViewer, hoverRegion);
		if (passages.isEmpty()) {
			return rest;
		}
		String html = AnnotationHovers.html(passages);
		return rest == null ? html : html + "<br><br>" + AnnotationHovers.escape(rest);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
		Object info = getHoverInfo2(textViewer, hoverRegion);
		return info == null ? null : info.toString();
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}

	AnnotationIndex index() {
		GlossSession session = GlossSessions.get().sessionOf(editor, false);
		return session == null || !session.isReady() ? null : session.index();
	}

	/**
	 * The Gloss passages that hold an offset, innermost first; with {@code endCounts} a passage
	 * also holds the offset just after it (a caret placed at the end of a word).
	 */
	static List<dev.gloss.model.Annotation> passagesAt(AnnotationIndex index, int offset, boolean endCounts) {
		List<Integer> hits = new ArrayList<>();
		index.overlapping(Math.max(0, offset - 1), offset + 1, i -> {
			if (!index.get(i).isOrphaned() && index.begin(i) <= offset
					&& (offset < index.end(i) || endCounts && offset == index.end(i))) {
				hits.add(i);
			}
		});
		hits.sort(java.util.Comparator.comparingInt(i -> index.end(i) - index.begin(i)));
		List<dev.gloss.model.Annotation> passages = new ArrayList<>(hits.size());
		hits.forEach(i -> passages.add(index.get(i)));
		return passages;
	}
}
