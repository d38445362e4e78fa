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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.team.agreement.Agreement;
import dev.gloss.team.agreement.AgreementReport;
import dev.gloss.team.agreement.AgreementSources;
import dev.gloss.team.diff.AnnotationChange;
import dev.gloss.team.diff.AnnotationChange.Kind;
import dev.gloss.team.diff.FileDiff;
import dev.gloss.team.diff.GitAnnotationDiff;

/** {@code gloss diff}, {@code gloss reanchor} and {@code gloss agreement --rev} on real repositories. */
class DiffAndCommandsTest {

	@TempDir
	Path temp;

	private TestRepo repo;
	private String previousSnapshots;

	@BeforeEach
	void setUp() throws IOException {
		previousSnapshots = System.setProperty("gloss.snapshots", temp.resolve("snapshots").toString());
		repo = TestRepo.create(temp, "repo");
		Fixtures.write(repo.folder, "news/convoy.txt", Fixtures.article(Fixtures.CONVOY));
	}

	@AfterEach
	void tearDown() throws IOException {
		repo.close();
		if (previousSnapshots == null) {
			System.clearProperty("gloss.snapshots");
		} else {
			System.setProperty("gloss.snapshots", previousSnapshots);
		}
	}

	@Test
	void diffListsAnnotationChangesBetweenCommits() throws IOException {
		CorpusDocument before = repo.open("news/convoy.txt", "ana");
		Claim claim = (Claim) Fixtures.mark(before, AnnotationType.CLAIM, "Drivers said they were given no reason");
		Annotation place = Fixtures.mark(before, AnnotationType.LOCATION, "Halden Cross");
		Annotation depot = Fixtures.mark(before, AnnotationType.SOURCE, "Officials at the depot");
		Annotation doomed = Fixtures.mark(before, AnnotationType.LOCATION, "Pellow");
		before.save();
		repo.commitAll("Ana", "first pass");

		CorpusDocument after = repo.open("news/convoy.txt", "ben");
		((Claim) after.find(claim.getId()).orElseThrow()).setCertainty(Certainty.REPORTED);
		Annotation moved = after.find(place.getId()).orElseThrow();
		dev.gloss.core.text.Anchors.anchor(moved, after.text().text(), moved.getBegin() - 12, moved.getEnd());
		String movedQuote = moved.getQuote();
		after.remove(after.find(doomed.getId()).orElseThrow());
		// retyped: the source is now marked as a location on the same passage
		after.remove(after.find(depot.getId()).orElseThrow());
		Annotation retyped = Fixtures.mark(after, AnnotationType.LOCATION, "Officials at the depot");
		((Count) Fixtures.mark(after, AnnotationType.COUNT, "38 grain lorries")).setValue(new BigDecimal(38));
		after.save();
		repo.commitAll("Ben", "second pass");

		List<FileDiff> diffs = new GitAnnotationDiff(repo.git).between("HEAD~1", "HEAD", List.of());
		assertEquals(1, diffs.size());
		assertEquals("news/convoy.txt.gloss", diffs.get(0).path());
		List<AnnotationChange> changes = diffs.get(0).changes();
		assertEquals(5, changes.size(), changes.toString());
		assertEquals(Set.of(Kind.ADDED), kindsOf(changes, "38 grain lorries"));
		assertEquals(Set.of(Kind.REMOVED), kindsOf(changes, "Pellow"));
		assertEquals(Set.of(Kind.MOVED, Kind.CHANGED), kindsOf(changes, movedQuote),
				"moved, and its quote changed with it");
		assertEquals(Set.of(Kind.CHANGED), kindsOf(changes, "Drivers said they were given no reason"));
		AnnotationChange retyping = changes.stream().filter(c -> c.is(Kind.RETYPED)).findFirst().orElseThrow();
		assertEquals(retyped.getId(), retyping.after().getId());
		assertEquals("Source", retyping.before().eClass().getName());
		AnnotationChange certainty = changes.stream().filter(c -> c.current().getId().equals(claim.getId()))
				.findFirst().orElseThrow();
		assertEquals(List.of(new AnnotationChange.FieldChange("certainty", "unspecified", "reported")),
				certainty.fields());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = main(out).run("diff", "-C", repo.folder.toString(), "HEAD~1", "HEAD");
		String printed = out.toString(StandardCharsets.UTF_8);
		assertEquals(1, exit, "differences found, like git diff --exit-code");
		assertTrue(printed.contains("news/convoy.txt.gloss: 1 added, 1 removed, 1 retyped, 1 moved, 2 changed"),
				printed);
		assertTrue(printed.contains("  + Count '38 grain lorries'"), printed);
		assertTrue(printed.contains("  - Location 'Pellow'"), printed);
		assertTrue(printed.contains("  ^ Source -> Location 'Officials at the depot'"), printed);
		assertTrue(printed.contains("certainty 'unspecified' -> 'reported'"), printed);

		out.reset();
		assertEquals(0, main(out).run("diff", "-C", repo.folder.toString(), "HEAD"), "work tree = HEAD");
	}

	@Test
	void reanchorCommandStretchesAPassageWithAnInsertionInside() throws IOException {
		CorpusDocument document = repo.open("news/convoy.txt", "ana");
		Fixtures.mark(document, AnnotationType.COUNT, "roughly 900 tonnes of wheat and barley");
		document.save();
		repo.commitAll("Ana", "annotated");
		System.setProperty("gloss.snapshots", temp.resolve("empty").toString());
		Fixtures.write(repo.folder, "news/convoy.txt", Fixtures.article(Fixtures.CONVOY).replace("roughly 900 tonnes",
				"roughly 900 (nine hundred) tonnes"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, main(out).run("reanchor", repo.folder.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("news/convoy.txt: 0 anchored, 1 moved, 0 orphaned"), printed);
		assertEquals("roughly 900 (nine hundred) tonnes of wheat and barley",
				repo.open("news/convoy.txt", "ana").annotations().get(0).getQuote());
	}

	@Test
	void reanchorCommandMovesAnnotationsAndListsOrphans() throws IOException {
		CorpusDocument document = repo.open("news/convoy.txt", "ana");
		Fixtures.mark(document, AnnotationType.CLAIM, "Drivers said they were given no reason for the delay.");
		Fixtures.mark(document, AnnotationType.LOCATION, "Pellow");
		document.save();
		repo.commitAll("Ana", "annotated");
		// the old text is only in git: no snapshot to help
		System.setProperty("gloss.snapshots", temp.resolve("empty").toString());
		String text = Fixtures.article(Fixtures.CONVOY);
		Fixtures.write(repo.folder, "news/convoy.txt",
				"Correction appended.\n\n" + text.replace(" Drivers said they were given no reason for the delay.", ""));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, main(out).run("reanchor", repo.folder.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("news/convoy.txt: 0 anchored, 1 moved, 1 orphaned (diff against the annotated "
				+ "text from git blob"), printed);
		assertTrue(printed.contains("orphaned: Claim 'Drivers said they were given no reason for the delay.'"),
				printed);

		CorpusDocument reopened = repo.open("news/convoy.txt", "ana");
		assertEquals(CorpusDocument.TextStatus.UNCHANGED, reopened.textStatus());
		assertEquals(2, reopened.annotations().size(), "the orphan is kept");
		out.reset();
		assertEquals(0, main(out).run("reanchor", repo.folder.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 anchored, 0 moved, 1 orphaned"),
				"orphans are looked for again, and stay listed");
	}

	@Test
	void agreementBetweenTwoBranches() throws IOException {
		repo.commitAll("Lead", "article");
		repo.git("checkout", "-q", "-b", "ana");
		CorpusDocument ana = repo.open("news/convoy.txt", "ana");
		Fixtures.mark(ana, AnnotationType.LOCATION, "Halden Cross");
		Fixtures.mark(ana, AnnotationType.LOCATION, "Pellow");
		ana.save();
		repo.commitAll("Ana", "ana's pass");
		repo.git("checkout", "-q", "main");
		repo.git("checkout", "-q", "-b", "ben");
		CorpusDocument ben = repo.open("news/convoy.txt", "ben");
		Fixtures.mark(ben, AnnotationType.LOCATION, "Halden Cross");
		Fixtures.mark(ben, AnnotationType.LOCATION, "Orrin");
		ben.save();
		repo.commitAll("Ben", "ben's pass");

		AgreementReport report = Agreement
				.measure(AgreementSources.byRevision(repo.git, List.of("ana", "ben"), List.of()));
		assertEquals(List.of("ana", "ben"), report.annotators());
		assertEquals(1, report.documents());
		assertEquals(0.5, report.row("Location").exact().f1(), 1e-9);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, main(out).run("agreement", "--format", "csv", "--rev", "ana", "--rev", "ben",
				repo.folder.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Location,,,2/2,1,0.5000,0.5000,0.5000,"));
	}

	private static Set<Kind> kindsOf(List<AnnotationChange> changes, String quote) {
		return changes.stream().filter(c -> quote.equals(c.current().getQuote())).findFirst()
				.map(c -> (Set<Kind>) EnumSet.copyOf(c.kinds())).orElseThrow(() -> new AssertionError("no change " + quote));
	}

	private static Main main(ByteArrayOutputStream out) {
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
	}
}
