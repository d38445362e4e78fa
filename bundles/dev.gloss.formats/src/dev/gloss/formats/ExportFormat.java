package dev.gloss.formats;

import java.io.IOException;
import java.nio.file.Path;

/** A format Gloss exports the annotated corpus to. Implementations are stateless. */
public interface ExportFormat {

	/** The name the command line and scripts use: {@code w3c}, {@code brat}, ... */
	String id();

	/** The name users see: "W3C Web Annotation (JSON-LD)". */
	String label();

	/** One or two sentences: what the files are and which tools read them. */
	String description();

	/**
	 * Starts an export into an empty folder.
	 *
	 * @param folder the folder to write into (a staging folder the caller moves into place)
	 */
	CorpusWriter open(Path folder, ExportOptions options) throws IOException;
}
