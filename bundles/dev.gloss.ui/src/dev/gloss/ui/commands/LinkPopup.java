/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.ui.hover.AnnotationDescriptions;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.view.TypeImages;

/**
 * The claim linker: type to filter, arrows to move, Enter to link or unlink (the list stays open
 * for the next one), Esc to close. Linked ones carry a check mark.
 */
final class LinkPopup extends PopupDialog {

	private static final int MAX_ROWS = 200;
	private static final int MIN_WIDTH = 480;
	private static final int MAX_WIDTH = 900;

	private final StyledText anchor;
	private final Claim claim;
	private final List<Annotation> candidates;
	private final Consumer<Annotation> toggle;
	private Text filter;
	private Table table;

	LinkPopup(StyledText anchor, dev.gloss.ui.session.GlossSession session, Claim claim, Consumer<Annotation> toggle) {
		super(anchor.getShell(), PopupStyle.RESIZABLE, true, false, false, false, false,
				Messages.Link_title, Messages.Link_info);
		this.anchor = anchor;
		this.claim = claim;
		this.toggle = toggle;
		int middle = (claim.getBegin() + claim.getEnd()) / 2;
		candidates = new ArrayList<>();
		session.index().forEach(a -> {
			if (!a.isOrphaned() && AnnotationEdits.linkFor(AnnotationType.of(a)) != null) {
				candidates.add(a);
			}
		});
		candidates.sort(Comparator.comparingInt(a -> Math.abs((a.getBegin() + a.getEnd()) / 2 - middle)));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		filter = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.SEARCH);
		filter.setMessage(Messages.Link_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = table.getItemHeight() * 12;
		data.widthHint = MIN_WIDTH;
		table.setLayoutData(data);
		filter.addModifyListener(e -> fill());
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_UP) {
				int next = table.getSelectionIndex() + (event.keyCode == SWT.ARROW_DOWN ? 1 : -1);
				table.setSelection(Math.max(0, Math.min(table.getItemCount() - 1, next)));
				event.doit = false;
			}
		});
		filter.addListener(SWT.DefaultSelection, event -> toggleSelected());
		table.addListener(SWT.DefaultSelection, event -> toggleSelected());
		fill();
		// as wide as the longest row (its attributes were cut off at a fixed width), within reason
		int widest = 0;
		GC gc = new GC(table);
		try {
			for (TableItem item : table.getItems()) {
				int image = item.getImage() == null ? 0 : item.getImage().getBounds().width + 8;
				widest = Math.max(widest, gc.textExtent(item.getText()).x + image + 16);
			}
		} finally {
			gc.dispose();
		}
		int screen = parent.getDisplay().getClientArea().width;
		data.widthHint = Math.max(MIN_WIDTH, Math.min(widest + table.getVerticalBar().getSize().x + 8,
				Math.min(MAX_WIDTH, screen * 2 / 3)));
		return area;
	}

	private void fill() {
		String wanted = filter.getText().toLowerCase(Locale.ROOT).strip();
		table.removeAll();
		for (Annotation a : ranked(wanted)) {
			String label = AnnotationType.of(a).label() + "  " + AnnotationDescriptions.name(a);
			String attributes = AnnotationDescriptions.attributes(a);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText((AnnotationEdits.isLinked(claim, a) ? "\u2713 " : "    ") + label
					+ (attributes.isEmpty() ? "" : "  \u2014 " + attributes));
			item.setImage(TypeImages.get(AnnotationType.of(a)));
			item.setData(a);
			if (table.getItemCount() >= MAX_ROWS) {
				break;
			}
		}
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
	}

	/**
	 * The candidates the filter matches, those whose name is the filter first, then those whose
	 * name starts with it, then the rest (each group nearest to the claim first): typing "Hyesan"
	 * and Enter links Hyesan, not the "Hyesan market" that happens to be closer.
	 */
	private List<Annotation> ranked(String wanted) {
		if (wanted.isEmpty()) {
			return candidates;
		}
		List<Annotation> exact = new ArrayList<>();
		List<Annotation> prefix = new ArrayList<>();
		List<Annotation> rest = new ArrayList<>();
		for (Annotation a : candidates) {
			String name = AnnotationDescriptions.name(a).toLowerCase(Locale.ROOT).strip();
			String label = AnnotationType.of(a).label() + "  " + AnnotationDescriptions.name(a);
			if (!(label + " " + AnnotationDescriptions.attributes(a) + " " + a.getQuote()).toLowerCase(Locale.ROOT)
					.contains(wanted)) {
				continue;
			}
			(name.equals(wanted) ? exact : name.startsWith(wanted) ? prefix : rest).add(a);
		}
		exact.addAll(prefix);
		exact.addAll(rest);
		return exact;
	}

	private void toggleSelected() {
		if (table.getSelectionCount() == 1) {
			int at = table.getSelectionIndex();
			toggle.accept((Annotation) table.getSelection()[0].getData());
			fill();
			table.setSelection(Math.min(at, table.getItemCount() - 1));
		}
	}

	@Override
	protected Point getDefaultLocation(Point initialSize) {
		Point caret = anchor.getLocationAtOffset(anchor.getCaretOffset());
		return anchor.toDisplay(caret.x, caret.y + anchor.getLineHeight());
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}
}
