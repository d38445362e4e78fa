/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.Location;
import dev.gloss.model.Source;
import dev.gloss.model.validation.GlossValidator;

/** The model's rules, as a user meets them: one clear message per broken rule, naming the annotation. */
class ValidationTest {

	@TempDir
	Path folder;

	private CorpusDocument document;
	private Claim claim;

	@BeforeEach
	void annotate() throws IOException {
		document = Fixtures.openFresh(folder, "report.txt");
		claim = Fixtures.annotateAll(document);
	}

	@Test
	void aCompleteDocumentIsValid() {
		assertEquals(List.of(), document.check());
		assertEquals(Diagnostic.OK, GlossValidator.validate(document.model(), Fixtures.TEXT).getSeverity());
	}

	@Test
	void offsetsMustLieInsideTheText() {
		claim.setEnd(Fixtures.TEXT.length() + 5);
		assertEquals(GlossValidator.OFFSETS_OUT_OF_RANGE, onlyCode());
		claim.setEnd(claim.getBegin() - 1);
		assertEquals(GlossValidator.OFFSETS_OUT_OF_RANGE, onlyCode());
		claim.setBegin(-1);
		assertEquals(GlossValidator.OFFSETS_OUT_OF_RANGE, onlyCode());
	}

	@Test
	void theQuoteMustMatchTheText() {
		claim.setBegin(claim.getBegin() + 1);
		Problem problem = onlyProblem();
		assertTrue(problem.message().contains("does not match the article text"), problem.message());
		assertTrue(problem.message().startsWith("Claim 'A driver in 丹东"), problem.message());
		assertEquals(document.article().file(), problem.file());
		assertEquals(4, problem.line(), "placed at the claim's line in the article");
		assertEquals(2, problem.column());
	}

	@Test
	void aCountNeedsAValueOrARangeInOrder() {
		Count count = claim.getCounts().get(0);
		count.setMin(null);
		assertEquals(GlossValidator.COUNT_WITHOUT_NUMBER, onlyCode());
		count.setMax(new BigDecimal("500"));
		assertEquals(List.of(), document.check(), "an open lower end is a range too");
		count.setMin(new BigDecimal("600"));
		assertEquals(GlossValidator.COUNT_RANGE_REVERSED, onlyCode());
		count.setMin(null);
		count.setMax(null);
		count.setValue(new BigDecimal("27"));
		assertEquals(List.of(), document.check());
	}

	@Test
	void aFreshlyMarkedCountIsIncompleteAWarningNeverAnError() {
		Count count = claim.getCounts().get(0);
		count.setMin(null);
		count.setMax(null);
		count.setValue(null);
		Diagnostic result = GlossValidator.validate(document.model(), Fixtures.TEXT);
		assertEquals(Diagnostic.WARNING, result.getSeverity(), result.toString());
		assertEquals(GlossValidator.COUNT_WITHOUT_NUMBER, result.getChildren().get(0).getCode());
		Problem problem = onlyProblem();
		assertEquals(Problem.Severity.WARNING, problem.severity());
		assertTrue(problem.message().contains("is incomplete"), problem.message());
	}

	@Test
	void linksMustStayInsideTheDocument() {
		// a source of another loaded annotation file: EMF sees nothing dangling, Gloss's rule does
		AnnotatedDocument other = new GlossStore().newDocument(folder.resolve("other.txt.gloss"), "other.txt",
				"UTF-8", null);
		Source stranger = GlossFactory.eINSTANCE.createSource();
		stranger.setId("elsewhere");
		other.getAnnotations().add(stranger);
		claim.getSources().add(stranger);
		assertEquals(GlossValidator.REFERENCE_OUTSIDE_DOCUMENT, onlyCode());
	}

	@Test
	void credibilityIsOnTheAdmiraltyScale() {
		claim.setCredibility(7);
		assertEquals(GlossValidator.CREDIBILITY_OUT_OF_RANGE, onlyCode());
		claim.setCredibility(6);
		assertEquals(List.of(), document.check());
	}

	@Test
	void locationsNeedIsoCodesAndWholeCoordinates() {
		Location location = claim.getLocations().get(0);
		location.setCountryCode("kp");
		assertEquals(GlossValidator.COUNTRY_CODE_INVALID, onlyCode());
		location.setCountryCode("KP");
		location.setLongitude(null);
		assertEquals(GlossValidator.COORDINATES_INVALID, onlyCode());
		location.setLongitude(200.0);
		assertEquals(GlossValidator.COORDINATES_INVALID, onlyCode());
	}

	@Test
	void idsMustBeUnique() {
		claim.setId(claim.getSources().get(0).getId());
		Diagnostic result = GlossValidator.validate(document.model(), Fixtures.TEXT);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		// once, in plain words, naming both annotations
		assertEquals(GlossValidator.DUPLICATE_ID, onlyCode());
		Problem problem = onlyProblem();
		assertTrue(problem.message().contains("its id " + claim.getId() + " is also the id of"), problem.message());
		claim.setId(java.util.UUID.randomUUID().toString());
		assertEquals(List.of(), document.check());
	}

	private int onlyCode() {
		Diagnostic result = GlossValidator.validate(document.model(), Fixtures.TEXT);
		assertEquals(1, result.getChildren().size(), result.getChildren().toString());
		return result.getChildren().get(0).getCode();
	}

	private Problem onlyProblem() {
		List<Problem> problems = document.check();
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
