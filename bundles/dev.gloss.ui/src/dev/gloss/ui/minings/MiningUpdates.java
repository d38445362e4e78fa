/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.minings;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.swt.custom.StyledText;

/**
 * Asks one editor's viewer to recompute its code minings (the claims' links) a moment after
 * annotations changed or the view scrolled: one update per burst of changes, never per key.
 */
public final class MiningUpdates {

	/** Quiet time before the update: scrolling fires many viewport changes. */
	private static final int DELAY_MS = 120;

	private final ITextViewer viewer;
	private final Runnable update = this::update;
	private boolean scheduled;

	public MiningUpdates(ITextViewer viewer) {
		this.viewer = viewer;
	}

	public void schedule() {
		StyledText text = viewer.getTextWidget();
		if (!scheduled && text != null && !text.isDisposed()) {
			scheduled = true;
			text.getDisplay().timerExec(DELAY_MS, update);
		}
	}

	/** Recomputes now (tests, and after the scheduled delay). */
	public void update() {
		scheduled = false;
		StyledText text = viewer.getTextWidget();
		if (text != null && !text.isDisposed() && viewer instanceof ISourceViewerExtension5 extension
				&& extension.hasCodeMiningProviders()) {
			extension.updateCodeMinings();
		}
	}

	public void cancel() {
		StyledText text = viewer.getTextWidget();
		if (scheduled && text != null && !text.isDisposed()) {
			text.getDisplay().timerExec(-1, update);
		}
		scheduled = false;
	}
}
