/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The IRIs Gloss gives annotations in formats that link them (W3C, GeoJSON). */
public final class Iris {

	public static final String UUID_PREFIX = "urn:uuid:";
	/** For ids that are not UUIDs (files written by hand or other tools). */
	public static final String ID_PREFIX = "urn:x-gloss:id:";
	/**
	 * An article named by its path in the corpus, when no base IRI is given: the same on every
	 * machine and in every clone, unlike a file: IRI of one user's folder.
	 */
	public static final String ARTICLE_PREFIX = "urn:x-gloss:article:";

	private Iris() {
	}

	/** {@code urn:uuid:...}: absolute, and the same wherever the export is published. */
	public static String of(String id) {
		if (isCanonicalUuid(id)) {
			// what UUID.fromString(id).toString() gives back for it, without parsing (ids Gloss made)
			return UUID_PREFIX.concat(id);
		}
		try {
			return UUID_PREFIX + UUID.fromString(id);
		} catch (IllegalArgumentException e) {
			return ID_PREFIX + URLEncoder.encode(id, StandardCharsets.UTF_8);
		}
	}

	/** 36 characters, lower-case hex digits in groups of 8-4-4-4-12: the form UUID.toString writes. */
	static boolean isCanonicalUuid(String id) {
		if (id.length() != 36 || id.charAt(8) != '-' || id.charAt(13) != '-' || id.charAt(18) != '-'
				|| id.charAt(23) != '-') {
			return false;
		}
		for (int i = 0; i < 36; i++) {
			char c = id.charAt(i);
			// the dashes are checked above; every other character must be a lower-case hex digit
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') && i != 8 && i != 13 && i != 18 && i != 23) {
				return false;
			}
		}
		return true;
	}

	/** {@code urn:x-gloss:article:dir/a.txt}: the article's corpus path, percent-encoded where IRIs need it. */
	public static String article(String path) {
		try {
			return ARTICLE_PREFIX + new java.net.URI(null, null, path, null);
		} catch (java.net.URISyntaxException e) {
			throw new IllegalArgumentException("cannot make an IRI of " + path, e);
		}
	}

	/** The corpus path an {@link #article(String)} IRI names, or {@code null} for other IRIs. */
	public static String articlePath(String iri) {
		if (!iri.startsWith(ARTICLE_PREFIX)) {
			return null;
		}
		try {
			return new java.net.URI(iri.substring(ARTICLE_PREFIX.length())).getPath();
		} catch (java.net.URISyntaxException e) {
			return null;
		}
	}

	/** The Gloss id behind an IRI of {@link #of(String)}, or the IRI itself for others. */
	public static String idOf(String iri) {
		if (iri.startsWith(UUID_PREFIX)) {
			return iri.substring(UUID_PREFIX.length());
		}
		if (iri.startsWith(ID_PREFIX)) {
			return java.net.URLDecoder.decode(iri.substring(ID_PREFIX.length()), StandardCharsets.UTF_8);
		}
		return iri;
	}
}
