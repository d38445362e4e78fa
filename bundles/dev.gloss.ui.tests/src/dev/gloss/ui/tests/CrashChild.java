/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.FileStamp;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.ui.session.DiskWrite;

/**
 * A child JVM for {@link SessionCrashTest}: runs the session's save step ({@link DiskWrite}) in a
 * loop, one more annotation each time, and reports each write that returned, until it is killed.
 * With {@code once}, writes one more time and exits, as the next run after a crash would.
 */
public final class CrashChild {

	private CrashChild() {
	}

	public static void main(String[] args) throws Exception {
		Path article = Path.of(args[0]);
		boolean once = args.length > 1 && args[1].equals("once");
		Path target = GlossStore.annotationFileOf(article);
		// what a session does first in a folder: settle what a crashed writer left
		DiskWrite.recoverOnce(target.toAbsolutePath().getParent());
		String text = Files.readString(article, StandardCharsets.UTF_8);
		GlossStore store = new GlossStore();
		AnnotatedDocument model = Files.exists(target) ? store.load(target)
				: store.newDocument(target, article.getFileName().toString(), "UTF-8", TextHash.of(text));
		String stamp = FileStamp.of(target);
		int lines = text.split("\n").length;
		for (int i = model.getAnnotations().size();; i++) {
			int at = text.indexOf("Line " + (i % lines) + ":");
			Annotation annotation = AnnotationType.LOCATION.create();
			Anchors.anchor(annotation, text, at, at + 4);
			model.getAnnotations().add(annotation);
			stamp = DiskWrite.replace(target, store.toBytes(model), stamp, null);
			System.out.println("WROTE " + model.getAnnotations().size());
			System.out.flush();
			if (once) {
				return;
			}
		}
	}
}
