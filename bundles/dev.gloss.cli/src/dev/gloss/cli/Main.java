package dev.gloss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import dev.gloss.core.store.GlossFormatException;

/**
 * {@code gloss COMMAND [ARGS]}: Gloss without a workbench. Runs on a plain class path (no OSGi,
 * no display), so it starts fast and fits scripts and CI.
 */
public final class Main {

	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final PrintStream out;
	private final PrintStream err;

	public Main(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		register(new StatsCommand());
	}

	public static void main(String[] args) {
		System.exit(new Main(System.out, System.err).run(args));
	}

	private void register(Command command) {
		commands.put(command.name(), command);
	}

	/** Runs a command line and returns the exit code; never calls System.exit. */
	public int run(String... args) {
		if (args.length == 0 || isHelp(args[0]) || args[0].equals("help") && args.length == 1) {
			out.print(usage());
			return args.length == 0 ? Command.USAGE : Command.OK;
		}
		if (args[0].equals("help")) {
			return help(args[1]);
		}
		if (args[0].equals("--version") || args[0].equals("version")) {
			out.println("gloss " + version());
			return Command.OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			err.println("gloss: unknown command '" + args[0] + "'");
			err.print(usage());
			return Command.USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.stream().anyMatch(Main::isHelp)) {
			out.print(command.usage());
			return Command.OK;
		}
		try {
			return command.run(rest, out, err);
		} catch (UsageException e) {
			err.println("gloss " + command.name() + ": " + e.getMessage());
			err.print(command.usage());
			return Command.USAGE;
		} catch (GlossFormatException e) {
			err.println("gloss " + command.name() + ": " + e.getMessage());
			return Command.PROBLEMS;
		} catch (NoSuchFileException e) {
			err.println("gloss " + command.name() + ": no such file or folder: " + e.getFile());
			return Command.PROBLEMS;
		} catch (IOException e) {
			err.println("gloss " + command.name() + ": " + e);
			return Command.PROBLEMS;
		} catch (Exception e) {
			err.println("gloss " + command.name() + ": internal error: " + e);
			e.printStackTrace(err);
			return Command.PROBLEMS;
		}
	}

	private int help(String name) {
		Command command = commands.get(name);
		if (command == null) {
			err.println("gloss: unknown command '" + name + "'");
			return Command.USAGE;
		}
		out.print(command.usage());
		return Command.OK;
	}

	private String usage() {
		StringBuilder text = new StringBuilder("usage: gloss COMMAND [ARGS]\n\ncommands:\n");
		for (Command command : commands.values()) {
			text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
		}
		text.append("\n'gloss help COMMAND' or 'gloss COMMAND --help' shows a command's options.\n");
		return text.toString();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	/** The Bundle-Version of this jar: the command line runs from the very jars the update site ships. */
	private static String version() {
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
}
