/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dev.gloss.core.store.AtomicFiles;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.ui.files.AnnotationFileService;

/**
 * The workbench's {@link AnnotationFileService} (a DS component): routes each write through the
 * open session of the article, or writes the file on disk under the writers' lock.
 */
public final class AnnotationFileOwner implements AnnotationFileService {

	@Override
	public void edit(IFile annotationFile, String label, Edit edit, IProgressMonitor monitor) throws CoreException {
		AtomicReference<Object> outcome = new AtomicReference<>();
		onUiThread(() -> {
			GlossSession session = readySessionOf(annotationFile);
			if (session == null) {
				return;
			}
			try {
				session.changeAnnotations(label, edit);
				outcome.set(Boolean.TRUE);
			} catch (CoreException | RuntimeException e) {
				outcome.set(e);
			}
		});
		if (outcome.get() instanceof CoreException e) {
			throw e;
		}
		if (outcome.get() instanceof RuntimeException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Service_failed, annotationFile.getFullPath(),
					e.getMessage()), e));
		}
		if (outcome.get() == null) {
			editOnDisk(annotationFile, edit, monitor);
		}
	}

	/** Not open in an editor (or held back there): load, change and replace the file under the lock. */
	private static void editOnDisk(IFile annotationFile, Edit edit, IProgressMonitor monitor) throws CoreException {
		if (annotationFile.getLocation() == null) {
			throw new CoreException(Status.error(NLS.bind(Messages.Service_notLocal, annotationFile.getFullPath())));
		}
		Path path = annotationFile.getLocation().toPath();
		try (AutoCloseable lock = FileStamps.lock(path)) {
			byte[] bytes = Files.readAllBytes(path);
			AnnotatedDocument document = GlossSession.STORE.load(new ByteArrayInputStream(bytes), path);
			String text = textOf(AnnotationFileService.articleOf(annotationFile), document);
			if (!edit.apply(document, text)) {
				return;
			}
			byte[] changed = GlossSession.STORE.toBytes(document);
			LocalHistory.keep(annotationFile);
			AtomicFiles.write(path, out -> out.write(changed));
		} catch (CoreException e) {
			throw e;
		} catch (NoSuchFileException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Service_missing, annotationFile.getFullPath()), e));
		} catch (Exception e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Service_failed, annotationFile.getFullPath(),
					e.getMessage()), e));
		}
		annotationFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
	}

	private static String textOf(IFile article, AnnotatedDocument document) {
		if (article.getLocation() == null) {
			return null;
		}
		try {
			return ArticleText.read(article.getLocation().toPath(), document.getCharset()).text();
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public void flush(Path folder) {
		onUiThread(() -> {
			for (GlossSession session : sessionsUnder(folder)) {
				try {
					session.flush(10_000);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		});
	}

	@Override
	public <T> T runWriter(Path folder, Callable<T> writer, IProgressMonitor monitor) throws Exception {
		flush(folder);
		try {
			return writer.call();
		} finally {
			// the open articles hear of the new content through the refresh: read again, or merged when unsaved
			for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
					.findContainersForLocationURI(folder.toAbsolutePath().toUri())) {
				container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			}
		}
	}

	private static GlossSession readySessionOf(IFile annotationFile) {
		for (GlossSession session : GlossSessions.get().sessions()) {
			if (session.isReady() && session.annotationFile().equals(annotationFile)) {
				return session;
			}
		}
		return null;
	}

	private static List<GlossSession> sessionsUnder(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		List<GlossSession> found = new ArrayList<>();
		for (GlossSession session : GlossSessions.get().sessions()) {
			if (session.annotationPath().toAbsolutePath().normalize().startsWith(absolute)) {
				found.add(session);
			}
		}
		return found;
	}

	private static void onUiThread(Runnable runnable) {
		Display display = Display.getCurrent();
		if (display != null) {
			runnable.run();
		} else if (!Display.getDefault().isDisposed()) {
			Display.getDefault().syncExec(runnable);
		}
	}
}
