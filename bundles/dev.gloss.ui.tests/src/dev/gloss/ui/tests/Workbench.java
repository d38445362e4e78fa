/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.tests.harness.UI;
import dev.gloss.ui.highlight.GlossEditorAnnotation;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/** Drives the real workbench from tests: files, editors, commands; waits through the harness ({@link UI}). */
final class Workbench {

	static final long TIMEOUT_MS = UI.TIMEOUT_MS;

	private Workbench() {
	}

	static Display display() {
		return UI.display();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until the condition holds; fails with the message after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		UI.waitUntil(what, condition);
	}

	/**
	 * Processes events for a fixed time. Prefer {@link #waitUntil} on what the test needs (or
	 * {@link UI#processEvents()}): a fixed time is too short on a loaded machine and wasted on an idle one.
	 */
	@Deprecated
	static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display().readAndDispatch()) {
				display().timerExec(10, () -> {
				});
				display().sleep();
			}
		}
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	static IFile file(IProject project, String name, String content) throws CoreException {
		IFile file = project.getFile(name);
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (file.exists()) {
			file.setContents(new ByteArrayInputStream(bytes), true, false, null);
		} else {
			file.create(new ByteArrayInputStream(bytes), true, null);
		}
		file.setCharset("UTF-8", null);
		return file;
	}

	static ITextEditor openEditor(IFile file) throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file, "org.eclipse.ui.DefaultTextEditor", true);
		page().activate(editor);
		UI.processEvents();
		return editor;
	}

	static GlossSession session(ITextEditor editor) {
		GlossSession session = GlossSessions.get().sessionOf(editor, true);
		waitUntil("annotations of " + session.article().getName() + " loaded", session::isReady);
		return session;
	}

	static void select(ITextEditor editor, int offset, int length) {
		page().activate(editor);
		editor.selectAndReveal(offset, length);
		UI.processEvents();
	}

	static void run(String commandId) throws Exception {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		// as a user would: the menu item updates its enablement with the event loop
		waitUntil(commandId + " enabled", () -> {
			command.setEnabled(handlers().getCurrentState());
			return command.isEnabled();
		});
		handlers().executeCommand(commandId, null);
		UI.processEvents();
	}

	static void run(String commandId, String parameter, String value) throws Exception {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		handlers().executeCommand(ParameterizedCommand.generateCommand(command, Map.of(parameter, value)), null);
		UI.processEvents();
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
	}

	/** The Gloss passages in the editor's annotation model: type, offset, length. */
	static List<String> editorAnnotations(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof GlossEditorAnnotation) {
				var position = model.getPosition(annotation);
				found.add(annotation.getType() + "@" + position.getOffset() + "+" + position.getLength());
			}
		}
		found.sort(null);
		return found;
	}

	static GlossEditorAnnotation editorAnnotation(ITextEditor editor, String id) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof GlossEditorAnnotation gloss && id.equals(gloss.passage().getId())) {
				return gloss;
			}
		}
		return null;
	}

	/** The annotation file as it is on disk now (null if there is none or it cannot be read yet). */
	static AnnotatedDocument disk(IFile article) {
		Path file = GlossStore.annotationFileOf(article.getLocation().toPath());
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return new GlossStore().load(file);
		} catch (Exception e) {
			return null;
		}
	}

	/** Waits until the annotation file on disk satisfies the check. */
	static AnnotatedDocument waitForDisk(IFile article, String what, java.util.function.Predicate<AnnotatedDocument> check) {
		AnnotatedDocument[] last = new AnnotatedDocument[1];
		waitUntil(what + " in " + article.getName() + ".gloss", () -> {
			last[0] = disk(article);
			return last[0] != null && check.test(last[0]);
		});
		return last[0];
	}

	static <T> T eventually(String what, Supplier<T> supplier) {
		return UI.eventually(what, supplier);
	}
	/** What the editor's status line shows now (its error if there is one, else its message). */
	static String statusLine(ITextEditor editor) {
		org.eclipse.jface.action.IContributionManager manager = editor.getEditorSite().getActionBars()
				.getStatusLineManager();
		while (manager instanceof org.eclipse.jface.action.SubContributionManager sub) {
			manager = sub.getParent();
		}
		org.eclipse.swt.widgets.Control line = ((org.eclipse.jface.action.StatusLineManager) manager).getControl();
		for (org.eclipse.swt.widgets.Control child : ((org.eclipse.swt.widgets.Composite) line).getChildren()) {
			if (child instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null
					&& !label.getText().isBlank()) {
				return label.getText();
			}
		}
		return "";
	}
}
