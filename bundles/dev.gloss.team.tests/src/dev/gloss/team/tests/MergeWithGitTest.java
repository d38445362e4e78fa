/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.core.corpus.Problem;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.Status;
import dev.gloss.team.anchor.DocumentReanchoring;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.git.GitSetup;
import dev.gloss.team.merge.AnnotationMerger;

/**
 * Two analysts annotate the same article on two branches of a real git repository, through the
 * Gloss API, and the branches are merged with git: plain git for disjoint edits, the Gloss merge
 * driver for overlapping ones.
 */
class MergeWithGitTest {

	private static final String ARTICLE = "ferry.txt";
	private static final String ANNOTATIONS = "ferry.txt.gloss";

	@TempDir
	Path temp;

	private TestRepo repo;
	private String previousSnapshots;

	@BeforeEach
	void setUp() throws IOException {
		// keep the snapshots Gloss saves out of the user's cache
		previousSnapshots = System.setProperty("gloss.snapshots", temp.resolve("snapshots").toString());
		repo = TestRepo.create(temp, "repo");
		Fixtures.write(repo.folder, ARTICLE, Fixtures.article(Fixtures.FERRY));
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
	void disjointEditsMergeWithPlainGitAndKeepBothSets() throws IOException {
		CorpusDocument base = repo.open(ARTICLE, "lead");
		Fixtures.mark(base, AnnotationType.CLAIM, "The suspension began when a storm damaged the landing stage");
		base.save();
		repo.commitAll("Test Lead", "base annotations");

		repo.git("checkout", "-q", "-b", "alice");
		CorpusDocument alice = repo.open(ARTICLE, "alice");
		Fixtures.mark(alice, AnnotationType.LOCATION, "Varna estuary");
		((Count) Fixtures.mark(alice, AnnotationType.COUNT, "14 ferries")).setValue(new BigDecimal(14));
		alice.save();
		repo.commitAll("Alice", "alice annotates the opening");

		repo.git("checkout", "-q", "main");
		repo.git("checkout", "-q", "-b", "bob");
		CorpusDocument bob = repo.open(ARTICLE, "bob");
		Count cost = (Count) Fixtures.mark(bob, AnnotationType.COUNT, "more than 1.2 million euros");
		cost.setMin(new BigDecimal("1200000"));
		cost.setQualifier(Qualifier.MORE_THAN);
		Fixtures.mark(bob, AnnotationType.SOURCE, "a local councillor");
		bob.save();
		repo.commitAll("Bob", "bob annotates the ending");

		// no merge driver installed: git's line merge alone
		assertEquals(0, repo.gitStatus("merge", "-q", "--no-edit", "alice"), "plain git merges disjoint edits");
		CorpusDocument merged = repo.open(ARTICLE, "lead");
		assertEquals(List.of("The suspension began when a storm damaged the landing stage", "Varna estuary",
				"14 ferries", "more than 1.2 million euros", "a local councillor").stream().sorted().toList(),
				merged.annotations().stream().map(Annotation::getQuote).sorted().toList());
		Map<String, Long> byCreator = merged.annotations().stream()
				.collect(Collectors.groupingBy(Annotation::getCreator, Collectors.counting()));
		assertEquals(Map.of("lead", 1L, "alice", 2L, "bob", 2L), byCreator);
		assertEquals(List.of(), errors(merged));
	}

	@Test
	void overlappingEditsConflictInGitAndMergeWithTheDriver() throws IOException {
		CorpusDocument base = repo.open(ARTICLE, "lead");
		Claim claim = (Claim) Fixtures.mark(base, AnnotationType.CLAIM,
				"the timetable would return to normal by Friday");
		Source spokesman = (Source) Fixtures.mark(base, AnnotationType.SOURCE, "Petar Ilinov");
		Annotation doomed = Fixtures.mark(base, AnnotationType.LOCATION, "Marrow Bay");
		Annotation contested = Fixtures.mark(base, AnnotationType.LOCATION, "Kelso Point");
		claim.getLocations().add((dev.gloss.model.Location) doomed);
		base.save();
		repo.commitAll("Test Lead", "base annotations");
		String claimId = claim.getId();

		repo.git("checkout", "-q", "-b", "alice");
		CorpusDocument alice = repo.open(ARTICLE, "alice");
		Claim aliceClaim = (Claim) alice.find(claimId).orElseThrow();
		aliceClaim.setCertainty(Certainty.REPORTED);
		aliceClaim.setComment("timetable promise, check on Friday");
		aliceClaim.getSources().add((Source) alice.find(spokesman.getId()).orElseThrow());
		alice.touch(aliceClaim);
		Fixtures.mark(alice, AnnotationType.SOURCE, "A spokesman");
		alice.remove(alice.find(doomed.getId()).orElseThrow());
		alice.remove(alice.find(contested.getId()).orElseThrow());
		alice.save();
		repo.commitAll("Alice", "alice: certainty, comment, link, new source, removals");

		repo.git("checkout", "-q", "main");
		repo.git("checkout", "-q", "-b", "bob");
		CorpusDocument bob = repo.open(ARTICLE, "bob");
		Claim bobClaim = (Claim) bob.find(claimId).orElseThrow();
		bobClaim.setCertainty(Certainty.ALLEGED);
		bob.touch(bobClaim);
		((Source) bob.find(spokesman.getId()).orElseThrow()).setReliability(Reliability.B);
		bob.find(contested.getId()).orElseThrow().setComment("is this the right landing stage?");
		((Count) Fixtures.mark(bob, AnnotationType.COUNT, "14 ferries")).setValue(new BigDecimal(14));
		bob.save();
		repo.commitAll("Bob", "bob: certainty, reliability, comment, new count");
		byte[] bobsFile = Files.readAllBytes(repo.folder.resolve(ANNOTATIONS));

		// git's line merge cannot merge these
		assertNotEquals(0, repo.gitStatus("merge", "-q", "--no-edit", "alice"));
		repo.git("merge", "--abort");
		assertArrayEquals(bobsFile, Files.readAllBytes(repo.folder.resolve(ANNOTATIONS)));

		GitSetup.Result setup = new GitSetup().install(repo.folder, DriverClassPath.java(), DriverClassPath.entries(),
				"dev.gloss.cli.Main");
		assertTrue(setup.attributesChanged());
		assertTrue(Files.readString(repo.folder.resolve(".gitattributes")).contains("*.gloss merge=gloss"));
		assertEquals(setup.driver(), repo.git("config", "merge.gloss.driver").strip());
		// a second setup changes nothing in .gitattributes
		assertFalse(new GitSetup().install(repo.folder, DriverClassPath.java(), DriverClassPath.entries(),
				"dev.gloss.cli.Main").attributesChanged());
		repo.commitAll("Bob", "merge annotation files with Gloss");

		assertEquals(0, repo.gitStatus("merge", "-q", "--no-edit", "alice"), "the driver merges");
		CorpusDocument merged = repo.open(ARTICLE, "lead");
		Map<String, Annotation> byQuote = merged.annotations().stream()
				.collect(Collectors.toMap(Annotation::getQuote, Function.identity()));
		assertEquals(List.of("14 ferries", "A spokesman", "Kelso Point", "Petar Ilinov",
				"the timetable would return to normal by Friday"), byQuote.keySet().stream().sorted().toList(),
				"adds of both sides kept; the location alice removed and bob left alone is gone");

		Claim mergedClaim = (Claim) merged.find(claimId).orElseThrow();
		assertEquals(Status.DISPUTED, mergedClaim.getStatus());
		assertEquals(Certainty.ALLEGED, mergedClaim.getCertainty(), "ours is kept");
		assertEquals(1, mergedClaim.getConflicts().size());
		Conflict conflict = mergedClaim.getConflicts().get(0);
		assertEquals("certainty", conflict.getFeature());
		assertEquals("unspecified", conflict.getBase());
		assertEquals("alleged", conflict.getOurs());
		assertEquals("reported", conflict.getTheirs());
		assertEquals("Alice", conflict.getTheirsCreator(), "the author of the merged commit");
		assertEquals("timetable promise, check on Friday", mergedClaim.getComment(), "changed on one side only");
		assertEquals(List.of(spokesman.getId()), mergedClaim.getSources().stream().map(Annotation::getId).toList());
		assertTrue(mergedClaim.getLocations().isEmpty(), "the link to the removed location went with it");
		assertEquals(Reliability.B, ((Source) byQuote.get("Petar Ilinov")).getReliability());

		Annotation kelso = byQuote.get("Kelso Point");
		assertEquals(Status.DISPUTED, kelso.getStatus(), "removed by alice, changed by bob: kept, disputed");
		assertEquals("is this the right landing stage?", kelso.getComment());
		assertEquals(AnnotationMerger.REMOVED, kelso.getConflicts().get(0).getFeature());

		assertEquals(List.of(), errors(merged), "the merged file is valid");
		assertEquals("", repo.git("status", "--porcelain"), "merge committed, nothing left over");
	}

	@Test
	void aFailingDriverLeavesOurFileAndGitReportsAConflict() throws IOException {
		CorpusDocument base = repo.open(ARTICLE, "lead");
		Fixtures.mark(base, AnnotationType.CLAIM, "Not everyone was satisfied.");
		base.save();
		new GitSetup().install(repo.folder, DriverClassPath.java(), DriverClassPath.entries(), "dev.gloss.cli.Main");
		repo.commitAll("Test Lead", "base");

		repo.git("checkout", "-q", "-b", "broken");
		Path file = repo.folder.resolve(ANNOTATIONS);
		String content = Files.readString(file);
		Files.writeString(file, content.substring(0, content.length() / 2), StandardCharsets.UTF_8);
		repo.commitAll("Mallory", "truncated annotation file");

		repo.git("checkout", "-q", "main");
		CorpusDocument ours = repo.open(ARTICLE, "bob");
		Fixtures.mark(ours, AnnotationType.SOURCE, "the Estuary Riders Association");
		ours.save();
		repo.commitAll("Bob", "bob adds a source");
		byte[] oursBytes = Files.readAllBytes(file);

		assertNotEquals(0, repo.gitStatus("merge", "-q", "--no-edit", "broken"), "git reports the conflict");
		assertTrue(repo.git("status", "--porcelain").contains("UU " + ANNOTATIONS));
		assertArrayEquals(oursBytes, Files.readAllBytes(file), "our version stays, whole and valid");
		AnnotatedDocument stillValid = new GlossStore().load(file);
		assertEquals(2, stillValid.getAnnotations().size());
	}

	@Test
	void annotationsMadeOnAnOlderArticleAreReanchoredWhenMerged() throws IOException {
		CorpusDocument base = repo.open(ARTICLE, "lead");
		Fixtures.mark(base, AnnotationType.LOCATION, "Kelso Point");
		base.save();
		new GitSetup().install(repo.folder, DriverClassPath.java(), DriverClassPath.entries(), "dev.gloss.cli.Main");
		repo.commitAll("Test Lead", "base");

		// alice gets an updated article (a paragraph inserted at the top) and re-anchors
		repo.git("checkout", "-q", "-b", "alice");
		String updated = "Update, Wednesday: the office has now published the crossing figures for the whole week.\n\n"
				+ Fixtures.article(Fixtures.FERRY);
		Fixtures.write(repo.folder, ARTICLE, updated);
		CorpusDocument alice = repo.open(ARTICLE, "alice");
		assertTrue(new DocumentReanchoring(OldTexts.defaults()).reanchor(alice).isPresent());
		alice.save();
		repo.commitAll("Alice", "updated article, annotations re-anchored");

		// bob annotates the old article
		repo.git("checkout", "-q", "main");
		CorpusDocument bob = repo.open(ARTICLE, "bob");
		Annotation bobs = Fixtures.mark(bob, AnnotationType.SOURCE, "Anika Doyle");
		bob.save();
		repo.commitAll("Bob", "bob annotates");
		// bob's snapshots must not help: the driver has to find alice's text in git history
		System.setProperty("gloss.snapshots", temp.resolve("other-machine").toString());

		assertEquals(0, repo.gitStatus("merge", "-q", "--no-edit", "alice"));
		CorpusDocument merged = repo.open(ARTICLE, "lead");
		assertEquals(CorpusDocument.TextStatus.UNCHANGED, merged.textStatus(), "anchored on the updated article");
		Annotation moved = merged.find(bobs.getId()).orElseThrow();
		assertFalse(moved.isOrphaned());
		assertEquals(updated.indexOf("Anika Doyle"), moved.getBegin());
		assertEquals(List.of(), errors(merged));
		assertEquals(2, merged.annotations().size());
	}

	private static List<Problem> errors(CorpusDocument document) {
		return document.check().stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
	}
}
