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
 * re-anchor the annotations of a changed article. Each goes through the workbench's one writer of
 * annotation files: into the article's editor when it is open (Undo there reverts it), else into
 * the file under the writers' lock (local history keeps the previous version); the markers follow
 * by themselves.
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
			IFile article = AnnotationFiles.articleOf(annotationFile(marker));
			SelectedPassage.in(article).ifPresent(passage -> fixes.add(new Fix(
					NLS.bind(Messages.QuickFix_reattach, passage.shortText()),
					NLS.bind(Messages.QuickFix_reattachDescription, marker.getAttribute(IMarker.MESSAGE, ""), //$NON-NLS-1$
							passage.text()),
					(m, d, t) -> reattach(m, d, t, passage))));
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
			fixes.add(new Fix(Messages.QuickFix_keepAnnotation, description, (m, d, t) -> settle(m, d, t, false)));
			fixes.add(new Fix(Messages.QuickFix_removeAnnotation, description, QuickFixes::deleteAnnotation));
			return;
		}
		fixes.add(new Fix(NLS.bind(Messages.QuickFix_keepOurs, conflict.getFeature(), show(conflict.getOurs())),
				description, (m, d, t) -> settle(m, d, t, false)));
		if (!AnnotationMerger.TYPE.equals(conflict.getFeature())) {
			fixes.add(new Fix(NLS.bind(Messages.QuickFix_takeTheirs, conflict.getFeature(), show(conflict.getTheirs())),
					description, (m, d, t) -> settle(m, d, t, true)));
		}
	}

	/** Removes the conflict; with {@code theirs}, applies their value first. */
	private static boolean settle(IMarker marker, AnnotatedDocument document, String text, boolean theirs)
			throws CoreException {
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
				requireText(marker, text);
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

	private static boolean deleteAnnotation(IMarker marker, AnnotatedDocument document, String text) {
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

	/**
	 * Puts the orphan on the passage selected in the editor (offsets, quote, prefix and suffix from
	 * the editor's text, the text the session's offsets refer to); false when it is no orphan
	 * any more.
	 */
	private static boolean reattach(IMarker marker, AnnotatedDocument document, String text, SelectedPassage passage)
			throws CoreException {
		Optional<Annotation> found = annotation(marker, document).filter(Annotation::isOrphaned);
		if (found.isEmpty()) {
			return false;
		}
		requireText(marker, text);
		if (passage.end() > text.length() || !text.substring(passage.offset(), passage.end()).equals(passage.text())) {
			// the text changed since the quick fix was offered: never attach to the wrong words
			throw new CoreException(AnnotationFiles.error(NLS.bind(Messages.QuickFix_selectionMoved,
					AnnotationFiles.articleOf(annotationFile(marker)).getFullPath()), null));
		}
		Annotation orphan = found.get();
		Anchors.anchor(orphan, text, passage.offset(), passage.end());
		orphan.setOrphaned(false);
		return true;
	}

	private static boolean reanchor(IMarker marker, AnnotatedDocument document, String text) throws CoreException {
		IFile article = AnnotationFiles.articleOf(annotationFile(marker));
		requireText(marker, text);
		String oldText = OldTexts.defaults()
				.find(article.getLocation().toFile().toPath(), document.getTextHash(), document.getCharset())
				.map(OldTexts.Found::text).orElse(null);
		new Reanchorer().reanchor(document, oldText, text, null);
		return true;
	}

	private static void requireText(IMarker marker, String text) throws CoreException {
		if (text == null) {
			throw new CoreException(AnnotationFiles.error(NLS.bind(Messages.QuickFix_noText,
					AnnotationFiles.articleOf(annotationFile(marker)).getFullPath()), null));
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
		/**
		 * Changes the document; false when there was nothing to change.
		 *
		 * @param text the article's text the offsets refer to (the editor's when it is open), or null
		 */
		boolean apply(IMarker marker, AnnotatedDocument document, String text) throws CoreException;
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
				// through the one writer: into the open editor (undoable there), else on disk under the lock
				AnnotationFiles.edit(file, label, (document, text) -> edit.apply(marker, document, text), null);
			} catch (CoreException | RuntimeException e) {
				ILog.of(QuickFixes.class).log(AnnotationFiles.error(NLS.bind(Messages.QuickFix_failed, file.getName()), e));
			}
		}
	}
}
