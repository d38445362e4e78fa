/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import dev.gloss.core.store.FileErrors;
import dev.gloss.core.store.GlossFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code gloss COMMAND [ARGS]}: Gloss without a workbench. Runs on a plain class path (no OSGi,
 * no display), so it starts fast and fits scripts and CI. Every command parses its command line with
 * picocli, so options read the same everywhere ({@code --opt value}, {@code --opt=value}, {@code --}
 * ends the options), each has {@code --help}, and {@code gloss completion} writes a bash completion
 * script.
 */
public final class Main {

	/** Wide enough for IRIs in option descriptions, narrow enough for a terminal beside an editor. */
	private static final int USAGE_WIDTH = 100;

	private final PrintStream out;
	private final PrintStream err;
	private final CommandLine commandLine;

	public Main(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		commandLine = new CommandLine(new Gloss(out));
		register(new StatsCommand());
		register(new ValidateCommand());
		register(new ExportCommand());
		register(new ImportCommand());
		register(new MergeCommand());
		register(new GitSetupCommand());
		register(new ReanchorCommand());
		register(new DiffCommand());
		register(new AgreementCommand());
		register(new CompletionCommand());
		commandLine.addSubcommand("help", new HelpCommand());
		commandLine.addSubcommand("version", new VersionCommand(out));
		// A path may start with '@': it is a file name, never a file of arguments.
		commandLine.setExpandAtFiles(false);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
		commandLine.setParameterExceptionHandler(this::badCommandLine);
		commandLine.setExecutionExceptionHandler((e, failed, parsed) -> failed(e, failed));
		style(commandLine);
		commandLine.getSubcommands().get("export").getCommandSpec().usageMessage().footer(ExportCommand.formatList());
	}

	public static void main(String[] args) {
		System.exit(new Main(System.out, System.err).run(args));
	}

	private void register(GlossCommand command) {
		command.streams(out, err);
		commandLine.addSubcommand(command);
	}

	/** Runs a command line and returns the exit code; never calls System.exit. */
	public int run(String... args) {
		return commandLine.execute(args);
	}

	/** One look for every command's help: lower-case headings, as in the rest of Gloss's messages. */
	private static void style(CommandLine line) {
		CommandSpec spec = line.getCommandSpec();
		spec.usageMessage().synopsisHeading("usage: ")
				.headerHeading(spec.usageMessage().header().length == 0 ? "" : "%n").descriptionHeading("%n")
				.parameterListHeading("%noperands:%n").optionListHeading("%noptions:%n")
				.commandListHeading("%ncommands:%n").sortOptions(false).width(USAGE_WIDTH)
				.exitCodeListHeading(spec.usageMessage().exitCodeList().isEmpty() ? "" : "%nexit codes:%n");
		// the synopsis first, then the one-line summary (which is also the command's line in 'gloss help')
		List<String> sections = new ArrayList<>(line.getHelpSectionKeys());
		sections.removeAll(List.of(UsageMessageSpec.SECTION_KEY_HEADER_HEADING, UsageMessageSpec.SECTION_KEY_HEADER));
		int after = sections.indexOf(UsageMessageSpec.SECTION_KEY_SYNOPSIS) + 1;
		sections.addAll(after, List.of(UsageMessageSpec.SECTION_KEY_HEADER_HEADING, UsageMessageSpec.SECTION_KEY_HEADER));
		line.setHelpSectionKeys(sections);
		for (CommandLine sub : line.getSubcommands().values()) {
			style(sub);
		}
	}

	/** A command line picocli could not parse: the reason in plain words, the command's usage, exit code 2. */
	private int badCommandLine(ParameterException e, String[] args) {
		CommandLine failed = e.getCommandLine();
		String who = failed == commandLine ? "gloss" : "gloss " + failed.getCommandName();
		err.println(who + ": " + reason(e, failed == commandLine));
		failed.usage(err, CommandLine.Help.Ansi.OFF);
		return GlossCommand.USAGE;
	}

	private static String reason(ParameterException e, boolean atTop) {
		if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			String first = unmatched.getUnmatched().get(0);
			if (atTop && !first.startsWith("-")) {
				return "unknown command '" + first + "'";
			}
			return first.startsWith("-") && !first.equals("-") ? "unknown option '" + first + "'"
					: "unexpected argument '" + first + "'";
		}
		if (e instanceof MissingParameterException missing) {
			return missing.getMissing().stream().map(Main::required).collect(Collectors.joining("; "));
		}
		if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten().isOption()) {
			return ((OptionSpec) overwritten.getOverwritten()).longestName() + " is given twice";
		}
		return e.getMessage();
	}

	private static String required(ArgSpec arg) {
		if (arg instanceof OptionSpec option) {
			return option.longestName() + " is required";
		}
		return "expected " + arg.paramLabel();
	}

	/** A command that failed while running: usage errors get the usage (2), the user's files a plain message (1). */
	private int failed(Exception e, CommandLine failed) {
		String who = "gloss " + failed.getCommandName();
		if (e instanceof UsageException) {
			err.println(who + ": " + e.getMessage());
			failed.usage(err, CommandLine.Help.Ansi.OFF);
			return GlossCommand.USAGE;
		}
		if (e instanceof GlossFormatException) {
			err.println(who + ": " + e.getMessage());
		} else if (e instanceof NoSuchFileException missing) {
			err.println(who + ": no such file or folder: " + missing.getFile());
		} else if (e instanceof IOException io) {
			err.println(who + ": " + describe(io));
		} else {
			// a bug in Gloss: one plain line; the stack trace only when asked for (GLOSS_DEBUG=1)
			err.println(who + ": internal error: " + e.getMessage());
			if (System.getenv("GLOSS_DEBUG") != null) {
				e.printStackTrace(err);
			}
		}
		return GlossCommand.PROBLEMS;
	}

	/** An I/O error in plain words, naming the file (never a class name). */
	static String describe(IOException e) {
		if (e instanceof java.nio.file.FileSystemException fs && !(e instanceof FileErrors.UserFacing)) {
			return fs.getFile() + ": " + FileErrors.reason(e);
		}
		return e.getMessage() == null ? FileErrors.reason(e) : e.getMessage();
	}

	/** The Bundle-Version of this jar: the command line runs from the very jars the update site ships. */
	static String version() {
		try {
			URL location = Main.class.getProtectionDomain().getCodeSource().getLocation();
			Path path = Path.of(location.toURI());
			if (Files.isRegularFile(path)) {
				try (JarFile jar = new JarFile(path.toFile())) {
					String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
					if (version != null) {
						return version;
					}
				}
			}
		} catch (IOException | URISyntaxException | RuntimeException e) {
			// fall through: a class folder in development has no version
		}
		return "(development build)";
	}

	/** {@code gloss} itself: with no command, its usage (exit code 2, nothing was done). */
	@Command(name = "gloss", versionProvider = Gloss.Version.class, exitCodeList = { "0:ok", "1:problems found, or the user's files could not be read",
					"2:bad command line" }, description = {
			"Gloss without a workbench: statistics, validation, exports and imports of annotated corpora, "
					+ "and the git tools for teams." }, footer = { "%n'gloss help COMMAND' or 'gloss COMMAND --help' "
							+ "shows a command's options; 'gloss completion' writes a bash completion script." })
	static final class Gloss implements Callable<Integer> {

		private final PrintStream out;

		@Spec
		CommandSpec spec;

		@picocli.CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
		boolean help;

		@picocli.CommandLine.Option(names = { "-V", "--version" }, versionHelp = true,
				description = "show the version of Gloss")
		boolean version;

		Gloss(PrintStream out) {
			this.out = out;
		}

		@Override
		public Integer call() {
			spec.commandLine().usage(out, CommandLine.Help.Ansi.OFF);
			return GlossCommand.USAGE;
		}

		static final class Version implements IVersionProvider {
			@Override
			public String[] getVersion() {
				return new String[] { "gloss " + version() };
			}
		}
	}

	/** {@code gloss version}: the same as {@code gloss --version}, for scripts that expect a command. */
	@Command(name = "version", hidden = true, description = "show the version of Gloss")
	static final class VersionCommand implements Callable<Integer> {

		private final PrintStream out;

		VersionCommand(PrintStream out) {
			this.out = out;
		}

		@Override
		public Integer call() {
			out.println("gloss " + version());
			return GlossCommand.OK;
		}
	}
}
