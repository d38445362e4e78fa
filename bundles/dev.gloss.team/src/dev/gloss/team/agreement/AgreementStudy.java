/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gloss.core.corpus.AnnotationType;

/**
 * What agreement is measured on: the same documents, annotated independently by two or more
 * annotators. Spans are UTF-16 offsets into each document's text.
 */
public final class AgreementStudy {

	/** A document and where it starts on the continuum of all documents. */
	public record Document(String key, String text, int start) {
	}

	/** One annotator's span of one type in one document. */
	public record Unit(String annotator, String document, AnnotationType type, int begin, int end) {
	}

	private final List<String> annotators;
	private final Map<String, Document> documents = new LinkedHashMap<>();
	private final List<Unit> units = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private int length;

	public AgreementStudy(List<String> annotators) {
		if (annotators.size() < 2) {
			throw new IllegalArgumentException("agreement needs two or more annotators, got " + annotators);
		}
		this.annotators = List.copyOf(annotators);
	}

	public void addDocument(String key, String text) {
		if (documents.containsKey(key)) {
			throw new IllegalArgumentException("document added twice: " + key);
		}
		documents.put(key, new Document(key, text, length));
		length += text.length();
	}

	/** @throws IllegalArgumentException for an unknown annotator or document, or a span outside it */
	public void add(String annotator, String document, AnnotationType type, int begin, int end) {
		if (!annotators.contains(annotator)) {
			throw new IllegalArgumentException("unknown annotator " + annotator);
		}
		Document found = documents.get(document);
		if (found == null) {
			throw new IllegalArgumentException("unknown document " + document);
		}
		if (begin < 0 || begin > end || end > found.text().length()) {
			throw new IllegalArgumentException(document + ": span " + begin + ".." + end + " outside the text");
		}
		units.add(new Unit(annotator, document, type, begin, end));
	}

	/** Something the report should say (a document left out, and why). */
	public void note(String note) {
		notes.add(note);
	}

	public List<String> annotators() {
		return annotators;
	}

	public List<Document> documents() {
		return List.copyOf(documents.values());
	}

	public Document document(String key) {
		return documents.get(key);
	}

	public List<Unit> units() {
		return units;
	}

	public List<String> notes() {
		return notes;
	}

	/** Characters of all documents together: the continuum unitizing alpha is measured on. */
	public int length() {
		return length;
	}
}
