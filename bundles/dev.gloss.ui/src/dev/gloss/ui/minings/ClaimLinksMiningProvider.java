/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.minings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineContentCodeMining;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.ui.hover.AnnotationHovers;
import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/**
 * Shows a claim's links where the analyst reads: right after the claim's passage, its sources,
 * places and counts by name ("← trade associate | Hyesan | 27"); clicking one selects it in the
 * text. Contributed to every text editor through the {@code codeMiningProviders} extension point
 * (the stock Text Editor installs those itself) and empty unless the article has annotations.
 *
 * <p>Only the claims in and around the visible lines get minings, computed from the session's
 * index: a few dozen per update, whatever the size of the article. {@link MiningUpdates} asks for
 * an update when annotations change or the view scrolls; typing only moves the minings.
 */
public final class ClaimLinksMiningProvider extends AbstractCodeMiningProvider {

	private static final int MAX_NAME = 28;

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer viewer,
			IProgressMonitor monitor) {
		ITextEditor editor = getAdapter(ITextEditor.class);
		if (editor == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		if (Display.getCurrent() == null) {
			// the index and the viewer belong to the UI thread
			List<ICodeMining> minings = new ArrayList<>();
			viewer.getTextWidget().getDisplay().syncExec(() -> minings.addAll(compute(editor, viewer)));
			return CompletableFuture.completedFuture(minings);
		}
		return CompletableFuture.completedFuture(compute(editor, viewer));
	}

	private List<ICodeMining> compute(ITextEditor editor, ITextViewer viewer) {
		GlossSession session = GlossSessions.get().sessionOf(editor, false);
		IDocument document = viewer.getDocument();
		if (session == null || !session.isReady() || document == null || viewer.getTextWidget() == null
				|| viewer.getTextWidget().isDisposed()) {
			return List.of();
		}
		AnnotationIndex index = session.index();
		int top = viewer.getTopIndex();
		int bottom = viewer.getBottomIndex();
		int page = Math.max(1, bottom - top);
		int from;
		int to;
		try {
			from = document.getLineOffset(Math.max(0, top - page));
			int last = Math.min(document.getNumberOfLines() - 1, bottom + page);
			to = document.getLineOffset(last) + document.getLineLength(last);
		} catch (BadLocationException e) {
			return List.of();
		}
		List<ICodeMining> minings = new ArrayList<>();
		index.overlapping(from, to, i -> {
			if (index.get(i) instanceof Claim claim && !claim.isOrphaned() && index.end(i) > index.begin(i)) {
				addLinks(minings, editor, session, claim, index.end(i));
			}
		});
		return minings;
	}

	private void addLinks(List<ICodeMining> minings, ITextEditor editor, GlossSession session, Claim claim, int end) {
		List<Annotation> targets = new ArrayList<>();
		targets.addAll(claim.getSources());
		targets.addAll(claim.getLocations());
		targets.addAll(claim.getCounts());
		int length = session.document().getLength();
		for (int i = 0; i < targets.size(); i++) {
			Annotation target = targets.get(i);
			String name = shorten(AnnotationHovers.linkName(target));
			// a space on either side keeps the links apart from the words around them
			String label = (i == 0 ? " \u2190 " : "") + name + (i == targets.size() - 1 ? " " : "");
			// drawn just after the claim (before the next character, or after the last one at the
			// end of the text); each link is its own mining, so its own click
			Position position = end < length ? new Position(end, 1) : new Position(end - 1, 1);
			minings.add(new LinkMining(position, end >= length, this, label, event -> reveal(editor, session, target)));
		}
	}

	private static void reveal(ITextEditor editor, GlossSession session, Annotation target) {
		AnnotationIndex index = session.index();
		int i = index == null ? -1 : index.indexOf(target);
		if (i >= 0 && !target.isOrphaned()) {
			editor.selectAndReveal(index.begin(i), index.end(i) - index.begin(i));
		}
	}

	/** One link of a claim, after its passage. */
	static final class LinkMining extends LineContentCodeMining {
		LinkMining(Position position, boolean after, AbstractCodeMiningProvider provider, String label,
				java.util.function.Consumer<org.eclipse.swt.events.MouseEvent> action) {
			super(position, after, provider, action);
			setLabel(label);
		}

		/**
		 * On the editor's own background: the editor draws the links in the widened last character
		 * of the claim, whose highlight is that of the innermost passage ending there (a count's
		 * pink after "... 800 tons of anthracite"), as if the links belonged to it.
		 */
		@Override
		public Point draw(GC gc, StyledText textWidget, Color color, int x, int y) {
			Color before = gc.getBackground();
			Point selection = textWidget.getSelection();
			int host = getPosition().getOffset() - (isAfterPosition() ? 0 : 1);
			boolean selected = selection.x <= host && host < selection.y;
			gc.setBackground(selected ? textWidget.getSelectionBackground() : textWidget.getBackground());
			gc.fillRectangle(x, y, gc.stringExtent(getLabel()).x, textWidget.getLineHeight());
			gc.setBackground(before);
			return super.draw(gc, textWidget, color, x, y);
		}
	}

	/** Names in the text stay short: the hover has them whole. */
	private static String shorten(String name) {
		return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1).strip() + "\u2026";
	}
}
