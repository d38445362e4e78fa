/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.cli.Main;
import dev.gloss.core.store.GlossStore;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * A brat project with its own labels (fixtures/brat-project, written as brat writes it: its text
 * starts with a byte order mark that every offset counts) imported with a label mapping, and the
 * brat export of an article with a byte order mark read the way brat reads it.
 */
class BratProjectImportTest {

	private static final String ARTICLE = "reports/hyesan-families.txt";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int gloss(String... args) {
		out.reset();
		err.reset();
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8)).run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path project() throws IOException {
		Path project = temp.resolve("brat-project");
		for (String file : List.of("annotation.conf", ARTICLE, "reports/hyesan-families.ann")) {
			Files.createDirectories(project.resolve(file).getParent());
			try (InputStream in = Fixtures.resource("brat-project/" + file)) {
				Files.copy(in, project.resolve(file));
			}
		}
		return project;
	}

	private static Map<String, Annotation> byQuote(Path corpus) throws IOException {
		AnnotatedDocument document = new GlossStore().load(GlossStore.annotationFileOf(corpus.resolve(ARTICLE)));
		return document.getAnnotations().stream().collect(Collectors.toMap(Annotation::getQuote, Function.identity()));
	}

	@Test
	void mapsTheProjectsLabelsOntoGlossTypesAndLinksAndListsTheRest() throws IOException {
		Path project = project();
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format=brat", "--into", corpus.toString(), "--map", "Person=source",
				"--map=GPE=location", "--map", "Quantity=count", "--map", "Statement=claim", "--map",
				"AttributedTo=sources", project.toString()), err());
		assertTrue(err().contains("not imported, no Gloss type or link for these labels: Date (1 span), "
				+ "LocatedIn (1 relation), Mentions (1 relation)"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("8 annotations added"), out.toString());
		// the article is the brat text byte for byte, its byte order mark included
		assertArrayEquals(Files.readAllBytes(project.resolve(ARTICLE)), Files.readAllBytes(corpus.resolve(ARTICLE)));
		Map<String, Annotation> annotations = byQuote(corpus);
		assertEquals(8, annotations.size(), annotations.keySet().toString());
		Claim moved = (Claim) annotations.get("300 families \uD83C\uDFE0 had moved to 혜산 since May");
		Source mayor = (Source) annotations.get("The mayor of Hyesan");
		assertEquals(List.of(mayor), moved.getSources(), "AttributedTo became the claim's source");
		assertEquals("check the date with a second source", moved.getComment());
		Claim denied = (Claim) annotations.get("denied it");
		assertEquals(List.of(annotations.get("Officials in 平壤")), denied.getSources());
		assertTrue(annotations.get("혜산") instanceof Location);
		assertTrue(annotations.get("平壤") instanceof Location);
		assertTrue(annotations.get("300 families") instanceof Count);
		assertTrue(moved.getLocations().isEmpty(), "Mentions was not mapped");
		// every span is where its quote is (the count has no number yet: brat had none to give)
		gloss("validate", corpus.toString());
		String validation = out.toString(StandardCharsets.UTF_8);
		assertTrue(validation.contains("1 documents checked"), validation);
		assertFalse(validation.contains("quote") || validation.contains("offsets"), validation);
	}

	@Test
	void aMappingFileAndMapOptionsCombineAndRelationsMayPointAtTheClaim() throws IOException {
		Path project = project();
		Path corpus = temp.resolve("corpus");
		Path mapping = copyMapping();
		// Mentions goes from the statement to the place; a reversed relation (place to statement) works too
		Files.writeString(project.resolve("reports/hyesan-families.ann"), "R9\tMentions Arg1:T8 Arg2:T9\t\n",
				java.nio.file.StandardOpenOption.APPEND);
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(), "--map-file",
				mapping.toString(), "--map", "Mentions=locations", "--map", "Date=ignore", project.toString()), err());
		assertFalse(err().contains("not imported"), "everything is mapped or ignored: " + err());
		Map<String, Annotation> annotations = byQuote(corpus);
		Claim moved = (Claim) annotations.get("300 families \uD83C\uDFE0 had moved to 혜산 since May");
		assertEquals(List.of(annotations.get("혜산")), moved.getLocations());
		assertEquals(List.of(annotations.get("平壤")), ((Claim) annotations.get("denied it")).getLocations());
	}

	@Test
	void badMappingsAreUsageErrorsAndMisfitRelationsAreNamed() throws IOException {
		Path project = project();
		Path corpus = temp.resolve("corpus");
		assertEquals(2, gloss("import", "--format", "brat", "--into", corpus.toString(), "--map", "GPE=city",
				project.toString()));
		assertTrue(err().contains("unknown target 'city'"), err());
		assertEquals(2, gloss("import", "--format", "brat", "--into", corpus.toString(), "--map", "GPE",
				project.toString()));
		assertTrue(err().contains("is not LABEL=TARGET"), err());
		assertEquals(1, gloss("import", "--format", "brat", "--into", corpus.toString(), "--map", "Statement=claim",
				"--map", "AttributedTo=claim", project.toString()));
		assertTrue(err().contains("hyesan-families.ann:10: error: 'AttributedTo' is a relation label, but it is "
				+ "mapped to the type claim"), err());
		assertFalse(Files.exists(corpus.resolve(ARTICLE)), "nothing written on error");
		// a relation mapped to the wrong link is skipped with the reason, the rest is imported
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(), "--map", "Statement=claim",
				"--map", "Person=source", "--map", "GPE=location", "--map", "AttributedTo=counts", project.toString()),
				err());
		assertTrue(err().contains("skipped: AttributedTo (counts) links a Claim and a Source; counts needs a Claim and a "
				+ "Count"), err());
	}

	@Test
	void offsetsThatDoNotCountTheByteOrderMarkAreReadToo() throws IOException {
		Path project = project();
		Path ann = project.resolve("reports/hyesan-families.ann");
		// a tool that strips the mark before counting: every offset one lower than brat's
		StringBuilder shifted = new StringBuilder();
		for (String line : Files.readAllLines(ann)) {
			if (line.startsWith("T")) {
				String[] parts = line.split("\t");
				String[] typeAndOffsets = parts[1].split(" ");
				line = parts[0] + "\t" + typeAndOffsets[0] + " " + (Integer.parseInt(typeAndOffsets[1]) - 1) + " "
						+ (Integer.parseInt(typeAndOffsets[2]) - 1) + "\t" + parts[2];
			}
			shifted.append(line).append('\n');
		}
		Files.writeString(ann, shifted);
		Path corpus = temp.resolve("corpus");
		assertEquals(0, gloss("import", "--format", "brat", "--into", corpus.toString(), "--map-file",
				copyMapping().toString(),
				project.toString()), err());
		assertTrue(err().contains("the offsets do not count the byte order mark of hyesan-families.txt as brat does"),
				err());
		assertFalse(err().contains("--utf16"), "the unit is not the problem: " + err());
		assertTrue(byQuote(corpus).containsKey("The mayor of Hyesan"));
	}

	private Path copyMapping() throws IOException {
		Path mapping = temp.resolve("mapping.txt");
		try (InputStream in = Fixtures.resource("brat-mapping.txt")) {
			Files.copy(in, mapping, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return mapping;
	}

	@Test
	void theBratExportOfAnArticleWithAByteOrderMarkCountsItAsBratDoes() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		for (boolean utf16 : List.of(false, true)) {
			Path brat = temp.resolve("brat-" + utf16);
			Exports.export("brat", Exports.options().withUtf16Offsets(utf16), corpus, brat);
			byte[] bytes = Files.readAllBytes(brat.resolve(Fixtures.FERRY));
			assertArrayEquals(Files.readAllBytes(corpus.resolve(Fixtures.FERRY)), bytes, "the article as it is");
			// brat decodes the file as UTF-8 without dropping the mark, and counts code points of that
			String asBratReadsIt = new String(bytes, StandardCharsets.UTF_8);
			assertEquals('\uFEFF', asBratReadsIt.charAt(0));
			int lines = 0;
			for (String line : Files.readAllLines(brat.resolve(Fixtures.FERRY.replace(".txt", ".ann")))) {
				if (!line.startsWith("T")) {
					continue;
				}
				String[] parts = line.split("\t");
				StringBuilder covered = new StringBuilder();
				for (String fragment : parts[1].substring(parts[1].indexOf(' ') + 1).split(";")) {
					String[] ends = fragment.split(" ");
					int begin = Integer.parseInt(ends[0]);
					int end = Integer.parseInt(ends[1]);
					covered.append(covered.isEmpty() ? "" : " ").append(utf16 ? asBratReadsIt.substring(begin, end)
							: asBratReadsIt.substring(asBratReadsIt.offsetByCodePoints(0, begin),
									asBratReadsIt.offsetByCodePoints(0, end)));
				}
				assertEquals(parts[2], covered.toString(), line);
				lines++;
			}
			assertTrue(lines > 5);
		}
	}
}
