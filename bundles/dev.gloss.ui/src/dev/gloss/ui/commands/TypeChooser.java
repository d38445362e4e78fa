/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.view.TypeImages;

/**
 * A small popup at the caret listing the Gloss types: the first letter (C, S, L, N for count) or
 * arrows and Enter choose, Esc cancels. Keyboard-first: no mouse needed, nothing to remember.
 */
final class TypeChooser extends PopupDialog {

	private static final char[] KEYS = { 'c', 's', 'l', 'n' };

	private final Consumer<AnnotationType> chosen;
	private final Point location;
	private final AnnotationType preselected;
	private final AnnotationType current;
	private Table table;

	private TypeChooser(Shell parent, Point location, String title, AnnotationType preselected,
			AnnotationType current, Consumer<AnnotationType> chosen) {
		super(parent, PopupStyle.FIXED, true, false, false, false, false, title,
				Messages.TypeChooser_info);
		this.location = location;
		this.preselected = preselected;
		this.current = current;
		this.chosen = chosen;
	}

	/**
	 * Opens the chooser under the caret of the text widget for a new annotation: the type used
	 * last is selected (Enter takes it), none is checked (the passage has no type yet).
	 */
	static void openToCreate(StyledText text, String title, AnnotationType last, Consumer<AnnotationType> chosen) {
		new TypeChooser(text.getShell(), below(text), title, last, null, chosen).open();
	}

	/** Opens the chooser under the caret for an annotation's new type: its type selected and checked. */
	static void openToRetype(StyledText text, String title, AnnotationType current, Consumer<AnnotationType> chosen) {
		new TypeChooser(text.getShell(), below(text), title, current, current, chosen).open();
	}

	private static Point below(StyledText text) {
		Point caret = text.getLocationAtOffset(text.getCaretOffset());
		return text.toDisplay(caret.x, caret.y + text.getLineHeight());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		for (AnnotationType type : AnnotationType.values()) {
			TableItem item = new TableItem(table, SWT.NONE);
			// the key as plain text: table items show no mnemonics, an '&' would be drawn as it is
			item.setText(NLS.bind(type == current ? Messages.TypeChooser_currentItem : Messages.TypeChooser_item,
					Character.toUpperCase(KEYS[type.ordinal()]), type.label()));
			item.setImage(TypeImages.get(type));
			item.setData(type);
		}
		table.setSelection(preselected == null ? 0 : preselected.ordinal());
		table.addListener(SWT.KeyDown, event -> {
			for (AnnotationType type : AnnotationType.values()) {
				if (Character.toLowerCase(event.character) == KEYS[type.ordinal()]) {
					event.doit = false;
					choose(type);
					return;
				}
			}
			if (event.character == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				event.doit = false;
				chooseSelected();
			}
		});
		table.addListener(SWT.DefaultSelection, event -> chooseSelected());
		return table;
	}

	private void chooseSelected() {
		if (table.getSelectionCount() == 1) {
			choose((AnnotationType) table.getSelection()[0].getData());
		}
	}

	private void choose(AnnotationType type) {
		close();
		chosen.accept(type);
	}

	@Override
	protected Point getDefaultLocation(Point initialSize) {
		return location;
	}

	@Override
	protected Control getFocusControl() {
		return table;
	}
}
