/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.index.AnnotationIndex;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.QuoteRefresh;
import dev.gloss.core.text.TextHash;
import dev.gloss.core.store.AnnotationFileNames;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;

/** The editor's offset index and quote refresh, without a workbench. */
class AnnotationIndexTest {

	private static final String TEXT = "The mayor said 40 trucks crossed the bridge at night.";

	private static Annotation at(AnnotationType type, String passage) {
		Annotation annotation = type.create();
		int begin = TEXT.indexOf(passage);
		Anchors.anchor(annotation, TEXT, begin, begin + passage.length());
		return annotation;
	}

	@Test
	void editsMoveFollowingPassagesAndADeletedPassageBecomesAnOrphan() {
		Annotation mayor = at(AnnotationType.SOURCE, "The mayor");
		Annotation trucks = at(AnnotationType.COUNT, "40 trucks");
		Annotation bridge = at(AnnotationType.LOCATION, "the bridge");
		AnnotationIndex index = new AnnotationIndex();
		index.rebuild(List.of(bridge, mayor, trucks));
		assertEquals(mayor, index.get(0), "in document order whatever the order given");

		// "Reportedly, " typed at the start
		index.applyEdit(0, 0, 12);
		assertEquals(12, index.begin(0));
		assertEquals(12 + TEXT.indexOf("40 trucks"), index.begin(1));

		// "40 trucks " deleted whole: orphaned, collapsed at the edit; the bridge moves back
		int cut = 12 + TEXT.indexOf("40 trucks");
		AnnotationIndex.EditEffect effect = index.applyEdit(cut, 10, 0);
		assertEquals(1, effect.orphaned());
		assertTrue(trucks.isOrphaned());
		assertEquals(12 + TEXT.indexOf("the bridge") - 10, index.begin(index.indexOf(bridge)));

		// the objects follow only when asked (a 50,000-annotation edit must not touch every object)
		assertTrue(index.objectsStale());
		index.syncObjects();
		assertEquals(12 + TEXT.indexOf("the bridge") - 10, bridge.getBegin());
	}

	@Test
	void overlapAndNavigation() {
		Annotation claim = at(AnnotationType.CLAIM, "The mayor said 40 trucks crossed");
		Annotation trucks = at(AnnotationType.COUNT, "40 trucks");
		Annotation bridge = at(AnnotationType.LOCATION, "the bridge");
		AnnotationIndex index = new AnnotationIndex();
		index.rebuild(List.of(claim, trucks, bridge));
		List<Annotation> hits = new ArrayList<>(index.overlapping(TEXT.indexOf("trucks"), TEXT.indexOf("trucks") + 1));
		assertEquals(List.of(claim, trucks), hits);
		assertEquals(trucks, index.get(index.next(TEXT.indexOf("40") - 1)));
		assertEquals(bridge, index.get(index.next(TEXT.indexOf("40"))));
		assertEquals(trucks, index.get(index.previous(TEXT.indexOf("the bridge"))));
	}

	@Test
	void quotesFollowTheSavedTextAndAPassageOutsideItIsOrphaned() {
		AnnotatedDocument document = new GlossStore().newDocument(null, "a.txt", "UTF-8", TextHash.of(TEXT));
		Annotation trucks = at(AnnotationType.COUNT, "40 trucks");
		Annotation bridge = at(AnnotationType.LOCATION, "the bridge");
		document.getAnnotations().add(trucks);
		document.getAnnotations().add(bridge);
		String saved = TEXT.replace("40 trucks", "41 trucks").substring(0, TEXT.indexOf("the bridge") + 3);
		QuoteRefresh.refresh(document, saved);
		assertEquals("41 trucks", trucks.getQuote());
		assertFalse(trucks.isOrphaned());
		assertTrue(bridge.isOrphaned(), "its passage is no longer in the text");
		assertEquals("the bridge", bridge.getQuote(), "an orphan keeps its quote");
		assertEquals(TextHash.of(saved), document.getTextHash());
	}

	@Test
	void oneRuleNamesTheAnnotationFile() {
		assertEquals("report.txt.gloss", AnnotationFileNames.annotationFileName("report.txt"));
		assertEquals("report.txt", AnnotationFileNames.articleName("report.txt.gloss"));
		assertTrue(AnnotationFileNames.isAnnotationFileName("report.txt.gloss"));
		assertFalse(AnnotationFileNames.isAnnotationFileName(".gloss"));
		assertFalse(AnnotationFileNames.isAnnotationFileName("report.txt"));
		assertEquals(java.nio.file.Path.of("a", "report.txt.gloss"),
				GlossStore.annotationFileOf(java.nio.file.Path.of("a", "report.txt")));
		assertEquals(java.nio.file.Path.of("a", "report.txt"),
				GlossStore.articleOf(java.nio.file.Path.of("a", "report.txt.gloss")));
	}
}
