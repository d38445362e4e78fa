/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.Image;

import dev.gloss.model.Annotation;
import dev.gloss.model.Conflict;

/**
 * One annotation in the compare editor's structure pane. Two versions are the same node when
 * they have the same id; their content, one attribute per line, is what the text pane compares.
 */
final class AnnotationNode implements IStructureComparator, ITypedElement, IStreamContentAccessor {

	private final Annotation annotation;
	private final String content;

	AnnotationNode(Annotation annotation) {
		this.annotation = annotation;
		this.content = render(annotation);
	}

	@Override
	public Object[] getChildren() {
		return new Object[0];
	}

	@Override
	public String getName() {
		String quote = annotation.getQuote() == null ? "" : annotation.getQuote().replaceAll("\\s+", " ");
		if (quote.length() > 48) {
			quote = quote.substring(0, 45) + "..."; //$NON-NLS-1$
		}
		return annotation.eClass().getName() + " '" + quote + "' " + annotation.getBegin() + ".." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ annotation.getEnd();
	}

	@Override
	public Image getImage() {
		return null;
	}

	/** Text, so that the content pane shows a line diff of the attributes. */
	@Override
	public String getType() {
		return ITypedElement.TEXT_TYPE;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	String content() {
		return content;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AnnotationNode node && Objects.equals(node.annotation.getId(), annotation.getId());
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(annotation.getId());
	}

	/** "feature: value" per line, links by quote, in the model's feature order; unset values left out. */
	private static String render(Annotation annotation) {
		StringBuilder text = new StringBuilder("type: ").append(annotation.eClass().getName()).append('\n'); //$NON-NLS-1$
		for (EStructuralFeature feature : annotation.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !annotation.eIsSet(feature)) {
				continue;
			}
			Object value = annotation.eGet(feature);
			String shown;
			if (feature instanceof EReference reference && reference.isContainment()) {
				@SuppressWarnings("unchecked")
				List<Conflict> conflicts = (List<Conflict>) value;
				shown = conflicts.stream().map(c -> c.getFeature() + " ours=" + c.getOurs() + " theirs=" + c.getTheirs()) //$NON-NLS-1$ //$NON-NLS-2$
						.collect(Collectors.joining("; ")); //$NON-NLS-1$
			} else if (feature instanceof EReference) {
				@SuppressWarnings("unchecked")
				List<Annotation> targets = (List<Annotation>) value;
				shown = targets.stream().map(t -> "'" + t.getQuote() + "'").sorted().collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				shown = EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value);
			}
			text.append(feature.getName()).append(": ").append(shown.replace("\r", "\\r").replace("\n", "\\n")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.append('\n');
		}
		return text.toString();
	}
}
