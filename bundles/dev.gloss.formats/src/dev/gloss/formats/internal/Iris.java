package dev.gloss.formats.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The IRIs Gloss gives annotations in formats that link them (W3C, GeoJSON). */
public final class Iris {

	public static final String UUID_PREFIX = "urn:uuid:";
	/** For ids that are not UUIDs (files written by hand or other tools). */
	public static final String ID_PREFIX = "urn:x-gloss:id:";

	private Iris() {
	}

	/** {@code urn:uuid:...}: absolute, and the same wherever the export is published. */
	public static String of(String id) {
		try {
			return UUID_PREFIX + UUID.fromString(id);
		} catch (IllegalArgumentException e) {
			return ID_PREFIX + URLEncoder.encode(id, StandardCharsets.UTF_8);
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
