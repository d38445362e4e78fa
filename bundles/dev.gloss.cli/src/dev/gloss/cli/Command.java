package dev.gloss.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code gloss} subcommand. */
interface Command {

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the command ran and found problems, or failed on the user's files. */
	int PROBLEMS = 1;
	/** Exit code: the command line itself is wrong. */
	int USAGE = 2;

	String name();

	/** One line for the command list. */
	String summary();

	/** The synopsis and options, printed for --help and on bad arguments. */
	String usage();

	int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
