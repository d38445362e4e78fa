/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.ChangeCommand;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.ui.files.AnnotationFileService;

/**
 * An edit made from outside the editor (a quick fix, a refactoring) on the annotations a session
 * holds, recorded so that Undo reverts exactly what it changed.
 */
final class ExternalChange extends ChangeCommand {

	private final AnnotatedDocument document;
	private final String text;
	private final AnnotationFileService.Edit edit;
	private boolean changed;
	private CoreException failure;

	ExternalChange(String label, AnnotatedDocument document, String text, AnnotationFileService.Edit edit) {
		super(document);
		this.document = document;
		this.text = text;
		this.edit = edit;
		setLabel(label);
	}

	@Override
	protected void doExecute() {
		try {
			changed = edit.apply(document, text);
			if (changed) {
				dev.gloss.core.store.DocumentOrder.sort(document.getAnnotations());
			}
		} catch (CoreException e) {
			failure = e;
		}
	}

	boolean changed() {
		return changed;
	}

	void rethrow() throws CoreException {
		if (failure != null) {
			throw failure;
		}
	}
}
