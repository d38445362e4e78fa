/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.team.agreement.Agreement;
import dev.gloss.team.agreement.AgreementReport;
import dev.gloss.team.agreement.AgreementReport.Row;
import dev.gloss.team.agreement.AgreementSources;
import dev.gloss.team.agreement.AgreementStudy;
import dev.gloss.team.agreement.AgreementWriter;

/** Agreement figures checked against values worked out by hand. */
class AgreementTest {

	private static final double EPSILON = 1e-4;

	/**
	 * Text "Ann saw Bob in Rome and Paris today." (36 characters; tokens Ann saw Bob in Rome and
	 * Paris today = 8). Annotator a: Location "Rome" [15,19), Location "Paris" [24,29), Source "Ann"
	 * [0,3). Annotator b: Location "Rome" [15,19), Location "Paris today" [24,35), Source "Bob" [8,11).
	 *
	 * <pre>
	 * Location, a as reference:
	 *   exact:   1 match (Rome) of 2 and 2: P = R = F1 = 0.5
	 *   overlap: Rome-Rome, Paris-"Paris today": 2 of 2 and 2: P = R = F1 = 1
	 *   tokens covered: a {Rome, Paris}, b {Rome, Paris, today}: both 2, only a 0, only b 1, neither 5
	 *     po = 7/8 = 0.875; pe = 2/8 * 3/8 + 6/8 * 5/8 = 0.5625; kappa = 0.3125 / 0.4375 = 0.714286
	 *   alpha_U, L = 36, m = 2:
	 *     a units 4, 5, gaps 15, 5, 7; b units 4, 11, gaps 15, 5, 1
	 *     D_o: Rome/Rome 0; Paris/"Paris today" 0^2 + (29-35)^2 = 36; both directions 72
	 *          72 / (2 * 1 * 36^2) = 0.0277778
	 *     D_e: N = 4; denominator 72 * 71 - (4*3 + 5*4 + 4*3 + 11*10) = 5112 - 154 = 4958
	 *          l=4 (twice): 1 * (128 - 48 + 4) + 16 * (12+2+4+12+2) = 84 + 512 = 596, twice 1192
	 *          l=5:  180 + 25 * (11+1+3+11+1) = 180 + 675 = 855
	 *          l=11: 2310 + 121 * (5+5) = 3520;  sum 5567
	 *          D_e = 2/36 * 5567 / 4958 = 0.0623795
	 *     alpha = 1 - 0.0277778 / 0.0623795 = 0.554697
	 * Source: exact 0, overlap 0 of 1 and 1: P = R = F1 = 0
	 *   tokens: a {Ann}, b {Bob}: both 0, only a 1, only b 1, neither 6
	 *     po = 0.75; pe = 1/64 + 49/64 = 0.78125; kappa = -0.03125 / 0.21875 = -0.142857
	 *   alpha_U: a unit 3 in b's gap [0,8): 9; b unit 3 in a's gap [3,36): 9; both directions 36
	 *     D_o = 36 / 2592 = 0.0138889
	 *     D_e: N = 2; denominator 5112 - (6 + 6) = 5100; each unit: 1/3 * (54 - 27 + 3) = 10
	 *          + 9 * ((33-3+1) + (8-3+1) + (25-3+1)) = 9 * 60 = 540 -> 550, twice 1100
	 *          D_e = 2/36 * 1100 / 5100 = 0.0119826; alpha = 1 - 1.159091 = -0.159091
	 * All types: exact 1 of 3 and 3 -> F1 = 2/6 = 0.333333; overlap 2 -> F1 = 4/6 = 0.666667
	 *   kappa on 4 types x 8 tokens = 32 items: both 2, only a 1, only b 2, neither 27
	 *     po = 29/32 = 0.90625; pe = (3*4 + 29*28) / 1024 = 0.8046875; kappa = 0.1015625 / 0.1953125 = 0.52
	 *   alpha_U = 1 - (0.0277778 + 0.0138889) / (0.0623795 + 0.0119826) = 0.439679
	 * </pre>
	 */
	@Test
	void smallCaseMatchesTheHandComputation() {
		AgreementStudy study = new AgreementStudy(List.of("a", "b"));
		study.addDocument("doc", "Ann saw Bob in Rome and Paris today.");
		study.add("a", "doc", AnnotationType.LOCATION, 15, 19);
		study.add("a", "doc", AnnotationType.LOCATION, 24, 29);
		study.add("a", "doc", AnnotationType.SOURCE, 0, 3);
		study.add("b", "doc", AnnotationType.LOCATION, 15, 19);
		study.add("b", "doc", AnnotationType.LOCATION, 24, 35);
		study.add("b", "doc", AnnotationType.SOURCE, 8, 11);
		AgreementReport report = Agreement.measure(study);
		assertEquals(8, report.tokens());

		Row location = report.row("Location");
		assertEquals(List.of(2, 2), location.units());
		assertEquals(0.5, location.exact().precision(), EPSILON);
		assertEquals(0.5, location.exact().recall(), EPSILON);
		assertEquals(0.5, location.exact().f1(), EPSILON);
		assertEquals(1.0, location.overlap().f1(), EPSILON);
		assertEquals(0.714286, location.kappa(), EPSILON);
		assertEquals(0.554697, location.alpha(), EPSILON);

		Row source = report.row("Source");
		assertEquals(0.0, source.exact().f1(), EPSILON);
		assertEquals(0.0, source.overlap().f1(), EPSILON);
		assertEquals(-0.142857, source.kappa(), EPSILON);
		assertEquals(-0.159091, source.alpha(), EPSILON);

		Row claim = report.row("Claim");
		assertTrue(Double.isNaN(claim.alpha()) && Double.isNaN(claim.kappa()), "no units: undefined, not 1 or 0");

		Row all = report.row(AgreementReport.ALL);
		assertEquals(1.0 / 3, all.exact().f1(), EPSILON);
		assertEquals(2.0 / 3, all.overlap().f1(), EPSILON);
		assertEquals(0.52, all.kappa(), EPSILON);
		assertEquals(0.439679, all.alpha(), EPSILON);
	}

	/**
	 * Krippendorff's own example (Content Analysis, 2004, p. 254): a continuum of 300 units from 150,
	 * two observers; category c: observer i [225,295) [370,400), observer j [220,300) [355,375)
	 * [400,420); category k: both [180,240) and [300,350). Published: D_o(c) = 0.0144,
	 * D_e(c) = 0.0532, alpha(c) = 0.7286, alpha(k) = 1, alpha = 0.8591.
	 *
	 * <pre>
	 * c, D_o: [225,295)/[220,300): 5^2 + 5^2 = 50; [370,400)/[355,375): 15^2 + 25^2 = 850;
	 *         [400,420) lies in i's gap [400,450): 20^2 = 400; both directions 2600 / (2 * 300^2) = 0.014444
	 * c, D_e: N = 5, gaps 75 75 50 70 55 25 30; denominator 600 * 599 - 12780 = 346620
	 *         l=70: 4/3 * 671370 + 4900 * 13 = 958860; l=30: 68440 + 900 * 181 = 231340
	 *         l=80: 1339840; l=20 (twice): 19760 + 400 * 247 = 118560 each
	 *         D_e = 2/300 * 2767160 / 346620 = 0.053222
	 * </pre>
	 */
	@Test
	void krippendorffsTextbookExample() {
		AgreementStudy study = new AgreementStudy(List.of("i", "j"));
		study.addDocument("continuum", "x".repeat(300));
		int origin = 150;
		study.add("i", "continuum", AnnotationType.CLAIM, 225 - origin, 295 - origin);
		study.add("i", "continuum", AnnotationType.CLAIM, 370 - origin, 400 - origin);
		study.add("j", "continuum", AnnotationType.CLAIM, 220 - origin, 300 - origin);
		study.add("j", "continuum", AnnotationType.CLAIM, 355 - origin, 375 - origin);
		study.add("j", "continuum", AnnotationType.CLAIM, 400 - origin, 420 - origin);
		for (String observer : List.of("i", "j")) {
			study.add(observer, "continuum", AnnotationType.SOURCE, 180 - origin, 240 - origin);
			study.add(observer, "continuum", AnnotationType.SOURCE, 300 - origin, 350 - origin);
		}
		AgreementReport report = Agreement.measure(study);
		assertEquals(0.7286, report.row("Claim").alpha(), 5e-4);
		assertEquals(1.0, report.row("Source").alpha(), EPSILON);
		assertEquals(0.8591, report.row(AgreementReport.ALL).alpha(), 5e-4);
	}

	@Test
	void creatorsOfACorpusAreTheAnnotatorsAndEveryFormatWrites(@TempDir Path folder) throws IOException {
		String text = Fixtures.article(Fixtures.CONVOY);
		Fixtures.write(folder, "convoy.txt", text);
		for (String creator : List.of("ana", "ben")) {
			Corpus corpus = Corpus.open(folder).withCreator(creator);
			CorpusDocument document = corpus.open(corpus.article("convoy.txt"));
			Fixtures.mark(document, AnnotationType.LOCATION, "Halden Cross");
			Fixtures.mark(document, AnnotationType.LOCATION, creator.equals("ana") ? "the Orrin checkpoint" : "Orrin");
			if (creator.equals("ben")) {
				Fixtures.mark(document, AnnotationType.LOCATION, "Pellow");
			}
			document.save();
		}
		AgreementReport report = Agreement.measure(AgreementSources.byCreator(Corpus.open(folder), List.of()));
		assertEquals(List.of("ana", "ben"), report.annotators());
		Row location = report.row("Location");
		assertEquals(List.of(2, 3), location.units());
		assertEquals(1, location.exact().matched());
		assertEquals(2, location.overlap().matched());
		assertEquals(2.0 / 3, location.overlap().precision(), EPSILON);
		assertEquals(1.0, location.overlap().recall(), EPSILON);

		StringWriter csv = new StringWriter();
		AgreementWriter.csv(report, csv);
		String[] lines = csv.toString().split("\r\n");
		assertEquals("type,annotator_a,annotator_b,units,exact_matched,exact_precision,exact_recall,exact_f1,"
				+ "overlap_matched,overlap_precision,overlap_recall,overlap_f1,kappa_tokens,alpha_unitizing", lines[0]);
		assertEquals(6, lines.length, "header, four types, all");
		assertTrue(lines[3].startsWith("Location,,,2/3,1,0.3333,0.5000,0.4000,2,0.6667,1.0000,0.8000,"), lines[3]);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("agreement",
				"--format", "json", folder.toString());
		assertEquals(0, exit);
		String json = out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("\"annotators\" : [ \"ana\", \"ben\" ]"), json);
		assertTrue(json.contains("\"type\" : \"Claim\""), json);
		assertTrue(json.contains("\"alphaUnitizing\" : null"), "undefined values are null in JSON: " + json);

		out.reset();
		assertEquals(0, new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("agreement",
				folder.toString()));
		String table = out.toString(StandardCharsets.UTF_8);
		assertTrue(table.contains("Agreement between ana, ben: 1 document(s)"), table);
		assertTrue(table.lines().anyMatch(line -> line.startsWith("Location  2/3")), table);
	}

	@Test
	void threeAnnotatorsArePooledOverPairsAndOrderDoesNotMatter() {
		String text = "Ann saw Bob in Rome and Paris today, then flew to Oslo.";
		int[][] a = { { 15, 19 }, { 24, 29 }, { 49, 53 } };
		int[][] b = { { 15, 19 }, { 24, 35 } };
		int[][] c = { { 15, 19 }, { 24, 29 }, { 49, 53 } };
		AgreementReport abc = Agreement.measure(study(text, List.of("a", "b", "c"), a, b, c));
		AgreementReport cab = Agreement.measure(study(text, List.of("c", "a", "b"), c, a, b));
		Row location = abc.row("Location");
		assertEquals(List.of(3, 2, 3), location.units());
		assertEquals(3 * 5, abc.pairs().size(), "three pairs, four types and all");
		// pooled exact: a-b 1 of 3/2, a-c 3 of 3/3, b-c 1 of 2/3 -> 2 * 5 / (8 + 8)
		assertEquals(10.0 / 16, location.exact().f1(), EPSILON);
		assertEquals(location.alpha(), cab.row("Location").alpha(), 1e-12);
		assertEquals(location.kappa(), cab.row("Location").kappa(), 1e-12);
		double meanKappa = abc.pairs().stream().filter(r -> r.type().equals("Location")).mapToDouble(Row::kappa)
				.average().orElseThrow();
		assertEquals(meanKappa, location.kappa(), 1e-12, "Light's kappa: the mean over pairs");

		AgreementReport same = Agreement.measure(study(text, List.of("a", "b", "c"), a, a, a));
		assertEquals(1.0, same.row("Location").alpha(), 1e-12);
		assertEquals(1.0, same.row("Location").kappa(), 1e-12);
		assertEquals(1.0, same.row("Location").overlap().f1(), 1e-12);
	}

	private static AgreementStudy study(String text, List<String> annotators, int[][]... spans) {
		AgreementStudy study = new AgreementStudy(annotators);
		study.addDocument("doc", text);
		for (int i = 0; i < annotators.size(); i++) {
			for (int[] span : spans[i]) {
				study.add(annotators.get(i), "doc", AnnotationType.LOCATION, span[0], span[1]);
			}
		}
		return study;
	}
}
