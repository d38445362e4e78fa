/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.store.internal.GlossXmlReader;
import dev.gloss.core.store.internal.GlossXmlWriter;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Certainty;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Count;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Location;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;
import dev.gloss.samples.SampleCorpus;

/**
 * The purpose-built reader and writer against EMF's XMI loader and saver, the reference: the same
 * bytes written, the same model read, every attribute, link and conflict, awkward text; and every
 * file that is not plainly the Gloss format left to EMF, which names the problem and its place.
 */
class StreamingFormatTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<gloss:AnnotatedDocument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:gloss=\"https://gloss.dev/model/1.0\""
			+ " schemaVersion=\"1\" articlePath=\"a.txt\">\n";
	private static final String END = "</gloss:AnnotatedDocument>\n";

	/** Text that needs escaping or is outside ASCII: CRLF, tab, markup characters, BOM, Hangul, CJK, emoji. */
	private static final String[] AWKWARD = { "line one\r\nline two", "tab\there", "<b>&amp; \"quoted\" 'single' >",
			"\uFEFFafter a BOM", "장마당 국경", "丹东 口岸", "convoy 🚚 at night 😀", "\u0085 next line \u2028 separator",
			"", " ", "\n", "]]>", "&#xA;", "\u00e9\u0301 combining", "\u007f delete" };

	private final GlossStore store = new GlossStore();

	@TempDir
	Path folder;

	@Test
	void everyAttributeLinkAndConflictIsWrittenAsEmfWritesItAndReadAsEmfReadsIt() throws IOException {
		AnnotatedDocument document = everything();
		byte[] reference = EmfReference.save(document);
		byte[] ours = GlossXmlWriter.toBytes(document);
		assertNotNull(ours, "the writer declined a plain document");
		assertEquals(new String(reference, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8));
		assertArrayEquals(reference, ours);

		assertNull(GlossXmlReader.whyDeclined(ours));
		AnnotatedDocument read = GlossXmlReader.read(ours);
		assertEqualModels(EmfReference.load(reference), read);
		assertEqualModels(document, read);
		// and the store, which now uses both, round-trips to the same bytes
		Path file = folder.resolve("everything.txt.gloss");
		store.save(document, file);
		assertArrayEquals(reference, Files.readAllBytes(file));
		assertArrayEquals(reference, store.toBytes(store.load(file)));
	}

	@Test
	void randomDocumentsGiveTheBytesAndModelsEmfGives() throws IOException {
		Random random = new Random(20261201);
		for (int round = 0; round < 300; round++) {
			AnnotatedDocument document = randomDocument(random);
			byte[] reference = EmfReference.save(document);
			byte[] ours = GlossXmlWriter.toBytes(document);
			assertNotNull(ours, "round " + round);
			assertEquals(new String(reference, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8),
					"round " + round);
			assertNull(GlossXmlReader.whyDeclined(ours), "round " + round);
			assertEqualModels(EmfReference.load(reference), GlossXmlReader.read(ours));
		}
	}

	@Test
	void theSampleCorpusReadsAsEmfReadsItAndSavesToItsOwnBytes() throws IOException {
		Path samples = folder.resolve("samples");
		SampleCorpus.copyTo(samples);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(samples)) {
			files = walk.filter(GlossStore::isAnnotationFile).toList();
		}
		assertTrue(files.size() >= 3, files.toString());
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			assertNull(GlossXmlReader.whyDeclined(bytes), file.toString());
			AnnotatedDocument document = store.load(file);
			assertEqualModels(EmfReference.load(bytes), document);
			assertArrayEquals(bytes, store.toBytes(document), file.toString());
		}
	}

	@Test
	void timestampsReadAsInstantParseReadsThem() throws IOException {
		String[] instants = { "2026-11-22T09:00:00Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z",
				"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59Z", "2026-11-22T09:00:00.5Z",
				"2026-11-22T09:00:00.123456789Z", "+10000-01-01T00:00:00Z" };
		AnnotatedDocument document = store.newDocument(null, "a.txt", null, null);
		for (int i = 0; i < instants.length; i++) {
			Source source = GlossFactory.eINSTANCE.createSource();
			source.setId("s" + i);
			source.setCreated(Instant.parse(instants[i]));
			source.setModified(Instant.parse(instants[(i + 1) % instants.length]));
			document.getAnnotations().add(source);
		}
		byte[] bytes = GlossXmlWriter.toBytes(document);
		assertArrayEquals(EmfReference.save(document), bytes);
		assertEqualModels(document, GlossXmlReader.read(bytes));
		// and forms Instant.parse refuses or that are not dates are left to EMF
		for (String bad : new String[] { "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
				"2026-11-22 09:00:00Z", "2026-11-22T09:00:00" }) {
			String file = new String(bytes, StandardCharsets.UTF_8).replace(instants[0], bad);
			assertNotNull(GlossXmlReader.whyDeclined(file.getBytes(StandardCharsets.UTF_8)), bad);
		}
	}

	@Test
	void anEmptyDocumentIsWrittenAsEmfWritesIt() throws IOException {
		AnnotatedDocument document = store.newDocument(null, "a&b<c>\"d'.txt", null, null);
		assertArrayEquals(EmfReference.save(document), GlossXmlWriter.toBytes(document));
		assertEqualModels(document, GlossXmlReader.read(GlossXmlWriter.toBytes(document)));
	}

	@Test
	void theSameFileWrittenDifferentlyIsReadTheSame() throws IOException {
		// another prefix for the Gloss namespace, attributes in another order, comments, CRLF between elements
		String file = HEADER + "<!-- written by hand -->\r\n<g:AnnotatedDocument xmlns:g=\"https://gloss.dev/model/1.0\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" articlePath=\"a.txt\" schemaVersion=\"1\">\r\n"
				+ "  <annotations end=\"9\" xsi:type=\"g:Source\" begin=\"4\" id=\"s1\" name=\"Kim\" kind=\"named-person\"/>\r\n"
				+ "  <!-- a claim -->\r\n"
				+ "  <annotations sources=\"s1\" xsi:type=\"g:Claim\" id=\"c1\" begin=\"0\" end=\"3\" certainty=\"denied\"></annotations>\r\n"
				+ "</g:AnnotatedDocument>";
		byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
		assertNull(GlossXmlReader.whyDeclined(bytes));
		AnnotatedDocument read = GlossXmlReader.read(bytes);
		assertEqualModels(EmfReference.load(bytes), read);
		Claim claim = (Claim) read.getAnnotations().get(1);
		assertEquals("Kim", claim.getSources().get(0).getName());

		// another prefix for the XSI namespace: EMF reads it in some configurations, not in others;
		// the reader leaves it to EMF
		byte[] otherPrefix = file.replace("xsi", "x").getBytes(StandardCharsets.UTF_8);
		assertNotNull(GlossXmlReader.whyDeclined(otherPrefix));
		assertEqualModels(read, load(otherPrefix));
	}

	@Test
	void offsetsInEveryFormEmfReadsAsIsAreReadAsEmfReadsThem() throws IOException {
		String[] annotations = {
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"-2147483648\" end=\"2147483647\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"007\" end=\"-0\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" end=\"12\" begin=\"3\" quote=\" x \"/>",
				"<annotations xsi:type=\"gloss:Source\" begin=\"1\" end=\"2\" id=\"s1\" prefix=\"a \"/>", };
		for (String annotation : annotations) {
			byte[] bytes = (HEADER + ROOT + "  " + annotation + "\n" + END).getBytes(StandardCharsets.UTF_8);
			assertNull(GlossXmlReader.whyDeclined(bytes), annotation);
			assertEqualModels(EmfReference.load(bytes), load(bytes));
		}
	}

	@Test
	void valuesInUnusualFormsAreLeftToEmfAndLoadAsEmfLoadsThem() throws IOException {
		String[] annotations = {
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"+5\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\" 5\"/>",
				// offsets are read from the parser's buffer, which trims white space EMF refuses
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"5 \"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"&#9;5\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"5&#10;\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"5&#32;\" end=\"6\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"5\" end=\" 6\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" end=\"6\n\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"-\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"2147483648\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" end=\"-2147483649\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"99999999999\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"5\u00a0\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\" orphaned=\"TRUE\"/>",
				"<annotations xsi:type=\"gloss:Location\" id=\"l1\" latitude=\"NaN\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\"/>\n<annotations xsi:type=\"gloss:Claim\" id=\"c1\" sources=\"s1  s1\"/>",
				"<annotations xsi:type=\"gloss:Source\" id=\"s1\"><![CDATA[x]]></annotations>",
		};
		for (String annotation : annotations) {
			byte[] bytes = (HEADER + ROOT + "  " + annotation + "\n" + END).getBytes(StandardCharsets.UTF_8);
			assertNotNull(GlossXmlReader.whyDeclined(bytes), annotation);
			AnnotatedDocument reference;
			try {
				reference = EmfReference.load(bytes);
			} catch (IOException | RuntimeException e) {
				continue; // what GlossStore reports then is EMF's own message, as before
			}
			assertEqualModels(reference, load(bytes));
		}
	}

	@Test
	void malformedForeignAndHostileFilesAreLeftToEmfWhichNamesFileLineAndColumn() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP SECRET");
		String[][] cases = { // file content, expected "line:column" or "line" of the message
				{ HEADER + "<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n" + ROOT + END, "2:" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Source\" id=\"s1\" begin=\"4\"", "3:57" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Source\" id=\"s1\" colour=\"red\"/>\n" + END, "3:" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Source\" id=\"s1\" kind=\"alien\"/>\n" + END, "" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Claim\" id=\"c1\" sources=\"nowhere\"/>\n" + END, "" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Widget\" id=\"w1\"/>\n" + END, "3:" },
				{ HEADER + "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
						+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n", "2:" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Source\" id=\"s1\" name=\"a &amp b\"/>\n" + END, "3:" },
				{ HEADER + ROOT + "  <annotations xsi:type=\"gloss:Source\" id=\"s1\"/>\n</gloss:Other>\n", "4:" }, };
		for (String[] test : cases) {
			byte[] bytes = test[0].getBytes(StandardCharsets.UTF_8);
			assertNotNull(GlossXmlReader.whyDeclined(bytes), test[0]);
			Path file = folder.resolve("bad.gloss");
			Files.write(file, bytes);
			GlossFormatException error = assertThrows(GlossFormatException.class, () -> store.load(file), test[0]);
			assertEquals(file, error.getFile());
			assertTrue(error.getMessage().startsWith(file + ":" + test[1]), error.getMessage());
			assertTrue(!error.getMessage().contains("TOP SECRET"), error.getMessage());
		}
	}

	@Test
	void documentsEmfWritesInItsOwnWayAreLeftToEmf() throws IOException {
		// a character XML cannot hold: EMF's refusal, as before
		AnnotatedDocument document = store.newDocument(null, "a.txt", "UTF-8", null);
		Source source = GlossFactory.eINSTANCE.createSource();
		source.setId("s1");
		source.setName("bell \u0007");
		document.getAnnotations().add(source);
		assertNull(GlossXmlWriter.toBytes(document));
		assertThrows(Exception.class, () -> store.toBytes(document));
		source.setName("x\uD800");
		assertNull(GlossXmlWriter.toBytes(document));

		// a link to an annotation of another document, or to one without an id: EMF writes a path
		source.setName("ok");
		AnnotatedDocument other = store.newDocument(null, "b.txt", "UTF-8", null);
		Source foreign = GlossFactory.eINSTANCE.createSource();
		foreign.setId("f1");
		other.getAnnotations().add(foreign);
		Claim claim = GlossFactory.eINSTANCE.createClaim();
		claim.setId("c1");
		claim.getSources().add(foreign);
		document.getAnnotations().add(claim);
		assertNull(GlossXmlWriter.toBytes(document));
		byte[] written = store.toBytes(document); // puts the annotations in document order first
		assertArrayEquals(EmfReference.save(document), written);
		claim.getSources().set(0, source);
		source.setId(null);
		assertNull(GlossXmlWriter.toBytes(document));
		written = store.toBytes(document);
		assertArrayEquals(EmfReference.save(document), written);
	}

	@Test
	void aStreamIsReadWhole() throws IOException {
		byte[] bytes = GlossXmlWriter.toBytes(everything());
		// a stream that hands out a few bytes at a time, as a git blob pipe does
		InputStream trickle = new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 7));
			}
		};
		assertEqualModels(GlossXmlReader.read(bytes), store.load(trickle, Path.of("blob.gloss")));
	}

	@Test
	void idsOfEveryFormReadBackAsTheyWereWritten() throws IOException {
		// canonical UUIDs are held as two longs, every other id as its string: both must give back
		// exactly the characters set, through the model, the writer, the reader and EMF
		String[] ids = { "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b", "00000000-0000-0000-0000-000000000000",
				"ffffffff-ffff-ffff-ffff-ffffffffffff", "3F2B8C1E-4D5A-4E6F-8A9B-0C1D2E3F4A5B",
				"3f2b8c1e-4d5a-4e6f-8a9b-0C1D2E3F4A5B", "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5g",
				"3f2b8c1e4d5a-4e6f-8a9b-0c1d2e3f4a5b-", "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5", "s1", "a", "x".repeat(36),
				"source.1_b-2", "{3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b}", "혜산-1", "" };
		AnnotatedDocument document = store.newDocument(null, "a.txt", "UTF-8", null);
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			Source source = GlossFactory.eINSTANCE.createSource();
			source.setId(ids[i]);
			source.setBegin(i);
			source.setEnd(i + 1);
			assertEquals(ids[i], source.getId());
			assertEquals(ids[i], EcoreUtil.getID(source));
			assertEquals(ids[i], source.eGet(GlossPackage.Literals.ANNOTATION__ID));
			document.getAnnotations().add(source);
			sources.add(source);
		}
		// links to every id the reader reads itself (plain ids), and with EMF for the others
		Claim claim = GlossFactory.eINSTANCE.createClaim();
		claim.setId("C0FFEE00-0000-4000-8000-000000000001");
		claim.setBegin(ids.length);
		claim.getSources().addAll(sources.stream().filter(s -> GlossXmlReader.isPlainId(s.getId())).toList());
		document.getAnnotations().add(claim);

		byte[] reference = EmfReference.save(document);
		assertArrayEquals(reference, store.toBytes(document));
		assertNull(GlossXmlReader.whyDeclined(reference));
		AnnotatedDocument read = load(reference);
		assertEqualModels(EmfReference.load(reference), read);
		assertEqualModels(document, read);
		for (int i = 0; i < ids.length; i++) {
			assertEquals(ids[i], read.getAnnotations().get(i).getId());
		}
		assertArrayEquals(reference, store.toBytes(read));

		// the same ids when EMF reads the file (a value in a form the reader leaves to it)
		byte[] unusual = new String(reference, StandardCharsets.UTF_8).replace("begin=\"1\"", "begin=\"+1\"")
				.getBytes(StandardCharsets.UTF_8);
		assertNotNull(GlossXmlReader.whyDeclined(unusual));
		AnnotatedDocument viaEmf = load(unusual);
		assertEqualModels(EmfReference.load(unusual), viaEmf);
		assertEqualModels(document, viaEmf);
	}

	@Test
	void manySequentialUuidsAndTheirLinksResolveAsEmfResolvesThem() throws IOException {
		// sequential UUIDs (an importer's, not random ones) crowd a hash table; more ids than the
		// file's size suggests make it grow
		AnnotatedDocument document = store.newDocument(null, "a.txt", "UTF-8", null);
		List<Source> sources = new ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			Source source = GlossFactory.eINSTANCE.createSource();
			source.setId(new UUID(i >> 4, i).toString());
			source.setBegin(2 * i);
			document.getAnnotations().add(source);
			sources.add(source);
		}
		for (int i = 0; i < 600; i++) {
			Claim claim = GlossFactory.eINSTANCE.createClaim();
			claim.setId(new UUID(1L << 40, i).toString().toUpperCase());
			claim.setBegin(2 * i + 1);
			claim.getSources().add(sources.get(i * 7 % sources.size()));
			claim.getSources().add(sources.get(sources.size() - 1 - i));
			document.getAnnotations().add(claim);
		}
		byte[] bytes = store.toBytes(document);
		assertArrayEquals(EmfReference.save(document), bytes);
		assertNull(GlossXmlReader.whyDeclined(bytes));
		assertEqualModels(EmfReference.load(bytes), GlossXmlReader.read(bytes));

		// the same UUID twice is refused as before; its upper-case spelling is another id (source 11
		// is not linked; before it in document order: sources 0-10 and claims 0-10)
		String first = sources.get(10).getId();
		String file = new String(bytes, StandardCharsets.UTF_8);
		String twice = file.replace("id=\"" + sources.get(11).getId(), "id=\"" + first);
		assertTrue(GlossXmlReader.whyDeclined(twice.getBytes(StandardCharsets.UTF_8)).startsWith("id used twice"));
		String upper = file.replace("id=\"" + sources.get(11).getId(), "id=\"" + first.toUpperCase());
		byte[] upperBytes = upper.getBytes(StandardCharsets.UTF_8);
		assertNull(GlossXmlReader.whyDeclined(upperBytes));
		AnnotatedDocument read = GlossXmlReader.read(upperBytes);
		assertEquals(first, read.getAnnotations().get(20).getId());
		assertEquals(first.toUpperCase(), read.getAnnotations().get(22).getId());
		assertEqualModels(EmfReference.load(upperBytes), read);
	}

	@Test
	void theIdBehavesAsAnOrdinaryAttribute() {
		Source source = GlossFactory.eINSTANCE.createSource();
		assertNull(source.getId());
		assertTrue(!source.eIsSet(GlossPackage.Literals.ANNOTATION__ID));
		List<Notification> seen = new ArrayList<>();
		source.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				seen.add(notification);
			}
		});
		String uuid = "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b";
		source.setId(uuid);
		source.setId("S-2");
		source.eSet(GlossPackage.Literals.ANNOTATION__ID, uuid.toUpperCase());
		source.eUnset(GlossPackage.Literals.ANNOTATION__ID);
		assertEquals(4, seen.size());
		String[][] changes = { { null, uuid }, { uuid, "S-2" }, { "S-2", uuid.toUpperCase() }, { uuid.toUpperCase(), null } };
		for (int i = 0; i < changes.length; i++) {
			assertEquals(Notification.SET, seen.get(i).getEventType());
			assertEquals(GlossPackage.Literals.ANNOTATION__ID, seen.get(i).getFeature());
			assertEquals(changes[i][0], seen.get(i).getOldValue(), "change " + i);
			assertEquals(changes[i][1], seen.get(i).getNewValue(), "change " + i);
		}
		assertNull(source.getId());
		assertTrue(!source.eIsSet(GlossPackage.Literals.ANNOTATION__ID));

		source.setId(uuid);
		assertTrue(source.eIsSet(GlossPackage.Literals.ANNOTATION__ID));
		assertEquals(uuid.hashCode(), source.getId().hashCode());
		Source copy = EcoreUtil.copy(source);
		assertEquals(uuid, copy.getId());
		assertTrue(EcoreUtil.equals(source, copy));
		copy.setId(uuid.replace('a', 'b'));
		assertTrue(!EcoreUtil.equals(source, copy));
		assertTrue(source.toString().contains(uuid), source.toString());
	}

	/** Texts that test the packing of quote, prefix and suffix: empty, every UTF-8 length, lone surrogates, long. */
	private static final String[] TEXTS = { "", "a", "the city of ", "café ½ ÿ", "혜산 and 长白", "👍🏽 ok 🇰🇵",
			"\ud83d", "x\ude00y", "\ude00\ud83d", "end\ud83d", "\udc00start", "line\r\nnext\ttab", "a&b<c\"d'e>f&amp;\u0085\u2028\uFFFD",
			"x".repeat(127), "y".repeat(128), "é".repeat(70), "z".repeat(16_384), "혜".repeat(9_000) + "\ud800" };

	@Test
	void quotePrefixAndSuffixOfEveryFormReadBackAsTheyWereSet() throws IOException {
		// the three are packed in one array (UTF-8, or UTF-16 for a lone surrogate): every combination
		// of texts and nulls must come back exactly, through the model, the writer, the reader and EMF
		Random random = new Random(12);
		AnnotatedDocument document = store.newDocument(null, "a.txt", "UTF-8", null);
		List<String[]> set = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String[] texts = new String[3];
			for (int slot = 0; slot < 3; slot++) {
				int pick = random.nextInt(TEXTS.length + 2);
				texts[slot] = pick >= TEXTS.length ? null : TEXTS[pick];
			}
			Location location = GlossFactory.eINSTANCE.createLocation();
			location.setId("L" + i);
			location.setBegin(i);
			location.setEnd(i + 1);
			// set in every order, and again, so that each slot is packed beside the others
			int order = random.nextInt(3);
			for (int k = 0; k < 4; k++) {
				int slot = (order + k) % 3;
				switch (slot) {
				case 0 -> location.setQuote(texts[0]);
				case 1 -> location.setPrefix(texts[1]);
				default -> location.setSuffix(texts[2]);
				}
			}
			// equals, not assertEquals: a failure would print 16,000 characters
			assertTrue(Objects.equals(texts[0], location.getQuote()), "quote " + i);
			assertTrue(Objects.equals(texts[1], location.getPrefix()), "prefix " + i);
			assertTrue(Objects.equals(texts[2], location.getSuffix()), "suffix " + i);
			assertEquals(texts[0] != null, location.eIsSet(GlossPackage.Literals.ANNOTATION__QUOTE));
			document.getAnnotations().add(location);
			set.add(texts);
		}
		// a lone surrogate cannot be written to XML (EMF refuses it, as before): the model holds it
		assertTrue(set.stream().flatMap(Arrays::stream).anyMatch(t -> t != null && t.contains("\ud83d")));

		// without the lone surrogates, the file is the reader's own: same model as EMF and as set
		for (Annotation annotation : document.getAnnotations()) {
			annotation.setQuote(withoutLoneSurrogates(annotation.getQuote()));
			annotation.setPrefix(withoutLoneSurrogates(annotation.getPrefix()));
			annotation.setSuffix(withoutLoneSurrogates(annotation.getSuffix()));
		}
		byte[] bytes = store.toBytes(document);
		assertArrayEquals(EmfReference.save(document), bytes);
		assertNull(GlossXmlReader.whyDeclined(bytes));
		AnnotatedDocument read = load(bytes);
		assertEqualModels(EmfReference.load(bytes), read);
		assertEqualModels(document, read);
		assertArrayEquals(bytes, store.toBytes(read));
	}

	@Test
	void aQuoteXmlCannotHoldIsLeftToEmfAsBefore() throws IOException {
		// the writer copies the held bytes: what it cannot write as EMF does, EMF writes or refuses
		for (String quote : new String[] { "a\uFFFEb", "\uFFFF", "bell\u0007", "nul\u0000" }) {
			AnnotatedDocument document = store.newDocument(null, "a.txt", "UTF-8", null);
			Count count = GlossFactory.eINSTANCE.createCount();
			count.setId("c1");
			count.setQuote("27");
			count.setPrefix("before ");
			count.setSuffix(quote);
			document.getAnnotations().add(count);
			byte[] reference;
			try {
				reference = EmfReference.save(document);
			} catch (RuntimeException e) {
				assertThrows(Exception.class, () -> store.toBytes(document), quote);
				continue;
			}
			assertArrayEquals(reference, store.toBytes(document));
		}
	}

	@Test
	void aLoneSurrogateWrittenAsACharacterReferenceIsLeftToEmfWhichRefusesIt() throws IOException {
		// the reader packs what the parser delivers as UTF-8 assuming XML's rule that no lone
		// surrogate can be in it: a parser that let one through would change the text silently
		AnnotatedDocument document = store.newDocument(null, "a.txt", "UTF-8", null);
		Count count = GlossFactory.eINSTANCE.createCount();
		count.setId("c1");
		count.setQuote("QUOTE");
		document.getAnnotations().add(count);
		String file = new String(store.toBytes(document), StandardCharsets.UTF_8);
		for (String reference : new String[] { "&#xD800;", "&#xDC00;", "a&#55357;b", "&#xD83D;&#xDE00;" }) {
			byte[] bytes = file.replace("QUOTE", reference).getBytes(StandardCharsets.UTF_8);
			assertNotNull(GlossXmlReader.whyDeclined(bytes), reference);
			assertThrows(GlossFormatException.class, () -> load(bytes), reference);
		}
		// the same character as UTF-8 or as the reference of its code point reads as it is
		byte[] emoji = file.replace("QUOTE", "&#x1F600;\uD83D\uDE00").getBytes(StandardCharsets.UTF_8);
		assertNull(GlossXmlReader.whyDeclined(emoji));
		assertEquals("\uD83D\uDE00\uD83D\uDE00", load(emoji).getAnnotations().get(0).getQuote());
	}

	private static String withoutLoneSurrogates(String text) {
		return text == null ? null : new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	@Test
	void quotePrefixAndSuffixBehaveAsOrdinaryAttributes() {
		Count count = GlossFactory.eINSTANCE.createCount();
		List<Notification> seen = new ArrayList<>();
		count.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				seen.add(notification);
			}
		});
		count.setQuote("27 trucks");
		count.setPrefix("혜산 ");
		count.eSet(GlossPackage.Literals.ANNOTATION__SUFFIX, " 🚚");
		count.setQuote("28 trucks");
		count.eUnset(GlossPackage.Literals.ANNOTATION__PREFIX);
		Object[][] changes = { { GlossPackage.Literals.ANNOTATION__QUOTE, null, "27 trucks" },
				{ GlossPackage.Literals.ANNOTATION__PREFIX, null, "혜산 " },
				{ GlossPackage.Literals.ANNOTATION__SUFFIX, null, " 🚚" },
				{ GlossPackage.Literals.ANNOTATION__QUOTE, "27 trucks", "28 trucks" },
				{ GlossPackage.Literals.ANNOTATION__PREFIX, "혜산 ", null } };
		assertEquals(changes.length, seen.size());
		for (int i = 0; i < changes.length; i++) {
			assertEquals(Notification.SET, seen.get(i).getEventType());
			assertEquals(changes[i][0], seen.get(i).getFeature(), "change " + i);
			assertEquals(changes[i][1], seen.get(i).getOldValue(), "change " + i);
			assertEquals(changes[i][2], seen.get(i).getNewValue(), "change " + i);
		}
		assertEquals("28 trucks", count.getQuote());
		assertNull(count.getPrefix());
		assertTrue(!count.eIsSet(GlossPackage.Literals.ANNOTATION__PREFIX));
		assertEquals(" 🚚", count.eGet(GlossPackage.Literals.ANNOTATION__SUFFIX));

		Count copy = EcoreUtil.copy(count);
		assertEquals("28 trucks", copy.getQuote());
		assertEquals(" 🚚", copy.getSuffix());
		assertTrue(EcoreUtil.equals(count, copy));
		copy.setSuffix(" 🚛");
		assertTrue(!EcoreUtil.equals(count, copy));
		copy.setSuffix(null);
		copy.setQuote(null);
		assertNull(copy.getQuote());
		assertNull(copy.getSuffix());
		assertTrue(!copy.eIsSet(GlossPackage.Literals.ANNOTATION__QUOTE));
	}

	@Test
	void annotationsAreFoundByIdAfterLoadAndAfterEdits() throws IOException {
		AnnotatedDocument document = everything();
		Path file = folder.resolve("found.txt.gloss");
		store.save(document, file);
		List<String> ids = document.getAnnotations().stream().map(Annotation::getId).toList();

		// looked up right after load: the id map is built on this first lookup
		AnnotatedDocument loaded = store.load(file);
		for (String id : ids) {
			assertEquals(id, ((Annotation) loaded.eResource().getEObject(id)).getId());
		}
		assertNull(loaded.eResource().getEObject("no-such-id"));
		Source added = GlossFactory.eINSTANCE.createSource();
		added.setId(UUID.randomUUID().toString());
		loaded.getAnnotations().add(added);
		assertEquals(added, loaded.eResource().getEObject(added.getId()));
		Annotation removed = loaded.getAnnotations().remove(0);
		assertNull(loaded.eResource().getEObject(removed.getId()));

		// edited before the first lookup: the map built then sees the document as it is
		AnnotatedDocument edited = store.load(file);
		Annotation gone = edited.getAnnotations().remove(1);
		Source late = GlossFactory.eINSTANCE.createSource();
		late.setId("LATE-1");
		edited.getAnnotations().add(late);
		assertEquals(late, edited.eResource().getEObject("LATE-1"));
		assertNull(edited.eResource().getEObject(gone.getId()));
		for (Annotation annotation : edited.getAnnotations()) {
			assertEquals(annotation, edited.eResource().getEObject(annotation.getId()));
		}

		// and a file the reader leaves to EMF (re-read from the file): found the same way
		Files.writeString(file, Files.readString(file).replace("begin=\"1\"", "begin=\"+1\""));
		assertNotNull(GlossXmlReader.whyDeclined(Files.readAllBytes(file)));
		AnnotatedDocument viaEmf = store.load(file);
		assertEquals(1, viaEmf.getAnnotations().get(0).getBegin());
		for (String id : ids) {
			assertEquals(id, ((Annotation) viaEmf.eResource().getEObject(id)).getId());
		}
		assertEqualModels(EmfReference.load(Files.readAllBytes(file)), viaEmf);
	}

	@Test
	void aPrefixBoundAgainOnAnAnnotationIsLeftToEmf() throws IOException {
		byte[] bytes = (HEADER + ROOT + "  <annotations xmlns:gloss=\"urn:other\" xsi:type=\"gloss:Source\" id=\"s1\"/>\n"
				+ END).getBytes(StandardCharsets.UTF_8);
		assertNotNull(GlossXmlReader.whyDeclined(bytes));
		Path file = folder.resolve("rebound.gloss");
		Files.write(file, bytes);
		assertThrows(Exception.class, () -> EmfReference.load(bytes));
		assertThrows(GlossFormatException.class, () -> store.load(file));
	}

	private AnnotatedDocument load(byte[] bytes) throws IOException {
		return store.load(new ByteArrayInputStream(bytes), Path.of("test.gloss"));
	}

	private static void assertEqualModels(AnnotatedDocument expected, AnnotatedDocument actual) {
		assertNotNull(actual);
		assertEquals(expected.getAnnotations().size(), actual.getAnnotations().size());
		for (int i = 0; i < expected.getAnnotations().size(); i++) {
			Annotation a = expected.getAnnotations().get(i);
			Annotation b = actual.getAnnotations().get(i);
			assertTrue(EcoreUtil.equals(a, b), () -> "annotation " + a.getId() + " differs: " + a + " / " + b);
		}
		assertTrue(EcoreUtil.equals(expected, actual), "documents differ");
	}

	/** One annotation of each type with every attribute set, awkward text, conflicts and links. */
	private AnnotatedDocument everything() {
		AnnotatedDocument document = store.newDocument(null, "reports/2026 report & notes.txt", "UTF-8",
				"sha256:" + "0123456789abcdef".repeat(4));
		GlossFactory factory = GlossFactory.eINSTANCE;
		Source source = factory.createSource();
		source.setName("Kim \"the driver\"");
		source.setKind(SourceKind.ANONYMOUS_PERSON);
		source.setRole("drove <the> convoy");
		source.setReliability(Reliability.F);
		Location location = factory.createLocation();
		location.setName("Hyesan 혜산");
		location.setKind(LocationKind.BORDER_CROSSING);
		location.setCountryCode("KP");
		location.setGeonamesId(2044757L);
		location.setLatitude(41.40167);
		location.setLongitude(-1.0E-7);
		Count count = factory.createCount();
		count.setValue(new BigDecimal("1E+3"));
		count.setMin(new BigDecimal("100"));
		count.setMax(new BigDecimal("-0.000001"));
		count.setQualifier(Qualifier.FEWER_THAN);
		count.setUnit("tons of coal");
		count.setPeriod("last night\r\n");
		Claim claim = factory.createClaim();
		claim.setParaphrase("trucks crossed 🚚");
		claim.setCertainty(Certainty.SPECULATIVE);
		claim.setCredibility(6);
		Annotation[] all = { claim, source, location, count };
		for (int i = 0; i < all.length; i++) {
			Annotation annotation = all[i];
			annotation.setId(UUID.nameUUIDFromBytes(new byte[] { (byte) i }).toString());
			annotation.setBegin(i * 10 + 1);
			annotation.setEnd(i * 10 + 5);
			annotation.setStatus(Status.DISPUTED);
			annotation.setCreator("analyst & co");
			annotation.setCreated(Instant.parse("2026-11-22T09:00:00Z"));
			annotation.setModified(Instant.parse("2026-11-22T09:00:00.123456789Z"));
			annotation.setQuote(AWKWARD[i]);
			annotation.setPrefix(AWKWARD[i + 4]);
			annotation.setSuffix(AWKWARD[i + 8]);
			annotation.setComment(AWKWARD[(i + 12) % AWKWARD.length]);
			annotation.setOrphaned(true);
			document.getAnnotations().add(annotation);
		}
		Conflict conflict = factory.createConflict();
		conflict.setFeature("quote");
		conflict.setBase("old \"base\"");
		conflict.setOurs("ours\ttab");
		conflict.setTheirs("theirs 😀");
		conflict.setTheirsCreator("bob");
		claim.getConflicts().add(conflict);
		Conflict second = factory.createConflict();
		second.setFeature("sources");
		claim.getConflicts().add(second);
		claim.getSources().add(source);
		claim.getLocations().add(location);
		claim.getCounts().add(count);
		return document;
	}

	private AnnotatedDocument randomDocument(Random random) {
		AnnotatedDocument document = store.newDocument(null, text(random), random.nextBoolean() ? "UTF-8" : null,
				random.nextBoolean() ? null : text(random));
		GlossFactory factory = GlossFactory.eINSTANCE;
		List<Source> sources = new ArrayList<>();
		List<Location> locations = new ArrayList<>();
		List<Count> counts = new ArrayList<>();
		List<Claim> claims = new ArrayList<>();
		int n = random.nextInt(30);
		for (int i = 0; i < n; i++) {
			Annotation annotation = switch (random.nextInt(4)) {
			case 0 -> {
				Source source = factory.createSource();
				source.setName(maybe(random));
				source.setKind(pick(random, SourceKind.VALUES));
				source.setRole(maybe(random));
				source.setReliability(pick(random, Reliability.VALUES));
				sources.add(source);
				yield source;
			}
			case 1 -> {
				Location location = factory.createLocation();
				location.setName(maybe(random));
				location.setKind(pick(random, LocationKind.VALUES));
				location.setCountryCode(maybe(random));
				location.setGeonamesId(random.nextBoolean() ? null : random.nextLong());
				location.setLatitude(random.nextBoolean() ? null : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 10));
				location.setLongitude(random.nextBoolean() ? null : random.nextGaussian());
				locations.add(location);
				yield location;
			}
			case 2 -> {
				Count count = factory.createCount();
				count.setValue(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextLong(), random.nextInt(20) - 10));
				count.setMin(random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1000)));
				count.setMax(random.nextBoolean() ? null : new BigDecimal("1E+" + random.nextInt(9)));
				count.setQualifier(pick(random, Qualifier.VALUES));
				count.setUnit(maybe(random));
				count.setPeriod(maybe(random));
				counts.add(count);
				yield count;
			}
			default -> {
				Claim claim = factory.createClaim();
				claim.setParaphrase(maybe(random));
				claim.setCertainty(pick(random, Certainty.VALUES));
				claim.setCredibility(random.nextBoolean() ? null : random.nextInt(8) - 1);
				claims.add(claim);
				yield claim;
			}
			};
			annotation.setId(new UUID(random.nextLong(), random.nextLong()).toString());
			annotation.setBegin(random.nextInt(3) == 0 ? 0 : random.nextInt(100_000));
			annotation.setEnd(random.nextInt(3) == 0 ? 0 : random.nextInt(Integer.MAX_VALUE));
			annotation.setStatus(pick(random, Status.VALUES));
			annotation.setCreator(maybe(random));
			annotation.setCreated(random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000)));
			annotation.setModified(random.nextBoolean() ? null : Instant.ofEpochMilli(random.nextLong() >> 20));
			annotation.setQuote(maybe(random));
			annotation.setPrefix(maybe(random));
			annotation.setSuffix(maybe(random));
			annotation.setComment(maybe(random));
			annotation.setOrphaned(random.nextInt(5) == 0);
			for (int c = random.nextInt(4) == 0 ? random.nextInt(3) : 0; c > 0; c--) {
				Conflict conflict = factory.createConflict();
				conflict.setFeature(text(random));
				conflict.setBase(maybe(random));
				conflict.setOurs(maybe(random));
				conflict.setTheirs(maybe(random));
				conflict.setTheirsCreator(maybe(random));
				annotation.getConflicts().add(conflict);
			}
			document.getAnnotations().add(annotation);
		}
		for (Claim claim : claims) {
			linkSome(random, sources, claim.getSources());
			linkSome(random, locations, claim.getLocations());
			linkSome(random, counts, claim.getCounts());
		}
		dev.gloss.core.store.DocumentOrder.sort(document.getAnnotations());
		return document;
	}

	private static <T> void linkSome(Random random, List<T> from, List<T> to) {
		for (T target : from) {
			if (random.nextInt(3) == 0) {
				to.add(target);
			}
		}
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String maybe(Random random) {
		return random.nextBoolean() ? null : text(random);
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(4); i > 0; i--) {
			text.append(AWKWARD[random.nextInt(AWKWARD.length)]);
			if (random.nextBoolean()) {
				text.append("plain words ").append(random.nextInt(100));
			}
		}
		return text.toString();
	}
}
