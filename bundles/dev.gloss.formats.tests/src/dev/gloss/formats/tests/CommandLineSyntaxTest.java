/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.gloss.cli.Main;

/** The command line as one tool: the same option syntax, help and exit codes for every command. */
class CommandLineSyntaxTest {

	@TempDir
	Path temp;

	private ByteArrayOutputStream out;
	private ByteArrayOutputStream err;

	@BeforeEach
	void reset() {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
	}

	private int gloss(String... args) {
		reset();
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "stats", "validate", "export", "import", "merge", "git-setup", "reanchor", "diff",
			"agreement", "completion" })
	void everyCommandHasHelpOnStandardOutput(String command) {
		assertEquals(0, gloss(command, "--help"), err());
		assertTrue(out().startsWith("usage: gloss " + command), out());
		assertTrue(out().contains("--help"), out());
		assertEquals("", err());
		assertEquals(0, gloss("help", command), err());
		assertTrue(out().startsWith("usage: gloss " + command), out());
		assertEquals(0, gloss(command, "-h"), err());
		assertTrue(out().contains("exit codes:"), "every command documents its exit codes: " + out());
	}

	@Test
	void theCommandListNamesEveryCommand() {
		assertEquals(0, gloss("--help"));
		for (String command : List.of("stats", "validate", "export", "import", "merge", "git-setup", "reanchor",
				"diff", "agreement", "completion")) {
			assertTrue(out().contains("\n  " + command + " "), command + " in " + out());
		}
		assertEquals(2, gloss(), "no command: the usage, and exit code 2");
		assertTrue(out().startsWith("usage: gloss"), out());
		assertEquals(0, gloss("--version"));
		assertTrue(out().startsWith("gloss "), out());
	}

	@Test
	void optionValuesReadTheSameWithAnEqualsSignOrASpace() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("corpus"));
		assertEquals(0, gloss("export", "--format=csv", "--out=" + temp.resolve("a"), corpus.toString()), err());
		assertEquals(0, gloss("export", "--format", "csv", "--out", temp.resolve("b").toString(), corpus.toString()),
				err());
		assertEquals(Files.readString(temp.resolve("a/annotations.csv")),
				Files.readString(temp.resolve("b/annotations.csv")));
		assertEquals(0, gloss("agreement", "--format=csv", corpus.toString()), err());
		String csv = out();
		assertEquals(0, gloss("agreement", "--format", "csv", corpus.toString()), err());
		assertEquals(csv, out());
		assertTrue(csv.startsWith("type,"), csv);
		assertEquals(1, gloss("validate", "--strict", "--", corpus.toString()), "the fixture has warnings");
		assertTrue(out().contains("2 documents checked: 0 errors, 2 warnings"), out());
	}

	@Test
	void usageErrorsNameTheProblemAndExitWith2() throws IOException {
		assertEquals(2, gloss("frobnicate"));
		assertTrue(err().startsWith("gloss: unknown command 'frobnicate'"), err());
		assertEquals(2, gloss("reanchor", "--frobnicate"));
		assertTrue(err().startsWith("gloss reanchor: unknown option '--frobnicate'"), err());
		assertTrue(err().contains("usage: gloss reanchor"), err());
		assertEquals(2, gloss("export", "--format=csv", "--format=w3c", "--out=x"));
		assertTrue(err().contains("--format is given twice"), err());
		assertEquals(2, gloss("merge", "base"));
		assertTrue(err().contains("expected OURS"), err());
		assertEquals(2, gloss("agreement", "--format=xml"));
		assertTrue(err().contains("unknown format 'xml'"), err());
		assertEquals(2, gloss("help", "frobnicate"));
		assertEquals("", out(), "errors go to standard error");
	}

	@Test
	void aPathThatStartsWithAnAtSignIsAPathNotAFileOfArguments() throws IOException {
		Path corpus = Fixtures.corpus(temp.resolve("@corpus"));
		assertEquals(0, gloss("validate", corpus.toString()), out() + err());
		assertTrue(out().contains("2 documents checked"), out());
	}

	@Test
	void theCompletionScriptCompletesCommandsOptionsAndFormatsInBash() throws Exception {
		assertEquals(0, gloss("completion"), err());
		Path script = temp.resolve("gloss-completion.bash");
		Files.writeString(script, out());
		assertEquals(List.of("export"), complete(script, "gloss", "exp"));
		assertTrue(complete(script, "gloss", "export", "--for").contains("--format"));
		assertTrue(complete(script, "gloss", "export", "--format", "w3").containsAll(List.of("w3c", "w3c-jsonl")));
		assertTrue(complete(script, "gloss", "import", "--format", "").contains("brat"));
		assertTrue(complete(script, "gloss", "agreement", "--format", "").containsAll(List.of("table", "csv",
				"json")));
	}

	/** What bash offers for the last word, with the script loaded as a user's shell loads it. */
	private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
		StringBuilder array = new StringBuilder();
		for (String word : words) {
			array.append(" '").append(word).append('\'');
		}
		String program = "source '" + script + "'\nCOMP_WORDS=(" + array + " )\nCOMP_CWORD=" + (words.length - 1)
				+ "\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n_complete_gloss gloss\n"
				+ "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
		Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).redirectErrorStream(true)
				.start();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
		return output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
