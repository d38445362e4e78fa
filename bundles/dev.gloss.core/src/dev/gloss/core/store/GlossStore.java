/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import dev.gloss.core.store.internal.GlossXmlReader;
import dev.gloss.core.store.internal.GlossXmlWriter;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
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
	public static final String FILE_EXTENSION = AnnotationFileNames.EXTENSION;

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
		return article.resolveSibling(AnnotationFileNames.annotationFileName(article.getFileName().toString()));
	}

	public static boolean isAnnotationFile(Path file) {
		return AnnotationFileNames.isAnnotationFileName(file.getFileName().toString());
	}

	/** The article an annotation file belongs to, by name. */
	public static Path articleOf(Path annotationFile) {
		return annotationFile.resolveSibling(AnnotationFileNames.articleName(annotationFile.getFileName().toString()));
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
		return load(file, file);
	}

	/**
	 * Reads an annotation file that the user knows by another name (git's temporary copy of a
	 * version, say): messages name {@code shownAs}.
	 */
	public AnnotatedDocument load(Path file, Path shownAs) throws IOException {
		try {
			// streamed, the file's bytes never held whole; read again by EMF only if the reader declines
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
				AnnotatedDocument read = GlossXmlReader.read(in, Files.size(file));
				if (read != null) {
					newResource(shownAs).getContents().add(read);
					return read;
				}
			}
			try (InputStream in = Files.newInputStream(file)) {
				return loadWithEmf(in, shownAs);
			}
		} catch (GlossFormatException e) {
			if (e.getLine() == 0 && isEncodingError(e)) {
				// the XML parser names no place for bad bytes: find it
				int[] place = Utf8.firstMalformed(file);
				if (place != null) {
					throw new GlossFormatException(shownAs, place[0], place[1],
							"not UTF-8: a byte sequence that is not a character", e);
				}
			}
			throw e;
		} catch (IOException e) {
			throw FileErrors.reading(shownAs, e);
		}
	}

	private static boolean isEncodingError(GlossFormatException e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof java.io.CharConversionException
					|| cause instanceof java.nio.charset.CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads an annotation file from a stream (a git blob, say).
	 *
	 * @param name the file the content comes from, for messages and for the document's resource
	 */
	public AnnotatedDocument load(InputStream in, Path name) throws IOException {
		AnnotatedDocument read;
		if (in.markSupported()) {
			// an in-memory stream (a git blob, loadStamped's bytes): read it in place, rewind for EMF
			in.mark(Integer.MAX_VALUE);
			read = GlossXmlReader.read(in, in.available());
			if (read == null) {
				in.reset();
			}
		} else {
			byte[] bytes = in.readAllBytes();
			read = GlossXmlReader.read(bytes);
			in = new ByteArrayInputStream(bytes);
		}
		if (read != null) {
			newResource(name).getContents().add(read);
			return read;
		}
		return loadWithEmf(in, name);
	}

	/** Not plainly the Gloss format: EMF, the reference, reads it or names the problem and place. */
	private AnnotatedDocument loadWithEmf(InputStream in, Path name) throws IOException {
		GlossResource resource = newResource(name);
		// EMF's loader resolves every link by id at the end: it needs the whole map from the start
		resource.indexIds();
		try {
			resource.load(in, loadOptions);
		} catch (Resource.IOWrappedException e) {
			resource.checkIds(name);
			throw translate(name, e.getCause() != null ? e.getCause() : e, resource);
		} catch (java.io.UnsupportedEncodingException e) {
			// found by fuzzing: the parser's message is only the encoding's name
			throw new GlossFormatException(name, 1, 0, "the file declares the encoding '" + e.getMessage()
					+ "', which cannot be read here; annotation files are UTF-8", e);
		} catch (GlossFormatException e) {
			throw e;
		} catch (IOException e) {
			throw FileErrors.reading(name, e);
		} catch (RuntimeException e) {
			resource.checkIds(name);
			// EMF reports some bad values (an unknown enum literal, say) as runtime exceptions
			throw new GlossFormatException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
		}
		resource.checkIds(name);
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			if (first instanceof Exception exception) {
				throw translate(name, exception, resource);
			}
			throw new GlossFormatException(name, first.getLine(), first.getColumn(), first.getMessage());
		}
		if (resource.getContents().size() != 1
				|| !(resource.getContents().get(0) instanceof AnnotatedDocument document)) {
			throw new GlossFormatException(name, 1, 0, "not a Gloss annotation file: the root element must be "
					+ GlossPackage.eNS_PREFIX + ":" + GlossPackage.Literals.ANNOTATED_DOCUMENT.getName());
		}
		return document;
	}

	/** A document and the {@link FileStamp} of the bytes it was read from. */
	public record Stamped(AnnotatedDocument document, String stamp) {
	}

	/**
	 * Loads a file and stamps the bytes it read, for a later {@link #saveIfUnchanged}.
	 *
	 * @return the document, or null with stamp {@link FileStamp#ABSENT} when there is no file
	 */
	public Stamped loadStamped(Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return new Stamped(null, FileStamp.ABSENT);
		}
		return new Stamped(load(new ByteArrayInputStream(bytes), file), FileStamp.of(bytes));
	}

	/** Saves atomically: after a crash the file holds the old or the new content, whole. */
	public void save(AnnotatedDocument document, Path file) throws IOException {
		AtomicFiles.write(file, out -> write(document, out));
	}

	/**
	 * Compare-and-swap: under the folder's {@link WriteLock}, saves only if the file still has the
	 * stamp the caller read (from {@link #loadStamped}, or {@link FileStamp#ABSENT} for a new file).
	 *
	 * @return the stamp of the bytes written, for the next save
	 * @throws ConcurrentChangeException when another writer changed the file in between; nothing
	 *                                   is written
	 */
	public String saveIfUnchanged(AnnotatedDocument document, Path file, String expectedStamp) throws IOException {
		byte[] bytes = toBytes(document);
		try (WriteLock lock = WriteLock.acquire(file)) {
			String actual = FileStamp.of(file);
			if (!actual.equals(expectedStamp)) {
				throw new ConcurrentChangeException(file, expectedStamp, actual);
			}
			AtomicFiles.write(file, out -> out.write(bytes));
		}
		return FileStamp.of(bytes);
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
		try {
			resource.save(out, saveOptions());
		} catch (RuntimeException e) {
			// EMF refuses text XML cannot hold (a lone half of a surrogate pair, a control character)
			throw new IOException("a value cannot be written as XML: " + e.getMessage(), e);
		}
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
	private static GlossResource newResource(Path file) {
		ResourceSet resourceSet = new ResourceSetImpl();
		// an unknown namespace makes EMF fetch it as a model (found by fuzzing: any host named in
		// xmlns:gloss got a network connection); Gloss reads what it is given and nothing else
		resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
			@Override
			public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Gloss does not load " + uri);
			}

			@Override
			public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
				throw new IOException("Gloss does not write " + uri);
			}
		});
		EPackage.Registry packages = new EPackageRegistryImpl();
		packages.put(GlossPackage.eNS_URI, GlossPackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		URI uri = file == null ? URI.createURI("memory:/document." + FILE_EXTENSION)
				: URI.createFileURI(file.toAbsolutePath().toString());
		GlossResource resource = new GlossResource(uri);
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static GlossFormatException translate(Path file, Throwable cause, GlossResource resource) {
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
		if (cause instanceof IllegalValueException illegal) {
			int line = illegal.getLine() > 0 ? illegal.getLine() : resource.lineOf(illegal.getObject());
			String feature = illegal.getFeature() == null ? "a value" : illegal.getFeature().getName();
			String message = illegal.getValue() instanceof Annotation target
					? "its '" + feature + "' link names annotation " + target.getId() + ", a "
							+ target.eClass().getName() + ", which cannot be one of its " + feature
					: "'" + illegal.getValue() + "' is not a valid " + feature;
			return new GlossFormatException(file, line, 0, describe(illegal.getObject()) + message, cause);
		}
		if (cause instanceof UnresolvedReferenceException unresolved) {
			int line = unresolved.getLine() > 0 ? unresolved.getLine() : resource.lineOf(unresolved.getObject());
			String feature = unresolved.getFeature() == null ? "" : " '" + unresolved.getFeature().getName() + "'";
			return new GlossFormatException(file, line, 0, describe(unresolved.getObject()) + "its" + feature
					+ " link names " + unresolved.getReference()
					+ ", which no annotation of this file has (a dangling link)", cause);
		}
		if (cause instanceof XMIException xmi) {
			return new GlossFormatException(file, xmi.getLine(), xmi.getColumn(), xmi.getMessage(), cause);
		}
		return new GlossFormatException(file, 0, 0, String.valueOf(cause.getMessage()), cause);
	}

	private static String describe(EObject object) {
		return object instanceof Annotation annotation ? "annotation " + annotation.getId() + ": " : "";
	}

	/**
	 * XMI whose references are written as the annotations' own ids, not as list paths. Remembers the
	 * line of each annotation and finds ids used twice while it loads, so messages name the place.
	 */
	private static final class GlossResource extends XMIResourceImpl {

		private final Map<EObject, Integer> lines = new IdentityHashMap<>();
		private final Map<String, Integer> idLines = new HashMap<>();
		private String duplicate;
		private int firstLine;
		private int secondLine;

		GlossResource(URI uri) {
			super(uri);
		}

		/** Starts the id -> object map that makes a lookup by id O(1); EMF keeps it current after. */
		synchronized void indexIds() {
			if (getIntrinsicIDToEObjectMap() == null) {
				setIntrinsicIDToEObjectMap(new HashMap<String, EObject>());
			}
		}

		/**
		 * The map is built on the first lookup by id (the first miss fills it from the whole
		 * document), not at load: most loads (validation, export, the corpus index) never look an
		 * annotation up by id, and the map costs a table entry per annotation and a walk over all of
		 * them. Synchronized so that two threads that look up at once build it once.
		 */
		/**
		 * Attaching a document walks all its objects only when something must be kept per object:
		 * the id map once built, or ids EMF read from xmi:id attributes (never in files Gloss writes).
		 */
		@Override
		protected boolean isAttachedDetachedHelperRequired() {
			return getIntrinsicIDToEObjectMap() != null || isTrackingModification() || !getEObjectToIDMap().isEmpty();
		}

		@Override
		protected synchronized EObject getEObjectByID(String id) {
			indexIds();
			return super.getEObjectByID(id);
		}

		int lineOf(EObject object) {
			Integer line = object == null ? null : lines.get(object);
			return line == null ? 0 : line;
		}

		/** Two annotations with one id make every link to it ambiguous: refuse the file. */
		void checkIds(Path name) throws GlossFormatException {
			if (duplicate != null) {
				throw new GlossFormatException(name, secondLine, 0, "the id " + duplicate
						+ " is used twice (lines " + firstLine + " and " + secondLine
						+ "): every annotation needs its own id");
			}
		}

		void record(EObject object, int line) {
			lines.put(object, line);
			if (object instanceof Annotation annotation && annotation.getId() != null) {
				Integer first = idLines.putIfAbsent(annotation.getId(), line);
				if (first != null && duplicate == null) {
					duplicate = annotation.getId();
					firstLine = first;
					secondLine = line;
				}
			}
		}

		@Override
		protected XMLLoad createXMLLoad() {
			return new XMILoadImpl(createXMLHelper()) {
				@Override
				protected DefaultHandler makeDefaultHandler() {
					return new SAXXMIHandler(resource, helper, options) {
						// the parser pool reuses handlers across loads: record into the resource being
						// loaded now (xmlResource), never into the one this handler was made for
						@Override
						protected void handleObjectAttribs(EObject object) {
							super.handleObjectAttribs(object);
							if (xmlResource instanceof GlossResource loading) {
								loading.record(object, getLineNumber());
							}
						}
					};
				}
			};
		}

		@Override
		protected XMLLoad createXMLLoad(Map<?, ?> options) {
			return createXMLLoad();
		}

		@Override
		protected boolean useUUIDs() {
			return false;
		}
	}
}
