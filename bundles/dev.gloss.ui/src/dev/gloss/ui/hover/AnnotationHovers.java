/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.ui.internal.EditorMessages;

/**
 * The hover of a passage, as the simple HTML the editor's hover control reads: the type in bold,
 * the key attributes, then the links by what the analyst reads in the text (a source's name or
 * quote, a place's name, a count's number), never by id: a claim's sources, places and counts,
 * and for a source, place or count the claims that cite it.
 */
public final class AnnotationHovers {

	private AnnotationHovers() {
	}

	/** One block per annotation, innermost first, separated by a blank line. */
	public static String html(List<Annotation> annotations) {
		StringBuilder out = new StringBuilder();
		for (Annotation a : annotations) {
			if (!out.isEmpty()) {
				out.append("<br><br>");
			}
			out.append(html(a));
		}
		return out.toString();
	}

	public static String html(Annotation a) {
		StringBuilder out = new StringBuilder();
		out.append("<b>").append(escape(AnnotationType.of(a).label())).append("</b>");
		String attributes = AnnotationDescriptions.attributes(a);
		if (a instanceof Claim) {
			// the links get their own lines below; the attribute line keeps certainty and credibility
			attributes = claimAttributes((Claim) a);
		}
		if (!attributes.isEmpty()) {
			out.append(": ").append(escape(attributes));
		}
		out.append("<br>\u201c").append(escape(AnnotationDescriptions.shortQuote(a))).append("\u201d");
		if (a.isOrphaned()) {
			out.append("<br><b>").append(escape(EditorMessages.Hover_orphaned)).append("</b>");
		}
		if (a instanceof Claim claim) {
			line(out, EditorMessages.Hover_sources, names(claim.getSources()));
			line(out, EditorMessages.Hover_locations, names(claim.getLocations()));
			line(out, EditorMessages.Hover_counts, names(claim.getCounts()));
		} else {
			line(out, EditorMessages.Hover_citedBy, citedBy(a));
		}
		if (a.getComment() != null && !a.getComment().isBlank()) {
			line(out, EditorMessages.Hover_comment, List.of(a.getComment().strip()));
		}
		if (a.getCreator() != null && !a.getCreator().isBlank()) {
			line(out, EditorMessages.Hover_creator, List.of(a.getCreator()));
		}
		return out.toString();
	}

	/** What a link to the annotation shows: a count's number, a source's or place's name, else its quote. */
	public static String linkName(Annotation a) {
		if (a instanceof Count count) {
			String value = AnnotationDescriptions.countValue(count);
			return value.isEmpty() ? AnnotationDescriptions.shortQuote(a) : value;
		}
		return AnnotationDescriptions.name(a);
	}

	private static String claimAttributes(Claim claim) {
		List<String> parts = new ArrayList<>();
		if (claim.getCertainty() != null && claim.getCertainty() != dev.gloss.model.Certainty.UNSPECIFIED) {
			parts.add(claim.getCertainty().getLiteral());
		}
		if (claim.getCredibility() != null) {
			parts.add(NLS.bind(dev.gloss.ui.internal.Messages.Description_credibility, claim.getCredibility()));
		}
		if (claim.getStatus() != null && claim.getStatus() != dev.gloss.model.Status.DRAFT) {
			parts.add(claim.getStatus().getLiteral());
		}
		if (claim.getParaphrase() != null && !claim.getParaphrase().isBlank()) {
			parts.add("\u201c" + claim.getParaphrase().strip() + "\u201d");
		}
		return String.join(", ", parts);
	}

	private static List<String> names(List<? extends Annotation> linked) {
		List<String> names = new ArrayList<>(linked.size());
		linked.forEach(a -> names.add(linkName(a)));
		return names;
	}

	private static List<String> citedBy(Annotation target) {
		List<String> claims = new ArrayList<>();
		if (target.eContainer() instanceof AnnotatedDocument document) {
			for (Annotation other : document.getAnnotations()) {
				if (other instanceof Claim claim && (claim.getSources().contains(target)
						|| claim.getLocations().contains(target) || claim.getCounts().contains(target))) {
					claims.add("\u201c" + AnnotationDescriptions.shortQuote(claim) + "\u201d");
				}
			}
		}
		return claims;
	}

	private static void line(StringBuilder out, String label, List<String> values) {
		if (!values.isEmpty()) {
			out.append("<br>").append(escape(label)).append(": ").append(escape(String.join(" \u00b7 ", values)));
		}
	}

	/** The hover control reads HTML: a quote with "<" or "&" must stay text. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
