/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Source;
import dev.gloss.model.Status;

/** The team rules in {@code GlossValidator}, as {@code CorpusDocument.check()} (and so stats, validate) report them. */
class SchemaRulesTest {

	@TempDir
	Path folder;

	private CorpusDocument document;
	private Claim claim;

	@BeforeEach
	void annotate() throws IOException {
		Fixtures.write(folder, "convoy.txt", Fixtures.article(Fixtures.CONVOY));
		Corpus corpus = Corpus.open(folder).withCreator("ana");
		document = corpus.open(corpus.article("convoy.txt"));
		claim = (Claim) Fixtures.mark(document, AnnotationType.CLAIM, "fuel shortages along the route");
		claim.getSources().add((Source) Fixtures.mark(document, AnnotationType.SOURCE, "A driver who asked not to be named"));
		((Count) Fixtures.mark(document, AnnotationType.COUNT, "38 grain lorries")).setValue(new BigDecimal(38));
	}

	@Test
	void aCompleteDocumentHasNoProblems() {
		assertEquals(List.of(), document.check());
	}

	@Test
	void aClaimWithoutSourceIsAWarningNamingIt() {
		claim.getSources().clear();
		Problem problem = only();
		assertEquals(Problem.Severity.WARNING, problem.severity());
		assertEquals("Claim 'fuel shortages along the route' (" + claim.getId()
				+ ") has no source: link it to who makes the claim (a Source annotation)", problem.message());
		assertEquals(7, problem.line(), "placed at the claim in the article");
	}

	@Test
	void aCountWithNeitherValueNorRangeIsAnError() {
		Count count = (Count) Fixtures.mark(document, AnnotationType.COUNT, "about three weeks");
		Problem problem = only();
		assertEquals(Problem.Severity.ERROR, problem.severity());
		assertTrue(problem.message().contains(count.getId()) && problem.message().contains("a value or a range"));
		count.setMax(new BigDecimal(3));
		assertEquals(List.of(), document.check(), "an open-ended range is enough");
	}

	@Test
	void anOrphanIsAWarningAndItsStaleOffsetsAreNotAnError() {
		Annotation orphan = document.annotations().get(0);
		orphan.setOrphaned(true);
		orphan.setEnd(orphan.getBegin()); // where its passage used to be
		Problem problem = only();
		assertEquals(Problem.Severity.WARNING, problem.severity());
		assertTrue(problem.message().contains("is orphaned"), problem.message());
	}

	@Test
	void eachMergeConflictIsAWarningWithBothValues() {
		Conflict conflict = GlossFactory.eINSTANCE.createConflict();
		conflict.setFeature("certainty");
		conflict.setBase("unspecified");
		conflict.setOurs("alleged");
		conflict.setTheirs("reported");
		conflict.setTheirsCreator("ben");
		claim.getConflicts().add(conflict);
		claim.setStatus(Status.DISPUTED);
		Problem problem = only();
		assertEquals(Problem.Severity.WARNING, problem.severity());
		assertTrue(problem.message().endsWith("merge conflict on certainty: 'alleged' here, 'reported' on the other "
				+ "branch (by ben), 'unspecified' before; keep one and remove the conflict"), problem.message());
		claim.setStatus(Status.CONFIRMED);
		assertEquals(2, document.check().size(), "a conflict on an annotation not marked disputed is reported too");
	}

	@Test
	void anEmptyPassageIsAWarning() {
		Annotation empty = document.add(AnnotationType.LOCATION, 10, 10);
		Problem problem = only();
		assertEquals(Problem.Severity.WARNING, problem.severity());
		assertTrue(problem.message().contains(empty.getId()) && problem.message().contains("marks no text"));
	}

	private Problem only() {
		List<Problem> problems = document.check();
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
