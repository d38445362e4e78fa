/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.IStructureCreator;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.team.ui.internal.Messages;

/**
 * Shows an annotation file in the compare editor (Compare With, a git history compare, a merge)
 * as its annotations rather than XML lines: added, removed and changed annotations are nodes of
 * the structure pane, each with its attributes compared line by line.
 */
public final class AnnotationStructureCreator implements IStructureCreator {

	@Override
	public String getName() {
		return Messages.Compare_name;
	}

	@Override
	public IStructureComparator getStructure(Object input) {
		if (!(input instanceof IStreamContentAccessor accessor)) {
			return null;
		}
		String name = input instanceof ITypedElement typed ? typed.getName() : "annotations.gloss"; //$NON-NLS-1$
		try (InputStream in = accessor.getContents()) {
			if (in == null) {
				return new DocumentNode(name, List.of());
			}
			AnnotatedDocument document = new GlossStore().load(in, Path.of(name));
			List<AnnotationNode> nodes = new ArrayList<>();
			for (Annotation annotation : document.getAnnotations()) {
				nodes.add(new AnnotationNode(annotation));
			}
			return new DocumentNode(name, nodes);
		} catch (IOException | CoreException | RuntimeException e) {
			return null; // not readable as annotations: the compare falls back to text
		}
	}

	@Override
	public IStructureComparator locate(Object path, Object input) {
		return null;
	}

	@Override
	public String getContents(Object node, boolean ignoreWhitespace) {
		return node instanceof AnnotationNode annotation ? annotation.content() : null;
	}

	/** Read-only: merging annotation files is the merge driver's job. */
	@Override
	public void save(IStructureComparator node, Object input) {
		// nothing to write back
	}

	/** The root of the structure: the annotations of one version. */
	static final class DocumentNode implements IStructureComparator, ITypedElement {

		private final String name;
		private final List<AnnotationNode> annotations;

		DocumentNode(String name, List<AnnotationNode> annotations) {
			this.name = name;
			this.annotations = annotations;
		}

		@Override
		public Object[] getChildren() {
			return annotations.toArray();
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.FOLDER_TYPE;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof DocumentNode;
		}

		@Override
		public int hashCode() {
			return 1;
		}
	}
}
