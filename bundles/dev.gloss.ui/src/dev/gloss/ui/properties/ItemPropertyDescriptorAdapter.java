/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of an annotation in the Properties view: name, category and help from the item
 * property descriptor, and a cell editor that fits the feature (text for strings and numbers, a
 * drop-down for enums and booleans, a checklist dialog for a claim's links).
 */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (feature instanceof EReference reference && reference.isMany()) {
			return new LinksCellEditor(parent, choices == null ? List.of() : new ArrayList<>(choices));
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum || type.getInstanceClass() == boolean.class
					|| type.getInstanceClass() == Boolean.class) {
				List<Object> values = new ArrayList<>();
				if (type instanceof EEnum eEnum) {
					eEnum.getELiterals().forEach(literal -> values.add(literal.getInstance()));
				} else {
					values.add(Boolean.TRUE);
					values.add(Boolean.FALSE);
				}
				ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
				editor.setContentProvider(ArrayContentProvider.getInstance());
				editor.setLabelProvider(getLabelProvider());
				editor.setInput(values);
				return editor;
			}
			return new ConvertingTextCellEditor(parent, type, descriptor.isMultiLine(object));
		}
		return null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Collection<?> many) {
					List<String> texts = new ArrayList<>();
					many.forEach(item -> texts.add(labels.getText(item)));
					return String.join("; ", texts);
				}
				return element == null ? "" : labels.getText(element);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter adapter
				&& adapter.descriptor.getFeature(adapter.object) == descriptor.getFeature(object);
	}

	/** Text for a data type: converted with the model's factory, errors shown, not applied. */
	private static final class ConvertingTextCellEditor extends TextCellEditor {
		private final EDataType type;

		ConvertingTextCellEditor(Composite parent, EDataType type, boolean multiLine) {
			super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			this.type = type;
			setValidator(value -> {
				try {
					convert((String) value);
					return null;
				} catch (RuntimeException e) {
					return e.getMessage() == null ? e.toString() : e.getMessage();
				}
			});
		}

		private Object convert(String text) {
			if (type.getInstanceClass() == String.class) {
				return text;
			}
			return text == null || text.isBlank() ? null : EcoreUtil.createFromString(type, text.strip());
		}

		@Override
		protected Object doGetValue() {
			return convert((String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
		}
	}

	/** A claim's sources, locations or counts: a checklist of the candidates. */
	private final class LinksCellEditor extends DialogCellEditor {
		private final List<Object> choices;

		LinksCellEditor(Composite parent, List<Object> choices) {
			super(parent);
			this.choices = choices;
		}

		@Override
		protected Object openDialogBox(Control cellEditorWindow) {
			ILabelProvider labels = getLabelProvider();
			ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(labels).message(getDisplayName()).create(cellEditorWindow.getShell());
			dialog.setTitle(getDisplayName());
			Object current = getValue();
			if (current instanceof Collection<?> selected) {
				dialog.setInitialElementSelections(new ArrayList<>(selected));
			}
			if (dialog.open() != org.eclipse.jface.window.Window.OK) {
				return null;
			}
			List<Object> result = new ArrayList<>();
			for (Object chosen : dialog.getResult()) {
				result.add(chosen);
			}
			return result;
		}
	}

	EStructuralFeature feature() {
		Object feature = descriptor.getFeature(object);
		return feature instanceof EStructuralFeature f ? f : null;
	}
}
