package dev.gloss.formats.w3c;

/** Names shared by the W3C writers and the reader. */
public final class W3c {

	public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
	/** The published IRI of the Gloss context; the bundle holds it as /context/gloss.jsonld. */
	public static final String GLOSS_CONTEXT = "https://gloss.dev/ns/gloss.jsonld";
	/** The Gloss vocabulary the context maps its terms to. */
	public static final String GLOSS_VOCABULARY = "https://gloss.dev/ns/1#";
	/** The file name of the Gloss context copied into every W3C export. */
	public static final String CONTEXT_FILE = "gloss.jsonld";

	private W3c() {
	}
}
