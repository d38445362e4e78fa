// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.core.corpus.Corpus;
import dev.gloss.core.corpus.CorpusDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Status;
import dev.gloss.suggest.internal.Tokens;

/**
 * The passages annotated anywhere in a corpus, by their words (case, spacing and possessives
 * aside) and type, with the attributes the analyst gave them: "Hyesan" as a Location with its
 * coordinates, a news agency as a media-outlet Source with its reliability. Claims are not
 * remembered (a claim is one sentence of one article). Proposals are not learnt from until
 * accepted. Learns at once: {@link #learn} an accepted annotation and every other occurrence of
 * its words is proposed. Not thread-safe: one owner updates it.
 */
public final class CorpusMemory {

	/**
	 * A remembered passage.
	 *
	 * @param key     its words, as {@link Tokens#key} makes them
	 * @param example a detached copy of the annotation last made for it, with its attributes
	 * @param where   the article it was last annotated in, for the reason shown to the analyst
	 */
	public record Entry(String key, AnnotationType type, Annotation example, String where) {
	}

	/** Bookkeeping attributes that are not what the analyst said about the passage. */
	private static final List<EAttribute> NOT_COPIED = List.of(GlossPackage.Literals.ANNOTATION__ID,
			GlossPackage.Literals.ANNOTATION__BEGIN, GlossPackage.Literals.ANNOTATION__END,
			GlossPackage.Literals.ANNOTATION__QUOTE, GlossPackage.Literals.ANNOTATION__PREFIX,
			GlossPackage.Literals.ANNOTATION__SUFFIX, GlossPackage.Literals.ANNOTATION__CREATOR,
			GlossPackage.Literals.ANNOTATION__CREATED, GlossPackage.Literals.ANNOTATION__MODIFIED,
			GlossPackage.Literals.ANNOTATION__STATUS, GlossPackage.Literals.ANNOTATION__ORPHANED,
			GlossPackage.Literals.ANNOTATION__COMMENT);

	/** first word of the key -> entries, one per (key, type) */
	private final Map<String, Map<String, Entry>> byFirstWord = new HashMap<>();
	private int size;

	/** An empty memory. */
	public CorpusMemory() {
	}

	/** Reads every annotation file of a corpus (one at a time); files that cannot be read are skipped. */
	public static CorpusMemory of(Corpus corpus) {
		CorpusMemory memory = new CorpusMemory();
		corpus.forEach((article, document, failure) -> {
			if (document != null) {
				memory.learnAll(document, article.relativePath());
			}
		});
		return memory;
	}

	/** Learns the analyst's annotations of one document. */
	public void learnAll(CorpusDocument document, String where) {
		for (Annotation annotation : document.annotations()) {
			learn(annotation, where);
		}
	}

	/**
	 * Remembers one annotation (ignored when it is a claim, a proposal, orphaned or has no words).
	 *
	 * @return the id of the entry it made or replaced (for {@link #forgetEntry}), or null if ignored
	 */
	public String learn(Annotation annotation, String where) {
		if (!rememberable(annotation)) {
			return null;
		}
		String key = Tokens.key(annotation.getQuote());
		if (key.isEmpty()) {
			return null;
		}
		AnnotationType type = AnnotationType.of(annotation);
		Map<String, Entry> entries = byFirstWord.computeIfAbsent(firstWord(key), k -> new LinkedHashMap<>());
		String id = key + "\u0000" + type;
		if (entries.put(id, new Entry(key, type, copyAttributes(annotation), where)) == null) {
			size++;
		}
		return id;
	}

	/** Forgets the entry {@link #learn} returned this id for; nothing if it is not remembered. */
	public void forgetEntry(String id) {
		int zero = id.indexOf('\u0000');
		if (zero < 0) {
			return;
		}
		Map<String, Entry> entries = byFirstWord.get(firstWord(id.substring(0, zero)));
		if (entries != null && entries.remove(id) != null) {
			size--;
			if (entries.isEmpty()) {
				byFirstWord.remove(firstWord(id.substring(0, zero)));
			}
		}
	}

	/** The entry {@link #learn} returned this id for, or null. */
	public Entry entry(String id) {
		int zero = id.indexOf('\u0000');
		Map<String, Entry> entries = zero < 0 ? null : byFirstWord.get(firstWord(id.substring(0, zero)));
		return entries == null ? null : entries.get(id);
	}

	/** Forgets a passage of a type (its annotation was removed everywhere, say). */
	public void forget(AnnotationType type, String quote) {
		String key = Tokens.key(quote);
		Map<String, Entry> entries = byFirstWord.get(firstWord(key));
		if (entries != null && entries.remove(key + "\u0000" + type) != null) {
			size--;
		}
	}

	/** Entries whose key starts with this word. */
	public List<Entry> startingWith(String firstWord) {
		Map<String, Entry> entries = byFirstWord.get(firstWord);
		return entries == null ? List.of() : new ArrayList<>(entries.values());
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	private static boolean rememberable(Annotation annotation) {
		return !(annotation instanceof dev.gloss.model.Claim) && annotation.getStatus() != Status.PROPOSED
				&& !annotation.isOrphaned() && annotation.getQuote() != null;
	}

	/** A detached annotation of the same type with the analyst's attributes and no links. */
	public static Annotation copyAttributes(Annotation annotation) {
		Annotation copy = (Annotation) EcoreUtil.create(annotation.eClass());
		for (EAttribute attribute : annotation.eClass().getEAllAttributes()) {
			if (!NOT_COPIED.contains(attribute) && annotation.eIsSet(attribute)) {
				copy.eSet(attribute, annotation.eGet(attribute));
			}
		}
		return copy;
	}

	private static String firstWord(String key) {
		int space = key.indexOf(' ');
		return space < 0 ? key : key.substring(0, space);
	}
}
