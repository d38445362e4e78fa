package dev.gloss.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gloss.team.git.GitSetup;

/** {@code gloss git-setup [FOLDER]}: installs the merge driver into a repository. */
final class GitSetupCommand implements Command {

	@Override
	public String name() {
		return "git-setup";
	}

	@Override
	public String summary() {
		return "install the annotation merge driver into a git repository (config and .gitattributes)";
	}

	@Override
	public String usage() {
		return """
				usage: gloss git-setup [FOLDER]

				Makes git merge annotation files (*.gloss) with 'gloss merge' in the repository that
				holds FOLDER (default: the current folder): sets merge.gloss.driver in the repository's
				git config, adds '*.gloss merge=gloss' to the work tree's .gitattributes (commit it, so
				that everyone's git uses the driver), and copies the Gloss jars into .git/gloss/lib so
				the driver runs without rebuilding anything. Run it again after updating Gloss.
				Each clone runs it once: git never takes drivers from a repository by itself.
				""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.size() > 1) {
			throw new UsageException("expected at most one FOLDER");
		}
		Path folder = Path.of(args.isEmpty() ? "." : args.get(0));
		Path java = ProcessHandle.current().info().command().map(Path::of)
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
		List<Path> classPath = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				classPath.add(Path.of(entry).toAbsolutePath());
			}
		}
		GitSetup.Result result = new GitSetup().install(folder, java, classPath, Main.class.getName());
		out.println("Merge driver installed in " + result.workTree());
		out.println("  git config merge.gloss.driver: " + result.driver());
		out.println("  " + result.attributes() + (result.attributesChanged() ? ": added '" + GitSetup.ATTRIBUTES_LINE
				+ "' (commit it)" : ": already routes *.gloss to the driver"));
		out.println("  Gloss jars copied to " + result.libraries());
		return OK;
	}
}
