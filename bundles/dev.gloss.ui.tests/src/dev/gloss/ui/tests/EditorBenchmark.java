/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.tests;

import static dev.gloss.ui.tests.Workbench.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.ui.commands.AnnotationEdits;
import dev.gloss.ui.highlight.SessionHighlighter;
import dev.gloss.ui.session.GlossSession;
import dev.gloss.ui.session.GlossSessions;

/**
 * Workbench benchmark, not a test: a 5 MB article with 50,000 annotations in Eclipse's Text
 * Editor. Measures the time from opening to visible highlights (painted), the time per keystroke
 * (a KeyDown to the editor's StyledText, until the display is idle and repainted), scrolling, and
 * what an annotation change costs the UI thread at that size. Prints the figures and writes them
 * to target/benchmark/editor.txt.
 *
 * <p>Run: {@code NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -o verify
 * -pl bundles/dev.gloss.ui.tests -am -Pbenchmark}
 */
class EditorBenchmark {

	private static final int TARGET_CHARS = 5_200_000;
	private static final int ANNOTATIONS = 50_000;
	private static final int OPEN_ROUNDS = 5;
	private static final int KEYS = 400;
	/** Keys typed first and not counted: the JIT compiles the typing path. */
	private static final int WARMUP_KEYS = 100;

	private static final String[] WORDS = ("the a of in on at to from near across river bridge port market county "
			+ "officials said reported trucks barges tonnes coal rice fuel convoy customs clerk traders night "
			+ "week month prices fell rose crossed loaded moved border province city village road station "
			+ "according witnesses photographs satellite images showed about dozen hundreds several").split(" ");

	private final List<String> report = new ArrayList<>();

	@Test
	void fiveMegabytesFiftyThousandAnnotations() throws Exception {
		IProject project = project("benchmark");
		Random random = new Random(42);
		String text = article(random);
		IFile article = project.getFile("big-article.txt");
		if (article.exists()) {
			article.delete(true, null);
		}
		article.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		article.setCharset("UTF-8", null);
		writeAnnotations(article, text, random);
		line("article: %,d characters, %,d lines; annotations: %,d", text.length(), text.split("\n").length,
				ANNOTATIONS);

		// the editor alone on the same article, without Gloss annotations, for comparison
		Path gloss = GlossStore.annotationFileOf(article.getLocation().toPath());
		Path aside = gloss.resolveSibling("aside.bin");
		Files.move(gloss, aside);
		List<Double> plain = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			page().closeAllEditors(false);
			settle(300);
			long start = System.nanoTime();
			ITextEditor opened = (ITextEditor) org.eclipse.ui.ide.IDE.openEditor(page(), article,
					"org.eclipse.ui.DefaultTextEditor", true);
			drain(opened);
			plain.add(ms(start));
		}
		ITextEditor plainEditor = (ITextEditor) page().getActiveEditor();
		plainEditor.selectAndReveal(text.length() / 2, 0);
		drain(plainEditor);
		settle(500);
		double[] plainKeys = type(plainEditor);
		line("typing in the editor alone (no Gloss annotations), ms per key: median %.2f, p90 %.2f, p99 %.2f, max %.2f",
				plainKeys[KEYS / 2], plainKeys[KEYS * 90 / 100], plainKeys[KEYS * 99 / 100], plainKeys[KEYS - 1]);
		plainEditor.doRevertToSaved();
		page().closeAllEditors(false);
		settle(300);
		Files.move(aside, gloss);
		line("open without annotations (the editor alone), ms: %s", plain.stream().map(v -> String.format("%.0f", v)).toList());

		List<Double> opens = new ArrayList<>();
		ITextEditor editor = null;
		for (int round = 0; round < OPEN_ROUNDS; round++) {
			page().closeAllEditors(false);
			settle(300);
			System.gc();
			long start = System.nanoTime();
			editor = (ITextEditor) org.eclipse.ui.ide.IDE.openEditor(page(), article, "org.eclipse.ui.DefaultTextEditor",
					true);
			ITextEditor opened = editor;
			double created = ms(start);
			waitUntil("highlights", () -> {
				GlossSession s = GlossSessions.get().sessionOf(opened, false);
				SessionHighlighter h = s == null ? null : GlossSessions.get().highlighterOf(s);
				return h != null && h.counts()[0] > 0;
			});
			drain(opened);
			opens.add(ms(start));
			waitUntil("annotations loaded", () -> {
				GlossSession s = GlossSessions.get().sessionOf(opened, false);
				return s != null && s.isReady();
			});
			drain(opened);
			double ready = ms(start);
			line("  open round %d: editor created %.0f ms, highlights painted %.0f ms, full model loaded %.0f ms",
					round + 1, created, opens.get(opens.size() - 1), ready);
		}
		long loadStart = System.nanoTime();
		new GlossStore().load(GlossStore.annotationFileOf(article.getLocation().toPath()));
		line("reading the annotation file alone (EMF XMI, %,d annotations): %.0f ms", ANNOTATIONS, ms(loadStart));
		line("open to visible highlights (painted), ms: first %.0f, then %s", opens.get(0),
				opens.subList(1, opens.size()).stream().map(v -> String.format("%.0f", v)).toList());

		GlossSession session = GlossSessions.get().sessionOf(editor, false);
		SessionHighlighter highlighter = GlossSessions.get().highlighterOf(session);
		settle(600);
		line("editor annotation model holds: %d passages, %d overview marks (of %,d annotations)",
				highlighter.counts()[0], highlighter.counts()[1], session.index().size());

		ITextViewer viewer = GlossSessions.viewerOf(editor);
		// type in the middle of the article, inside annotated text
		Annotation middle = session.index().get(session.index().size() / 2);
		editor.selectAndReveal(middle.getBegin() + 1, 0);
		drain(editor);
		settle(500);
		double[] keys = type(editor);
		line("typing (%d keys after 100 warm-up keys, 1 in 4 a backspace), ms per key: median %.2f, p90 %.2f, p99 %.2f, max %.2f", KEYS,
				keys[KEYS / 2], keys[KEYS * 90 / 100], keys[KEYS * 99 / 100], keys[KEYS - 1]);

		// Gloss's own share of a keystroke, without the editor's: moving 50,000 offsets and
		// recomputing the window (insert a character and take it out again, 2,000 times)
		int caret = GlossSessions.viewerOf(editor).getTextWidget().getCaretOffset();
		var index = session.index();
		long edits = System.nanoTime();
		for (int i = 0; i < 2000; i++) {
			index.applyEdit(caret, 0, 1);
			index.applyEdit(caret, 1, 0);
		}
		double perEdit = ms(edits) / 4000;
		long windows = System.nanoTime();
		for (int i = 0; i < 2000; i++) {
			highlighter.update();
		}
		double perWindow = ms(windows) / 2000;
		line("Gloss's own work per keystroke at 50,000 annotations: moving the offsets %.3f ms, "
				+ "recomputing the highlighted window %.3f ms", perEdit, perWindow);

		double[] pages = new double[20];
		int visible = viewer.getBottomIndex() - viewer.getTopIndex();
		for (int i = 0; i < pages.length; i++) {
			long start = System.nanoTime();
			viewer.setTopIndex(viewer.getTopIndex() + visible);
			drain(editor);
			pages[i] = ms(start);
		}
		line("scrolling 20 pages, ms: total %.0f, per page max %.1f", Arrays.stream(pages).sum(),
				Arrays.stream(pages).max().orElse(0));

		// an annotation change at this size: UI-thread cost, and time until it is on disk
		editor.doSave(null);
		drain(editor);
		session.flush(60_000);
		List<Double> uis = new ArrayList<>();
		List<Double> disks = new ArrayList<>();
		for (int round = 0; round < 6; round++) {
			int at = session.document().getLineOffset(viewer.getTopIndex() + 2 + round);
			long start = System.nanoTime();
			AnnotationEdits.create(session, AnnotationType.CLAIM, at, at + 12);
			double ui = ms(start);
			long flushStart = System.nanoTime();
			session.flush(60_000);
			uis.add(ui);
			disks.add(ui + ms(flushStart));
			drain(editor);
		}
		line("new annotation at %,d annotations, 6 times: UI thread ms %s; on disk after ms %s (background save)",
				session.index().size(), uis.stream().map(v -> String.format("%.1f", v)).toList(),
				disks.stream().map(v -> String.format("%.0f", v)).toList());
		page().closeAllEditors(false);

		Path out = Path.of(System.getProperty("gloss.out", "target"), "benchmark", "editor.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, report);
	}

	/** Types KEYS keys (after WARMUP_KEYS uncounted ones) at the caret; sorted times in ms. */
	private static double[] type(ITextEditor editor) {
		StyledText widget = GlossSessions.viewerOf(editor).getTextWidget();
		double[] keys = new double[KEYS];
		for (int i = -WARMUP_KEYS; i < KEYS; i++) {
			boolean delete = Math.floorMod(i, 4) == 3;
			Event event = new Event();
			event.character = delete ? SWT.BS : (char) ('a' + Math.floorMod(i, 26));
			event.keyCode = delete ? SWT.BS : event.character;
			long start = System.nanoTime();
			widget.notifyListeners(SWT.KeyDown, event);
			drain(editor);
			if (i >= 0) {
				keys[i] = ms(start);
			}
		}
		Arrays.sort(keys);
		return keys;
	}

	private void line(String format, Object... args) {
		String line = String.format(format, args);
		report.add(line);
		System.out.println("[editor benchmark] " + line);
	}

	private static double ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}

	/** Until the editor has painted and no event is left. */
	private static void drain(ITextEditor editor) {
		Display display = display();
		StyledText widget = GlossSessions.viewerOf(editor).getTextWidget();
		do {
			widget.update();
		} while (display.readAndDispatch());
	}

	private static String article(Random random) {
		StringBuilder out = new StringBuilder(TARGET_CHARS + 200);
		while (out.length() < TARGET_CHARS) {
			int words = 8 + random.nextInt(8);
			for (int w = 0; w < words; w++) {
				String word = WORDS[random.nextInt(WORDS.length)];
				out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
				out.append(w == words - 1 ? ".\n" : " ");
			}
		}
		return out.toString();
	}

	private static void writeAnnotations(IFile article, String text, Random random) throws Exception {
		GlossStore store = new GlossStore();
		Path file = GlossStore.annotationFileOf(article.getLocation().toPath());
		AnnotatedDocument document = store.newDocument(file, article.getName(), "UTF-8", TextHash.of(text));
		int stride = text.length() / ANNOTATIONS;
		AnnotationType[] types = AnnotationType.values();
		for (int i = 0; i < ANNOTATIONS; i++) {
			int begin = i * stride + random.nextInt(Math.max(1, stride / 2));
			int end = Math.min(text.length(), begin + 5 + random.nextInt(40));
			Annotation annotation = types[random.nextInt(types.length)].create();
			annotation.setId(new UUID(random.nextLong(), random.nextLong()).toString());
			Anchors.anchor(annotation, text, begin, end);
			annotation.setCreator("benchmark");
			document.getAnnotations().add(annotation);
		}
		store.save(document, file);
		article.getParent().refreshLocal(1, null);
	}
}
