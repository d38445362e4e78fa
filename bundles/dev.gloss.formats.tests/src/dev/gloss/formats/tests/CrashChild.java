/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.gloss.cli.Main;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.WriteLock;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;

/**
 * What {@link CrashTest} kills: {@code save FILE} saves the annotation file again and again, one
 * annotation more each time, and prints the count after each save; {@code import ARGS...} is the
 * real {@code gloss import}.
 */
public final class CrashChild {

	private CrashChild() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("save")) {
			Path file = Path.of(args[1]);
			GlossStore store = new GlossStore();
			AnnotatedDocument document = store.load(file);
			PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
			out.println("ready " + document.getAnnotations().size());
			for (int k = document.getAnnotations().size();; k++) {
				Location location = GlossFactory.eINSTANCE.createLocation();
				location.setId(String.format("loc-%06d", k));
				location.setBegin(k % 40);
				location.setEnd(k % 40 + 1);
				location.setComment("added by save " + k + " of a crash test");
				document.getAnnotations().add(location);
				try (WriteLock lock = WriteLock.acquire(file)) {
					store.save(document, file);
				}
				out.println("saved " + document.getAnnotations().size());
			}
		}
		String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
		System.out.println("ready");
		System.exit(new Main(System.out, System.err).run(rest));
	}
}
