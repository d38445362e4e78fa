/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Conflict;
import dev.gloss.model.Status;
import dev.gloss.model.validation.GlossValidator;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.anchor.Reanchorer;
import dev.gloss.team.merge.AnnotationMerger;
import dev.gloss.team.ui.internal.AnnotationFiles;
import dev.gloss.team.ui.internal.Messages;

/**
 * Quick fixes where one is obvious: delete an orphan, settle a merge conflict with either value,
 * re-anchor the annotations of a changed article. Each rewrites the annotation file through the
 * workspace (local history keeps the previous version); the markers follow by themselves.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		int code = marker.getAttribute(ProblemMarkers.CODE, -1);
		List<IMarkerResolution> fixes = new ArrayList<>();
		if (code == GlossValidator.ORPHANED) {
			fixes.add(new Fix(Messages.QuickFix_deleteOrphan, NLS.bind(Messages.QuickFix_deleteOrphanDescription,
					marker.getAttribute(IMarker.MESSAGE, "")), QuickFixes::deleteAnnotation)); //$NON-NLS-1$
		} else if (code == GlossValidator.MERGE_CONFLICT) {
			conflictFixes(marker, fixes);
		} else if (code == ProblemMarkers.CHANGED) {
			fixes.add(new Fix(Messages.QuickFix_reanchor, Messages.QuickFix_reanchorDescription, QuickFixes::reanchor));
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	private static void conflictFixes(IMarker marker, List<IMarkerResolution> fixes) {
		Optional<Conflict> found = conflict(marker);
		if (found.isEmpty()) {
			return;
		}
		Conflict conflict = found.get();
		String description = NLS.bind(Messages.QuickFix_conflictDescription, conflict.getFeature());
		if (AnnotationMerger.REMOVED.equals(conflict.getFeature())) {
			fixes.add(new Fix(Messages.QuickFix_keepAnnotation, description, (m, d) -> settle(m, d, false)));
			fixes.add(new Fix(Messages.QuickFix_removeAnnotation, description, QuickFixes::deleteAnnotation));
			return;
		}
		fixes.add(new Fix(NLS.bind(Messages.QuickFix_keepOurs, conflict.getFeature(), show(conflict.getOurs())),
				description, (m, d) -> settle(m, d, false)));
		if (!AnnotationMerger.TYPE.equals(conflict.getFeature())) {
			fixes.add(new Fix(NLS.bind(Messages.QuickFix_takeTheirs, conflict.getFeature(), show(conflict.getTheirs())),
					description, (m, d) -> settle(m, d, true)));
		}
	}

	/** Removes the conflict; with {@code theirs}, applies their value first. */
	private static boolean settle(IMarker marker, AnnotatedDocument document, boolean theirs) throws CoreException {
		Annotation annotation = annotation(marker, document).orElse(null);
		int index = marker.getAttribute(ProblemMarkers.CONFLICT, -1);
		if (annotation == null || index < 0 || index >= annotation.getConflicts().size()) {
			return false;
		}
		Conflict conflict = annotation.getConflicts().get(index);
		if (theirs) {
			String feature = conflict.getFeature();
			if (AnnotationMerger.SPAN.equals(feature)) {
				String[] ends = conflict.getTheirs().split("\\.\\."); //$NON-NLS-1$
				IFile article = AnnotationFiles.articleOf(annotationFile(marker));
				String text = readText(article, document);
				Anchors.anchor(annotation, text, Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
			} else {
				EStructuralFeature structural = annotation.eClass().getEStructuralFeature(feature);
				if (structural instanceof EAttribute attribute) {
					annotation.eSet(attribute, conflict.getTheirs() == null ? null
							: EcoreUtil.createFromString(attribute.getEAttributeType(), conflict.getTheirs()));
				}
			}
		}
		annotation.getConflicts().remove(index);
		if (annotation.getConflicts().isEmpty() && annotation.getStatus() == Status.DISPUTED
				&& !"status".equals(conflict.getFeature())) { //$NON-NLS-1$
			annotation.setStatus(Status.DRAFT); // settled, not yet confirmed
		}
		return true;
	}

	private static boolean deleteAnnotation(IMarker marker, AnnotatedDocument document) {
		Optional<Annotation> annotation = annotation(marker, document);
		annotation.ifPresent(doomed -> {
			for (Annotation other : document.getAnnotations()) {
				if (other instanceof Claim claim) {
					claim.getSources().remove(doomed);
					claim.getLocations().remove(doomed);
					claim.getCounts().remove(doomed);
				}
			}
			document.getAnnotations().remove(doomed);
		});
		return annotation.isPresent();
	}

	private static boolean reanchor(IMarker marker, AnnotatedDocument document) throws CoreException {
		IFile article = AnnotationFiles.articleOf(annotationFile(marker));
		String text = readText(article, document);
		String oldText = OldTexts.defaults()
				.find(article.getLocation().toFile().toPath(), document.getTextHash(), document.getCharset())
				.map(OldTexts.Found::text).orElse(null);
		new Reanchorer().reanchor(document, oldText, text, null);
		return true;
	}

	private static String readText(IFile article, AnnotatedDocument document) throws CoreException {
		try {
			return ArticleText.read(article.getLocation().toFile().toPath(), document.getCharset()).text();
		} catch (java.io.IOException e) {
			throw new CoreException(AnnotationFiles.error(e.getMessage(), e));
		}
	}

	private static Optional<Conflict> conflict(IMarker marker) {
		try {
			AnnotatedDocument document = AnnotationFiles.load(annotationFile(marker));
			int index = marker.getAttribute(ProblemMarkers.CONFLICT, -1);
			return annotation(marker, document).filter(a -> index >= 0 && index < a.getConflicts().size())
					.map(a -> a.getConflicts().get(index));
		} catch (java.io.IOException | CoreException e) {
			return Optional.empty();
		}
	}

	private static Optional<Annotation> annotation(IMarker marker, AnnotatedDocument document) {
		String id = marker.getAttribute(ProblemMarkers.ANNOTATION_ID, null);
		return document.getAnnotations().stream().filter(a -> a.getId().equals(id)).findFirst();
	}

	private static IFile annotationFile(IMarker marker) {
		return ResourcesPlugin.getWorkspace().getRoot()
				.getFile(Path.fromPortableString(marker.getAttribute(ProblemMarkers.ANNOTATION_FILE, ""))); //$NON-NLS-1$
	}

	private static String show(String value) {
		return value == null ? "(none)" : "'" + value + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@FunctionalInterface
	private interface Edit {
		/** Changes the document; false when there was nothing to change. */
		boolean apply(IMarker marker, AnnotatedDocument document) throws CoreException;
	}

	/** Loads the annotation file, applies the edit, writes it back through the workspace. */
	private static final class Fix implements IMarkerResolution2 {

		private final String label;
		private final String description;
		private final Edit edit;

		Fix(String label, String description, Edit edit) {
			this.label = label;
			this.description = description;
			this.edit = edit;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return description;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			IFile file = annotationFile(marker);
			try {
				AnnotatedDocument document = AnnotationFiles.load(file);
				if (edit.apply(marker, document)) {
					AnnotationFiles.save(file, document, null);
				}
			} catch (java.io.IOException | CoreException | RuntimeException e) {
				ILog.of(QuickFixes.class).log(AnnotationFiles.error(NLS.bind(Messages.QuickFix_failed, file.getName()), e));
			}
		}
	}
}
