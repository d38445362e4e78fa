package dev.gloss.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

import dev.gloss.core.store.internal.GlossXmlReader;
import dev.gloss.core.store.internal.GlossXmlWriter;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.GlossFactory;
import dev.gloss.model.GlossPackage;

/**
 * Reads and writes annotation files: EMF XMI, one annotation per line in document order, UTF-8,
 * LF, so that files diff and merge well in git and an unchanged document saves to the same bytes.
 *
 * <p>Saves are atomic ({@link AtomicFiles}). Loading refuses DTDs and external entities, and
 * reports anything it cannot read as a {@link GlossFormatException} naming file and line.
 * Thread-safe: each call uses its own resource.
 */
public final class GlossStore {

	/** Annotation files are named after their article plus this extension: report.txt.gloss */
	public static final String FILE_EXTENSION = "gloss";

	/** The file format version this code writes. */
	public static final String SCHEMA_VERSION = "1";

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private final Map<Object, Object> loadOptions;

	public GlossStore() {
		Map<Object, Object> options = new HashMap<>();
		// without deferral every forward reference scans the whole document: O(n^2) at 100,000
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
				"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
				XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, Map.of(
				XMLConstants.ACCESS_EXTERNAL_DTD, "",
				XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""));
		this.loadOptions = Map.copyOf(options);
	}

	/** The annotation file that belongs to an article: {@code report.txt -> report.txt.gloss}. */
	public static Path annotationFileOf(Path article) {
		return article.resolveSibling(article.getFileName() + "." + FILE_EXTENSION);
	}

	public static boolean isAnnotationFile(Path file) {
		return file.getFileName().toString().endsWith("." + FILE_EXTENSION);
	}

	/** The article an annotation file belongs to, by name. */
	public static Path articleOf(Path annotationFile) {
		String name = annotationFile.getFileName().toString();
		return annotationFile.resolveSibling(name.substring(0, name.length() - FILE_EXTENSION.length() - 1));
	}

	/**
	 * A new, empty document for an article, ready to be saved to {@code file}.
	 *
	 * @param articlePath the article's path relative to the annotation file's folder
	 */
	public AnnotatedDocument newDocument(Path file, String articlePath, String charset, String textHash) {
		AnnotatedDocument document = GlossFactory.eINSTANCE.createAnnotatedDocument();
		document.setSchemaVersion(SCHEMA_VERSION);
		document.setArticlePath(articlePath);
		document.setCharset(charset);
		document.setTextHash(textHash);
		newResource(file).getContents().add(document);
		return document;
	}

	public AnnotatedDocument load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, file);
		}
	}

	/**
	 * Reads an annotation file from a stream (a git blob, say).
	 *
	 * @param name the file the content comes from, for messages and for the document's resource
	 */
	public AnnotatedDocument load(InputStream in, Path name) throws IOException {
		byte[] bytes = in.readAllBytes();
		AnnotatedDocument read = GlossXmlReader.read(bytes);
		if (read != null) {
			newResource(name).getContents().add(read);
			return read;
		}
		// not plainly the Gloss format: EMF, the reference, reads it or names the problem and place
		in = new ByteArrayInputStream(bytes);
		Resource resource = newResource(name);
		try {
			resource.load(in, loadOptions);
		} catch (Resource.IOWrappedException e) {
			throw translate(name, e.getCause() != null ? e.getCause() : e);
		} catch (RuntimeException e) {
			// EMF reports some bad values (an unknown enum literal, say) as runtime exceptions
			throw new GlossFormatException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new GlossFormatException(name, first.getLine(), first.getColumn(), first.getMessage());
		}
		if (resource.getContents().size() != 1
				|| !(resource.getContents().get(0) instanceof AnnotatedDocument document)) {
			throw new GlossFormatException(name, 1, 0, "not a Gloss annotation file: the root element must be "
					+ GlossPackage.eNS_PREFIX + ":" + GlossPackage.Literals.ANNOTATED_DOCUMENT.getName());
		}
		return document;
	}

	/** Saves atomically: after a crash the file holds the old or the new content, whole. */
	public void save(AnnotatedDocument document, Path file) throws IOException {
		AtomicFiles.write(file, out -> write(document, out));
	}

	/** Writes the file content (annotations put in document order first). */
	public void write(AnnotatedDocument document, OutputStream out) throws IOException {
		if (document.getSchemaVersion() == null) {
			document.setSchemaVersion(SCHEMA_VERSION);
		}
		DocumentOrder.sort(document.getAnnotations());
		Resource resource = document.eResource();
		if (resource == null) {
			resource = newResource(null);
			resource.getContents().add(document);
		}
		if (GlossXmlWriter.write(document, out)) {
			return;
		}
		resource.save(out, saveOptions());
	}

	public byte[] toBytes(AnnotatedDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(document, out);
		return out.toByteArray();
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
		options.put(XMLResource.OPTION_SKIP_ESCAPE_URI, Boolean.FALSE);
		return options;
	}

	/**
	 * A resource in a resource set that knows only the Gloss package, so that any other XMI (an
	 * .ecore file, another tool's model) fails as "not a Gloss file" instead of loading.
	 */
	private static Resource newResource(Path file) {
		ResourceSet resourceSet = new ResourceSetImpl();
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(GlossPackage.eNS_URI, GlossPackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		URI uri = file == null ? URI.createURI("memory:/document." + FILE_EXTENSION)
				: URI.createFileURI(file.toAbsolutePath().toString());
		Resource resource = new GlossResource(uri);
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static GlossFormatException translate(Path file, Throwable cause) {
		if (cause instanceof SAXParseException sax) {
			String message = sax.getMessage();
			if (message != null && message.contains("DOCTYPE")) {
				message = "DOCTYPE declarations are not allowed in annotation files "
						+ "(they could pull in external entities)";
			}
			return new GlossFormatException(file, sax.getLineNumber(), sax.getColumnNumber(), message, cause);
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return new GlossFormatException(file, notFound.getLine(), notFound.getColumn(),
					"not a Gloss annotation file: namespace '" + notFound.uri() + "' is not "
							+ GlossPackage.eNS_URI, cause);
		}
		if (cause instanceof XMIException xmi) {
			return new GlossFormatException(file, xmi.getLine(), xmi.getColumn(), xmi.getMessage(), cause);
		}
		return new GlossFormatException(file, 0, 0, String.valueOf(cause.getMessage()), cause);
	}

	/** XMI whose references are written as the annotations' own ids, not as list paths. */
	private static final class GlossResource extends XMIResourceImpl {

		GlossResource(URI uri) {
			super(uri);
			// the id -> object map that makes reference resolution O(1) per reference
			setIntrinsicIDToEObjectMap(new HashMap<String, EObject>());
		}

		@Override
		protected boolean useUUIDs() {
			return false;
		}
	}
}
