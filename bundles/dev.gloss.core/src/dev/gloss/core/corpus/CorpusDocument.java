/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

import dev.gloss.core.store.DocumentOrder;
import dev.gloss.core.store.GlossStore;
import dev.gloss.core.text.Anchors;
import dev.gloss.core.text.ArticleText;
import dev.gloss.core.text.LineIndex;
import dev.gloss.core.text.OffsetMap;
import dev.gloss.core.text.TextSnapshots;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.validation.GlossValidator;

/**
 * One article with its annotations, read into memory: the unit Gloss reads, changes and saves.
 * Changes stay in memory until {@link #save()}.
 */
public final class CorpusDocument {

	/** How the article relates to the text its annotations were made on. */
	public enum TextStatus {
		/** No annotation file yet. */
		NEW,
		/** The article is the text the annotations were anchored on. */
		UNCHANGED,
		/** The article changed since: offsets may point at the wrong text until re-anchored. */
		CHANGED
	}

	private final Article article;
	private final ArticleText text;
	private final AnnotatedDocument model;
	private final GlossStore store;
	private final String creator;
	private final Clock clock;
	private final TextStatus textStatus;
	private OffsetMap offsets;
	private LineIndex lines;

	private CorpusDocument(Article article, ArticleText text, AnnotatedDocument model, TextStatus status,
			GlossStore store, String creator, Clock clock) {
		this.article = article;
		this.text = text;
		this.model = model;
		this.textStatus = status;
		this.store = store;
		this.creator = creator;
		this.clock = clock;
	}

	static CorpusDocument open(Article article, GlossStore store, String creator, Clock clock) throws IOException {
		Path annotationFile = article.annotationFile();
		if (Files.isRegularFile(annotationFile)) {
			AnnotatedDocument model = store.load(annotationFile);
			ArticleText text = ArticleText.read(article.file(), model.getCharset());
			TextStatus status = text.hash().equals(model.getTextHash()) ? TextStatus.UNCHANGED : TextStatus.CHANGED;
			return new CorpusDocument(article, text, model, status, store, creator, clock);
		}
		ArticleText text = ArticleText.read(article.file(), null);
		AnnotatedDocument model = store.newDocument(annotationFile, article.file().getFileName().toString(),
				text.charset().name(), text.hash());
		return new CorpusDocument(article, text, model, TextStatus.NEW, store, creator, clock);
	}

	public Article article() {
		return article;
	}

	public ArticleText text() {
		return text;
	}

	/** The EMF model, for editors and exporters; change it through this class where possible. */
	public AnnotatedDocument model() {
		return model;
	}

	public TextStatus textStatus() {
		return textStatus;
	}

	/** The annotations, in no particular order until saved; read-only. */
	public List<Annotation> annotations() {
		return Collections.unmodifiableList(model.getAnnotations());
	}

	public Optional<Annotation> find(String id) {
		EObject found = model.eResource() == null ? null : model.eResource().getEObject(id);
		return found instanceof Annotation annotation && annotation.eContainer() == model ? Optional.of(annotation)
				: Optional.empty();
	}

	/**
	 * Marks a passage: a new annotation with a fresh id, the quote and its context, the creator and
	 * the time.
	 *
	 * @param begin UTF-16 offset into {@link #text()}
	 * @param end   exclusive UTF-16 offset
	 * @throws IllegalStateException    if the article changed since it was annotated
	 * @throws IllegalArgumentException if the range is not inside the article
	 */
	public Annotation add(AnnotationType type, int begin, int end) {
		if (textStatus == TextStatus.CHANGED) {
			throw new IllegalStateException(article.file() + " changed since it was annotated: "
					+ "re-anchor its annotations before adding new ones");
		}
		Annotation annotation = type.create();
		annotation.setId(UUID.randomUUID().toString());
		Anchors.anchor(annotation, text.text(), begin, end);
		annotation.setCreator(creator);
		Instant now = now();
		annotation.setCreated(now);
		annotation.setModified(now);
		EList<Annotation> annotations = model.getAnnotations();
		int index = Collections.binarySearch(annotations, annotation, DocumentOrder.COMPARATOR);
		annotations.add(index < 0 ? -index - 1 : index, annotation);
		return annotation;
	}

	/** Records that an annotation was changed now. */
	public void touch(Annotation annotation) {
		annotation.setModified(now());
	}

	/** Removes an annotation and every claim's link to it. */
	public void remove(Annotation annotation) {
		for (Annotation other : model.getAnnotations()) {
			if (other instanceof Claim claim) {
				claim.getSources().remove(annotation);
				claim.getLocations().remove(annotation);
				claim.getCounts().remove(annotation);
			}
		}
		model.getAnnotations().remove(annotation);
	}

	/**
	 * Writes the annotation file, atomically, and keeps a snapshot of the text its annotations are
	 * anchored on ({@link TextSnapshots}), for re-anchoring them should the article change.
	 */
	public void save() throws IOException {
		store.save(model, article.annotationFile());
		if (textStatus != TextStatus.CHANGED || text.hash().equals(model.getTextHash())) {
			TextSnapshots.shared().remember(text.text(), model.getTextHash());
		}
	}

	public OffsetMap offsets() {
		if (offsets == null) {
			offsets = text.offsets();
		}
		return offsets;
	}

	public LineIndex lines() {
		if (lines == null) {
			lines = LineIndex.of(text.text());
		}
		return lines;
	}

	/**
	 * Everything wrong with the document: a changed article, and each broken rule (offsets,
	 * quotes, counts, links), placed at the annotation's line and column in the article.
	 */
	public List<Problem> check() {
		List<Problem> problems = new ArrayList<>();
		boolean textKnown = textStatus != TextStatus.CHANGED;
		if (!textKnown) {
			problems.add(Problem.error(article.annotationFile(), 0, 0, "the article " + article.file().getFileName()
					+ " changed since it was annotated (its hash is not " + model.getTextHash()
					+ "): offsets may point at the wrong text until the annotations are re-anchored"));
		}
		Diagnostic result = GlossValidator.validate(model, textKnown ? text.text() : null);
		for (Diagnostic child : result.getChildren()) {
			problems.add(toProblem(child));
		}
		return problems;
	}

	private Problem toProblem(Diagnostic diagnostic) {
		Object subject = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
		Problem.Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR
				: Problem.Severity.WARNING;
		if (subject instanceof Annotation annotation && annotation.getBegin() >= 0
				&& annotation.getBegin() <= text.text().length()) {
			int begin = annotation.getBegin();
			return new Problem(severity, article.file(), lines().line(begin), lines().column(begin),
					diagnostic.getMessage());
		}
		return new Problem(severity, article.annotationFile(), 0, 0, diagnostic.getMessage());
	}

	private Instant now() {
		// whole seconds: created/modified stay short and stable in the file
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}
}
