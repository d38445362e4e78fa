/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.markers;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.store.GlossFormatException;
import dev.gloss.core.text.ArticleText;
import dev.gloss.core.text.LineIndex;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Conflict;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/**
 * Computes the Problems view markers of one article and its annotation file: the schema rules of
 * {@link GlossValidator} at the annotation's passage in the article, an unreadable annotation file
 * at its line, and an article that changed since it was annotated.
 */
public final class ProblemMarkers {

	public static final String TYPE = "dev.gloss.team.ui.problem"; //$NON-NLS-1$
	/** The annotation a marker is about. */
	public static final String ANNOTATION_ID = "annotationId"; //$NON-NLS-1$
	/** The validator code, or {@link #CHANGED} / {@link #UNREADABLE}. */
	public static final String CODE = "code"; //$NON-NLS-1$
	/** For a merge conflict: its index among the annotation's conflicts. */
	public static final String CONFLICT = "conflict"; //$NON-NLS-1$
	/** Workspace path of the annotation file (markers sit on the article). */
	public static final String ANNOTATION_FILE = "annotationFile"; //$NON-NLS-1$

	public static final int CHANGED = 1000;
	public static final int UNREADABLE = 1001;

	/** The stamps an annotation file's markers were computed for (persistent, survives restarts). */
	private static final QualifiedName CHECKED = new QualifiedName(AnnotationFiles.PLUGIN_ID, "checked"); //$NON-NLS-1$
	/** Raised when the rules change, so that every file is checked again once. */
	static final String RULES_VERSION = "1"; //$NON-NLS-1$

	private ProblemMarkers() {
	}

	/** Replaces the markers of an article (given it or its annotation file). */
	public static void update(IFile file) throws CoreException {
		IFile annotationFile = AnnotationFiles.isAnnotationFile(file) ? file : AnnotationFiles.annotationFileOf(file);
		IFile article = AnnotationFiles.articleOf(annotationFile);
		clear(article);
		clear(annotationFile);
		if (!annotationFile.exists()) {
			return;
		}
		try {
			compute(annotationFile, article);
		} finally {
			if (annotationFile.exists()) {
				annotationFile.setPersistentProperty(CHECKED, stamp(annotationFile, article));
			}
		}
	}

	/**
	 * Whether the markers are those of the files as they are now: neither file changed since
	 * they were computed (a workspace of thousands of annotation files starts without checking
	 * them all again).
	 */
	public static boolean upToDate(IFile annotationFile) {
		try {
			return stamp(annotationFile, AnnotationFiles.articleOf(annotationFile))
					.equals(annotationFile.getPersistentProperty(CHECKED));
		} catch (CoreException e) {
			return false;
		}
	}

	private static String stamp(IFile annotationFile, IFile article) {
		return RULES_VERSION + ":" + annotationFile.getModificationStamp() + ":" //$NON-NLS-1$ //$NON-NLS-2$
				+ (article.exists() ? article.getModificationStamp() : -1);
	}

	private static void compute(IFile annotationFile, IFile article) throws CoreException {
		AnnotatedDocument document;
		try {
			document = AnnotationFiles.load(annotationFile);
		} catch (GlossFormatException e) {
			Map<String, Object> attributes = base(IMarker.SEVERITY_ERROR,
					NLS.bind(Messages.Markers_unreadable, e.getProblem()), UNREADABLE, annotationFile);
			if (e.getLine() > 0) {
				attributes.put(IMarker.LINE_NUMBER, e.getLine());
			}
			annotationFile.createMarker(TYPE, attributes);
			return;
		} catch (IOException e) {
			annotationFile.createMarker(TYPE,
					base(IMarker.SEVERITY_ERROR, NLS.bind(Messages.Markers_unreadable, e.getMessage()), UNREADABLE,
							annotationFile));
			return;
		}
		if (!article.exists() || article.getLocation() == null) {
			return; // a stray annotation file: 'gloss stats' reports those
		}
		ArticleText text;
		try {
			text = ArticleText.read(article.getLocation().toFile().toPath(), document.getCharset());
		} catch (IOException e) {
			annotationFile.createMarker(TYPE, base(IMarker.SEVERITY_ERROR, e.getMessage(), UNREADABLE, annotationFile));
			return;
		}
		if (!text.hash().equals(document.getTextHash())) {
			Map<String, Object> attributes = base(IMarker.SEVERITY_WARNING,
					NLS.bind(Messages.Markers_changed, article.getName()), CHANGED, annotationFile);
			article.createMarker(TYPE, attributes);
			// the offsets point into another text: the rules would only repeat that
			return;
		}
		LineIndex lines = LineIndex.of(text.text());
		Diagnostic result = GlossValidator.validate(document, text.text());
		Map<Annotation, Integer> conflictsSeen = new HashMap<>();
		for (Diagnostic diagnostic : result.getChildren()) {
			int severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
					: IMarker.SEVERITY_WARNING;
			Object subject = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
			Map<String, Object> attributes = base(severity, readable(diagnostic.getMessage(), subject),
					diagnostic.getCode(), annotationFile);
			if (subject instanceof Annotation annotation) {
				attributes.put(ANNOTATION_ID, annotation.getId());
				int begin = Math.max(0, Math.min(annotation.getBegin(), text.text().length()));
				int end = Math.max(begin, Math.min(annotation.getEnd(), text.text().length()));
				attributes.put(IMarker.CHAR_START, begin);
				attributes.put(IMarker.CHAR_END, end);
				attributes.put(IMarker.LINE_NUMBER, lines.line(begin));
				if (diagnostic.getCode() == GlossValidator.MERGE_CONFLICT) {
					int index = conflictsSeen.merge(annotation, 1, Integer::sum) - 1;
					attributes.put(CONFLICT, index);
					Conflict conflict = annotation.getConflicts().get(index);
					attributes.put(IMarker.LOCATION, conflict.getFeature());
				}
				article.createMarker(TYPE, attributes);
			} else {
				annotationFile.createMarker(TYPE, attributes);
			}
		}
	}

	/**
	 * The validator names an annotation by type, quote and id (the command line needs the id); in the
	 * Problems view the marker sits on the passage itself, so the id is only noise: dropped.
	 */
	static String readable(String message, Object subject) {
		if (subject instanceof Annotation annotation && annotation.getId() != null) {
			return message.replace(" (" + annotation.getId() + ")", "");
		}
		return message;
	}

	/** Removes the markers of a file (an annotation file that went away, say). */
	public static void clear(IFile file) throws CoreException {
		if (file.exists()) {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		}
	}

	private static Map<String, Object> base(int severity, String message, int code, IFile annotationFile) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, severity);
		attributes.put(IMarker.MESSAGE, message);
		attributes.put(CODE, code);
		attributes.put(ANNOTATION_FILE, annotationFile.getFullPath().toPortableString());
		attributes.put(IMarker.SOURCE_ID, "Gloss"); //$NON-NLS-1$
		return attributes;
	}
}
