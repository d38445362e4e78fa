/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.team.ui.internal.markers.MarkerService;

/** A workspace project with articles annotated through the Gloss API. */
final class Workspace {

	static final String ARTICLE = "Officials in Sinuiju said 40 lorries crossed the bridge on Monday.\n\n"
			+ "A trader, who gave only her family name, said prices for rice rose by a fifth.\n\n"
			+ "The customs office did not answer questions about the closure of the second gate.\n";

	private Workspace() {
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	/** Writes an article and annotates the given passages as claims (each with a source). */
	static IFile annotatedArticle(IProject project, String path, String... passages) throws Exception {
		Path folder = project.getLocation().toFile().toPath();
		Path file = folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
		Corpus corpus = Corpus.open(folder).withCreator("analyst");
		CorpusDocument document = corpus.open(corpus.article(path));
		for (String passage : passages) {
			int at = ARTICLE.indexOf(passage);
			document.add(AnnotationType.CLAIM, at, at + passage.length());
		}
		document.save();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project.getFile(path);
	}

	static String read(IFile file) throws IOException {
		return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
	}

	/** Waits until the marker job has caught up with the workspace. */
	static void waitForMarkers() throws InterruptedException {
		Job.getJobManager().join(MarkerService.FAMILY, null);
		// the listener may have scheduled the job with a delay just now
		Thread.sleep(300);
		Job.getJobManager().join(MarkerService.FAMILY, null);
	}
}
