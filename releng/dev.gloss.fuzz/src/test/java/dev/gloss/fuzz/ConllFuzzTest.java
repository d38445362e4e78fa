package dev.gloss.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.gloss.formats.Formats;

/** CoNLL-2003 (IOB1, IOB2): one fuzzed file, read into an empty corpus (reading writes nothing). */
class ConllFuzzTest {

	private static final Path FOLDER = Checks.folder("conll");
	private static final Path SOURCE = FOLDER.resolve("source/doc.conll");
	private static final Path CORPUS = FOLDER.resolve("corpus");

	static {
		try {
			Files.createDirectories(SOURCE.getParent());
			Files.createDirectories(CORPUS);
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	@FuzzTest
	void read(byte[] content) throws IOException {
		Files.write(SOURCE, content);
		Checks.read(Formats.importer("conll").orElseThrow(), List.of(SOURCE), CORPUS);
	}
}
