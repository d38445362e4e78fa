/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.Test;

import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.TextHash;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.GlossFactory;
import dev.gloss.team.ui.internal.compare.AnnotationStructureCreator;

/** The compare editor's structure pane sees annotations: added, removed and changed ones. */
class CompareStructureTest {

	@Test
	void twoVersionsDifferByAnnotation() throws Exception {
		GlossStore store = new GlossStore();
		AnnotatedDocument before = store.newDocument(null, "a.txt", "UTF-8", TextHash.of(Workspace.ARTICLE));
		Claim kept = claim(before, "k", "40 lorries crossed the bridge");
		claim(before, "r", "prices for rice rose by a fifth");
		byte[] old = store.toBytes(before);

		kept.setCertainty(Certainty.REPORTED);
		before.getAnnotations().remove(1);
		claim(before, "a", "The customs office did not answer");
		byte[] now = store.toBytes(before);

		AnnotationStructureCreator creator = new AnnotationStructureCreator();
		// two-way, the Differencer reads the right side as the newer one
		IStructureComparator left = creator.getStructure(input(old));
		IStructureComparator right = creator.getStructure(input(now));
		assertNotNull(left);
		DiffNode root = (DiffNode) new Differencer().findDifferences(false, null, null, null, left, right);
		Map<String, Integer> kinds = new TreeMap<>();
		for (IDiffElement child : root.getChildren()) {
			kinds.put(child.getName(), child.getKind());
		}
		int addition = Differencer.ADDITION;
		int deletion = Differencer.DELETION;
		int change = Differencer.CHANGE;
		assertEquals(Map.of(
				"Claim '40 lorries crossed the bridge' 26..55", change,
				"Claim 'The customs office did not answer' " + span("The customs office did not answer"), addition,
				"Claim 'prices for rice rose by a fifth' " + span("prices for rice rose by a fifth"), deletion), kinds);
		String content = creator.getContents(right.getChildren()[0], false);
		assertTrue(content.contains("certainty: reported"), content);
	}

	private static String span(String passage) {
		int at = Workspace.ARTICLE.indexOf(passage);
		return at + ".." + (at + passage.length());
	}

	private static Claim claim(AnnotatedDocument document, String id, String passage) {
		Claim claim = GlossFactory.eINSTANCE.createClaim();
		claim.setId(id);
		int at = Workspace.ARTICLE.indexOf(passage);
		Anchors.anchor(claim, Workspace.ARTICLE, at, at + passage.length());
		document.getAnnotations().add(claim);
		return claim;
	}

	private static Object input(byte[] bytes) {
		return new Input(bytes);
	}

	private record Input(byte[] bytes) implements IStreamContentAccessor, ITypedElement {
		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public String getName() {
			return "a.txt.gloss";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return "gloss";
		}
	}

}
