/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.model.impl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * The class every generated Gloss model class extends (the genmodel's {@code rootExtendsClass}),
 * so that an annotation's id can be held compactly: Gloss ids are random UUIDs, which as a string
 * take 80 bytes per annotation (a String and its 36-byte array) and as two longs 16. Any other id
 * (upper-case, braces, an id from an imported file) is kept as the string it is.
 *
 * <p>{@code Annotation.id} is a volatile feature whose generated accessors call
 * {@link #basicGetCompactId()} and {@link #basicSetCompactId(String)}; {@code getId()} returns an
 * equal string every time (a new instance for a UUID: compare ids with {@code equals}).
 * <p>The same way an annotation's quote, prefix and suffix are held in one array
 * ({@link CompactTexts}): volatile features whose accessors call {@link #basicGetText(int)} and
 * {@link #basicSetText(int, String)}; the getters return an equal string every time.
 *
 * <p>Hand-written because the generator, without an IDE, overwrites src-gen whole.
 */
public abstract class GlossObjectImpl extends MinimalEObjectImpl.Container {

	/** Marks that the id is the UUID in {@link #idHigh} and {@link #idLow}; compared by identity. */
	private static final String UUID_BITS = new String("uuid");

	private long idHigh;
	private long idLow;
	/** null (no id), {@link #UUID_BITS}, or the id itself when it is not a canonical UUID. */
	private String idText;

	/** The slot of the quote in {@link #texts}. */
	protected static final int QUOTE_TEXT = 0;
	/** The slot of the prefix in {@link #texts}. */
	protected static final int PREFIX_TEXT = 1;
	/** The slot of the suffix in {@link #texts}. */
	protected static final int SUFFIX_TEXT = 2;

	/** Quote, prefix and suffix of an annotation, packed by {@link CompactTexts}; null when none is set. */
	private byte[] texts;

	protected GlossObjectImpl() {
	}

	/** The id as set: the same characters, in a new string when held as a UUID. */
	protected final String basicGetCompactId() {
		String text = idText;
		return text == UUID_BITS ? CompactIds.format(idHigh, idLow) : text;
	}

	/** The generated toString lists stored attributes only: the id, volatile, is added here. */
	@Override
	public String toString() {
		String id = basicGetCompactId();
		return id == null || eIsProxy() ? super.toString() : super.toString() + " [id " + id + "]";
	}

	/** Holds the id as two longs when it is a UUID in canonical (lower-case) form, else as is. */
	protected final void basicSetCompactId(String id) {
		if (id != null && CompactIds.hasUuidShape(id)) {
			long a = CompactIds.hex(id, 0, 8);
			long b = CompactIds.hex(id, 9, 4);
			long c = CompactIds.hex(id, 14, 4);
			long d = CompactIds.hex(id, 19, 4);
			long e = CompactIds.hex(id, 24, 12);
			if ((a | b | c | d | e) >= 0) {
				// only lower-case hex: UUID.toString() gives these very characters back
				idHigh = a << 32 | b << 16 | c;
				idLow = d << 48 | e;
				idText = UUID_BITS;
				return;
			}
		}
		idText = id;
	}

	/** True when the id is a canonical UUID, held as {@link #basicIdHigh()} and {@link #basicIdLow()}. */
	public final boolean basicIdIsUuid() {
		return idText == UUID_BITS;
	}

	/**
	 * The high 64 bits of a UUID id: its first three groups of hex digits, as
	 * {@link java.util.UUID#getMostSignificantBits()} gives them; for a reader's id table.
	 */
	public final long basicIdHigh() {
		return idHigh;
	}

	/** The low 64 bits of a UUID id: its last two groups of hex digits. */
	public final long basicIdLow() {
		return idLow;
	}

	/** The text in a slot ({@link #QUOTE_TEXT}...), a new string equal to the one set. */
	protected final String basicGetText(int slot) {
		return CompactTexts.get(texts, slot);
	}

	protected final void basicSetText(int slot, String text) {
		texts = CompactTexts.with(texts, slot, text);
	}

	/**
	 * Quote, prefix and suffix as held, for a writer that copies their bytes
	 * ({@link CompactTexts#utf8}); null when none is set. Never to be changed: it is the model's.
	 */
	public final byte[] basicGetTexts() {
		return texts;
	}

	/**
	 * Sets quote, prefix and suffix at once, without notifications: for a reader filling in an
	 * annotation it has just made (one array made instead of three in turn).
	 *
	 * @param wellFormed the texts come from an XML parser, so hold no lone surrogate
	 */
	public final void basicSetTexts(String quote, String prefix, String suffix, boolean wellFormed) {
		texts = wellFormed ? CompactTexts.ofWellFormed(quote, prefix, suffix) : CompactTexts.of(quote, prefix, suffix);
	}
}
