/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.commands;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.text.Anchors;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Location;
import dev.gloss.model.Source;
import dev.gloss.ui.internal.Messages;
import dev.gloss.ui.preferences.GlossPreferences;
import dev.gloss.ui.session.GlossSession;

/**
 * The annotation changes Gloss's commands make, as EMF commands for the session's editing domain,
 * so that each is one undoable step.
 */
public final class AnnotationEdits {

	private static final GlossPackage G = GlossPackage.eINSTANCE;

	private AnnotationEdits() {
	}

	/** Marks [begin, end) of the article as a new annotation of the type; returns it. */
	public static Annotation create(GlossSession session, AnnotationType type, int begin, int end)
			throws BadLocationException {
		IDocument document = session.document();
		if (begin < 0 || end > document.getLength() || begin >= end) {
			throw new BadLocationException(NLS.bind(Messages.Edit_badRange, begin + ".." + end));
		}
		Annotation annotation = type.create();
		annotation.setId(UUID.randomUUID().toString());
		anchor(annotation, document, begin, end);
		annotation.setCreator(GlossPreferences.creator());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		annotation.setCreated(now);
		annotation.setModified(now);
		AnnotatedDocument model = session.model();
		int at = Collections.binarySearch(model.getAnnotations(), annotation, DocumentOrder.COMPARATOR);
		Command add = AddCommand.create(session.domain(), model, G.getAnnotatedDocument_Annotations(), annotation,
				at < 0 ? -at - 1 : at);
		session.execute(labelled(add, NLS.bind(Messages.Edit_create, type.label())));
		return annotation;
	}

	/** Sets offsets, quote, prefix and suffix from the document without copying all its text. */
	static void anchor(Annotation annotation, IDocument document, int begin, int end) throws BadLocationException {
		int from = Math.max(0, begin - Anchors.CONTEXT_LENGTH - 1);
		int to = Math.min(document.getLength(), end + Anchors.CONTEXT_LENGTH + 1);
		String window = document.get(from, to - from);
		Anchors.anchor(annotation, window, begin - from, end - from);
		annotation.setBegin(begin);
		annotation.setEnd(end);
	}

	/** Removes an annotation and every claim's link to it. */
	public static void remove(GlossSession session, Annotation annotation) {
		EditingDomain domain = session.domain();
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Edit_remove, AnnotationType.of(annotation).label()));
		for (Annotation other : session.model().getAnnotations()) {
			if (other instanceof Claim claim) {
				for (EReference link : links()) {
					if (((List<?>) claim.eGet(link)).contains(annotation)) {
						command.append(RemoveCommand.create(domain, claim, link, annotation));
					}
				}
			}
		}
		command.append(RemoveCommand.create(domain, session.model(), G.getAnnotatedDocument_Annotations(), annotation));
		session.execute(command);
	}

	/**
	 * Turns an annotation into another type, keeping id, passage, status, creator, times and
	 * comment; claims that linked it keep the link under the fitting feature (a source that
	 * becomes a location stays linked as a location).
	 */
	public static Annotation retype(GlossSession session, Annotation annotation, AnnotationType type) {
		if (AnnotationType.of(annotation) == type) {
			return annotation;
		}
		EditingDomain domain = session.domain();
		Annotation replacement = type.create();
		for (EStructuralFeature feature : G.getAnnotation().getEStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment()) {
				continue;
			}
			replacement.eSet(feature, annotation.eGet(feature));
		}
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Edit_retype, type.label()));
		EReference newLink = linkFor(type);
		for (Annotation other : session.model().getAnnotations()) {
			if (other instanceof Claim claim && other != annotation) {
				for (EReference link : links()) {
					if (((List<?>) claim.eGet(link)).contains(annotation)) {
						command.append(RemoveCommand.create(domain, claim, link, annotation));
						if (newLink != null) {
							command.append(AddCommand.create(domain, claim, newLink, replacement));
						}
					}
				}
			}
		}
		command.append(ReplaceCommand.create(domain, session.model(), G.getAnnotatedDocument_Annotations(), annotation,
				List.of(replacement)));
		session.execute(command);
		return replacement;
	}

	/** Links a claim to a source, location or count, or unlinks it when linked; true when linked now. */
	public static boolean toggleLink(GlossSession session, Claim claim, Annotation target) {
		EReference link = linkFor(AnnotationType.of(target));
		if (link == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Link_notLinkable, AnnotationType.of(target).label()));
		}
		boolean linked = ((List<?>) claim.eGet(link)).contains(target);
		Command command = linked ? RemoveCommand.create(session.domain(), claim, link, target)
				: AddCommand.create(session.domain(), claim, link, target);
		session.execute(labelled(command, NLS.bind(linked ? Messages.Edit_unlink : Messages.Edit_link,
				AnnotationType.of(target).label())));
		return !linked;
	}

	/** Sets one attribute (undoable). */
	public static void set(GlossSession session, Annotation annotation, EStructuralFeature feature, Object value) {
		session.execute(SetCommand.create(session.domain(), annotation, feature, value));
	}

	/** The claim feature that links to annotations of the type, or null (claims link to no claim). */
	public static EReference linkFor(AnnotationType type) {
		return switch (type) {
		case SOURCE -> G.getClaim_Sources();
		case LOCATION -> G.getClaim_Locations();
		case COUNT -> G.getClaim_Counts();
		case CLAIM -> null;
		};
	}

	/** Whether a claim links to the annotation. */
	public static boolean isLinked(Claim claim, Annotation target) {
		return target instanceof Source source ? claim.getSources().contains(source)
				: target instanceof Location location ? claim.getLocations().contains(location)
						: target instanceof Count count && claim.getCounts().contains(count);
	}

	private static List<EReference> links() {
		return List.of(G.getClaim_Sources(), G.getClaim_Locations(), G.getClaim_Counts());
	}

	private static Command labelled(Command command, String label) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}
