// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Position;

import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.text.Anchors;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.GlossPackage;
import dev.gloss.suggest.Proposals;
import dev.gloss.suggest.Suggestion;
import dev.gloss.suggest.memory.CorpusMemory;
import dev.gloss.ui.preferences.GlossPreferences;
import dev.gloss.ui.session.GlossSession;

/**
 * Turns suggestions into the analyst's annotations, in one undoable step: each with the proposed
 * attributes, the analyst as creator, status draft; a claim brings the suggestions it links to
 * (its source, places and counts) and its links. The corpus memory learns them at once.
 */
final class Acceptance {

	private static final GlossPackage G = GlossPackage.eINSTANCE;

	private Acceptance() {
	}

	/** @return the annotations made, the first for the first suggestion */
	static List<Annotation> accept(GlossSession session, EditorSuggestions suggestions,
			List<SuggestionAnnotation> chosen, String label) throws BadLocationException {
		// a claim takes the suggestions it links to along, when they are still shown
		Set<SuggestionAnnotation> all = new LinkedHashSet<>(chosen);
		for (SuggestionAnnotation s : chosen) {
			for (Suggestion linked : s.suggestion().linkedSuggestions()) {
				SuggestionAnnotation shown = suggestions.shown(linked);
				if (shown != null) {
					all.add(shown);
				}
			}
		}
		String text = session.document().get();
		AnnotatedDocument model = session.model();
		Map<Suggestion, Annotation> made = new IdentityHashMap<>();
		List<Annotation> result = new ArrayList<>();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (SuggestionAnnotation s : all) {
			Position position = suggestions.position(s);
			if (position == null || position.isDeleted()) {
				continue;
			}
			Annotation annotation = s.suggestion().type().create();
			for (EAttribute attribute : s.suggestion().proposal().eClass().getEAllAttributes()) {
				if (s.suggestion().proposal().eIsSet(attribute)) {
					annotation.eSet(attribute, s.suggestion().proposal().eGet(attribute));
				}
			}
			annotation.setId(UUID.randomUUID().toString());
			Anchors.anchor(annotation, text, position.getOffset(), position.getOffset() + position.getLength());
			annotation.setCreator(GlossPreferences.creator());
			annotation.setCreated(now);
			annotation.setModified(now);
			annotation.setStatus(dev.gloss.model.Status.DRAFT);
			made.put(s.suggestion(), annotation);
			result.add(annotation);
		}
		for (SuggestionAnnotation s : all) {
			if (made.get(s.suggestion()) instanceof Claim claim) {
				for (Suggestion linked : s.suggestion().linkedSuggestions()) {
					Proposals.link(claim, made.get(linked));
				}
				for (Annotation existing : s.suggestion().linkedAnnotations()) {
					if (existing.eContainer() == model) {
						Proposals.link(claim, existing);
					}
				}
			}
		}
		// indices into the list as it is now, the last passage first: each insertion leaves the indices
		// of the ones before it right, and every command can execute when the compound is prepared
		CompoundCommand command = new CompoundCommand(label);
		List<Annotation> current = model.getAnnotations();
		List<Annotation> lastFirst = new ArrayList<>(result);
		lastFirst.sort(DocumentOrder.COMPARATOR.reversed());
		for (Annotation annotation : lastFirst) {
			int at = Collections.binarySearch(current, annotation, DocumentOrder.COMPARATOR);
			command.append(AddCommand.create(session.domain(), model, G.getAnnotatedDocument_Annotations(), annotation,
					at < 0 ? -at - 1 : at));
		}
		session.execute(command);
		suggestions.remove(new ArrayList<>(all));
		learn(suggestions, result);
		suggestions.schedule();
		return result;
	}

	private static void learn(EditorSuggestions suggestions, List<Annotation> accepted) {
		try {
			CorpusContexts.Context context = CorpusContexts.of(suggestions.file().getProject());
			CorpusMemory memory = context.memory();
			synchronized (memory) {
				for (Annotation annotation : accepted) {
					memory.learn(annotation, suggestions.file().getProjectRelativePath().toString());
				}
			}
		} catch (IOException e) {
			Log.error(e);
		}
	}
}
