/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.view;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.editors.text.EditorsUI;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.ui.internal.EditorMessages;

/**
 * The colour key of the highlights, in the colours the editor uses now (the analyst's preferences
 * or the theme's): each type's name on its own colour, so nobody has to know which colour is which.
 */
final class Legend {

	private final Composite row;
	private final Map<AnnotationType, Canvas> swatches = new EnumMap<>(AnnotationType.class);
	private final Map<AnnotationType, RGB> colours = new EnumMap<>(AnnotationType.class);
	private final IPreferenceStore store = EditorsUI.getPreferenceStore();
	private final IPropertyChangeListener listener = this::preferenceChanged;

	Legend(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginTop = 0;
		layout.marginBottom = 0;
		layout.center = true;
		row.setLayout(layout);
		new Label(row, SWT.NONE).setText(EditorMessages.Legend_title);
		for (AnnotationType type : AnnotationType.values()) {
			// painted, not a coloured Label: the theme's CSS would paint over a label's background
			Canvas swatch = new Canvas(row, SWT.NONE);
			swatch.setToolTipText(type.label());
			swatch.addPaintListener(event -> paint(event.gc, swatch, type));
			GC gc = new GC(swatch);
			try {
				org.eclipse.swt.graphics.Point extent = gc.textExtent(type.label());
				swatch.setLayoutData(new RowData(extent.x + 12, extent.y + 4));
			} finally {
				gc.dispose();
			}
			swatches.put(type, swatch);
		}
		update();
		store.addPropertyChangeListener(listener);
		row.addDisposeListener(e -> store.removePropertyChangeListener(listener));
	}

	private void preferenceChanged(org.eclipse.jface.util.PropertyChangeEvent event) {
		if (event.getProperty().startsWith("glossColor.") && !row.isDisposed()) {
			row.getDisplay().asyncExec(this::update);
		}
	}

	Composite control() {
		return row;
	}

	/** The preference key of a type's highlight colour (as declared in plugin.xml). */
	static String colorKey(AnnotationType type) {
		return "glossColor." + type.name().toLowerCase(Locale.ROOT);
	}

	/** The colour a type's swatch shows (for tests). */
	RGB colorOf(AnnotationType type) {
		return colours.get(type);
	}

	private void update() {
		if (row.isDisposed()) {
			return;
		}
		for (var entry : swatches.entrySet()) {
			colours.put(entry.getKey(), PreferenceConverter.getColor(store, colorKey(entry.getKey())));
			entry.getValue().redraw();
		}
	}

	private void paint(GC gc, Canvas swatch, AnnotationType type) {
		RGB rgb = colours.get(type);
		org.eclipse.swt.graphics.Rectangle area = swatch.getClientArea();
		gc.setBackground(new Color(rgb));
		gc.fillRoundRectangle(0, 0, area.width, area.height, 6, 6);
		// dark text on light colours, light text on dark ones (the dark theme)
		boolean light = rgb.red * 299 + rgb.green * 587 + rgb.blue * 114 > 128_000;
		gc.setForeground(new Color(light ? new RGB(0, 0, 0) : new RGB(255, 255, 255)));
		gc.drawText(type.label(), 6, 2, true);
	}
}
