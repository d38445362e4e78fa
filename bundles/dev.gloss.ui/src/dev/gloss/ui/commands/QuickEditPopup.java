/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.GlossPackage;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.properties.GlossAdapterFactory;
import dev.gloss.ui.properties.ValueRules;

/**
 * Quick edit at the caret: the annotation's editable attributes as a small form (built from the
 * EMF.Edit property descriptors, so it shows what the Properties view shows). Tab moves between
 * fields; each field is applied, as one undoable change, when it loses focus or on Enter; Esc
 * closes.
 */
final class QuickEditPopup extends PopupDialog {

	private final StyledText anchor;
	private final Annotation annotation;
	private final IItemPropertySource source;
	private Control first;
	private Label problem;

	QuickEditPopup(StyledText anchor, Annotation annotation) {
		super(anchor.getShell(), PopupStyle.RESIZABLE, true, false, false, false, false,
				NLS.bind(Messages.QuickEdit_title, AnnotationType.of(annotation).label()), Messages.QuickEdit_info);
		this.anchor = anchor;
		this.annotation = annotation;
		this.source = (IItemPropertySource) GlossAdapterFactory.get().adapt(annotation, IItemPropertySource.class);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		for (IItemPropertyDescriptor descriptor : ordered(source.getPropertyDescriptors(annotation))) {
			EAttribute attribute = (EAttribute) descriptor.getFeature(annotation);
			new Label(form, SWT.NONE).setText(descriptor.getDisplayName(annotation));
			Control field = field(form, descriptor, attribute);
			field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			field.setToolTipText(descriptor.getDescription(annotation));
			if (first == null) {
				first = field;
			}
		}
		problem = new Label(form, SWT.WRAP);
		problem.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.widthHint = 360;
		problem.setLayoutData(data);
		return form;
	}

	/**
	 * The editable attributes, the type's own first (a count's value, a source's name), then those
	 * every annotation has (status, comment): the first field is the one an analyst fills in
	 * right after marking, and it gets the focus.
	 */
	private List<IItemPropertyDescriptor> ordered(List<IItemPropertyDescriptor> descriptors) {
		List<IItemPropertyDescriptor> own = new ArrayList<>();
		List<IItemPropertyDescriptor> common = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : descriptors) {
			if (descriptor.canSetProperty(annotation) && descriptor.getFeature(annotation) instanceof EAttribute attribute) {
				(attribute.getEContainingClass() == GlossPackage.Literals.ANNOTATION ? common : own).add(descriptor);
			}
		}
		own.addAll(common);
		return own;
	}

	private Control field(Composite form, IItemPropertyDescriptor descriptor, EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		Object value = annotation.eGet(attribute);
		if (type instanceof EEnum eEnum) {
			Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				combo.add(literal.getLiteral());
			}
			combo.setText(value == null ? "" : EcoreUtil.convertToString(type, value));
			combo.addListener(SWT.Selection, e -> apply(descriptor, attribute, combo.getText(), null));
			return combo;
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setItems("true", "false");
			combo.setText(String.valueOf(Boolean.TRUE.equals(value)));
			combo.addListener(SWT.Selection, e -> apply(descriptor, attribute, combo.getText(), null));
			return combo;
		}
		Text text = new Text(form, SWT.SINGLE | SWT.BORDER);
		text.setText(value == null ? "" : EcoreUtil.convertToString(type, value));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 280;
		text.setLayoutData(data);
		// refused at once, while typing: the analyst sees why before leaving the field
		text.addListener(SWT.Modify, e -> showProblem(text, ValueRules.problem(attribute, text.getText())));
		text.addListener(SWT.FocusOut, e -> apply(descriptor, attribute, text.getText(), text));
		text.addListener(SWT.DefaultSelection, e -> apply(descriptor, attribute, text.getText(), text));
		return text;
	}

	private void apply(IItemPropertyDescriptor descriptor, EAttribute attribute, String text, Text field) {
		Object value;
		try {
			value = ValueRules.parse(attribute, text);
		} catch (IllegalArgumentException e) {
			showProblem(field, e.getMessage());
			return;
		}
		showProblem(field, null);
		if (!Objects.equals(value, annotation.eGet(attribute))) {
			descriptor.setPropertyValue(annotation, value);
		}
	}

	private void showProblem(Text field, String message) {
		if (field != null && !field.isDisposed()) {
			field.setForeground(message == null ? null : field.getDisplay().getSystemColor(SWT.COLOR_RED));
		}
		if (problem != null && !problem.isDisposed()) {
			problem.setText(message == null ? "" : message);
			problem.getParent().layout(true);
		}
	}

	/** The message shown under the fields: why the last input was refused, or empty (for tests). */
	String problemText() {
		return problem == null || problem.isDisposed() ? "" : problem.getText();
	}

	@Override
	protected Point getDefaultLocation(Point initialSize) {
		Point caret = anchor.getLocationAtOffset(anchor.getCaretOffset());
		return anchor.toDisplay(caret.x, caret.y + anchor.getLineHeight());
	}

	@Override
	protected Control getFocusControl() {
		return first;
	}

	@Override
	public int open() {
		int result = super.open();
		// the first field's value selected, as in Eclipse's rename fields: typing replaces it, End keeps it
		// (the caret at its start made a typed value read "newold")
		if (first instanceof Text text && !text.isDisposed()) {
			text.selectAll();
		}
		return result;
	}
}
