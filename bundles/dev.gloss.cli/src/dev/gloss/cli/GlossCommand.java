/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One {@code gloss} subcommand: a picocli command (options and operands as annotated fields) that
 * writes to the streams {@link Main} gives it. Subclasses carry {@code @Command(name = ...)}, are
 * registered in {@link Main}, and return one of the exit codes below.
 */
abstract class GlossCommand implements Callable<Integer> {

	/** Exit code: success. */
	static final int OK = 0;
	/** Exit code: the command ran and found problems, or failed on the user's files. */
	static final int PROBLEMS = 1;
	/** Exit code: the command line itself is wrong. */
	static final int USAGE = 2;

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
	boolean help;

	/** Standard output: results, and the help asked for. */
	PrintStream out;
	/** Standard error: problems, progress and usage errors, so output files and pipes stay clean. */
	PrintStream err;

	final void streams(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** The command's name as picocli knows it ({@code export}, {@code git-setup} ...). */
	final String name() {
		return spec.name();
	}

	@Override
	public final Integer call() throws Exception {
		return run();
	}

	/** Runs the command once its options are parsed; throws {@link UsageException} for a bad command line. */
	abstract int run() throws Exception;
}
