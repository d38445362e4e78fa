/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.model.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Location;

/**
 * The rules an annotation file must keep, on top of EMF's structural checks (required values,
 * unique ids).
 *
 * <p>Offsets and quotes can only be checked against the article: pass its decoded text in the
 * context map under {@link #ARTICLE_TEXT}. Without it those two rules are skipped.
 *
 * <p>Each diagnostic's data holds the offending object first and the feature second, so callers
 * can point at the annotation.
 */
public class GlossValidator extends EObjectValidator {

	/** Diagnostic source of every Gloss rule. */
	public static final String DIAGNOSTIC_SOURCE = "dev.gloss.model";

	/** Context key: the decoded article text ({@link CharSequence}) the annotations point into. */
	public static final String ARTICLE_TEXT = "dev.gloss.model.articleText";

	public static final int OFFSETS_OUT_OF_RANGE = 1;
	public static final int QUOTE_MISMATCH = 2;
	/** Warning: a count with no number yet (incomplete, the normal state right after marking). */
	public static final int COUNT_WITHOUT_NUMBER = 3;
	/**
	 * The words every warning about unfinished work carries ("Count '42 barges' is incomplete: ..."),
	 * so that exports can list such warnings while leaving out the other rule warnings.
	 */
	public static final String INCOMPLETE = " is incomplete: ";
	public static final int COUNT_RANGE_REVERSED = 4;
	public static final int REFERENCE_OUTSIDE_DOCUMENT = 5;
	public static final int CREDIBILITY_OUT_OF_RANGE = 6;
	public static final int COUNTRY_CODE_INVALID = 7;
	public static final int COORDINATES_INVALID = 8;
	/** Warning: a claim that names no source (who says so?). */
	public static final int CLAIM_WITHOUT_SOURCE = 9;
	/** Warning: the passage was not found when the article changed; the quote is kept. */
	public static final int ORPHANED = 10;
	/** Warning: two merged branches changed the annotation differently. */
	public static final int MERGE_CONFLICT = 11;
	/** Warning: an annotation that marks no text. */
	public static final int EMPTY_PASSAGE = 12;
	/** Warning: a disputed annotation without a recorded conflict, or the reverse. */
	public static final int CONFLICT_NOT_DISPUTED = 13;
	/** Error: an offset falls between the two halves of a character outside the BMP (an emoji, say). */
	public static final int OFFSET_SPLITS_CHARACTER = 14;
	/** Error: two annotations of a document with one id (a file edited by hand, say). */
	public static final int DUPLICATE_ID = 15;

	public static final GlossValidator INSTANCE = new GlossValidator();

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

	/**
	 * Checks a whole document: structure, ids, and every rule above.
	 *
	 * @param articleText the decoded article, or {@code null} to skip the offset and quote rules
	 */
	public static Diagnostic validate(AnnotatedDocument document, CharSequence articleText) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
		registry.put(GlossPackage.eINSTANCE, INSTANCE);
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return eObject instanceof Annotation annotation ? describe(annotation) : super.getObjectLabel(eObject);
			}
		};
		Map<Object, Object> context = diagnostician.createDefaultContext();
		if (articleText != null) {
			context.put(ARTICLE_TEXT, articleText);
		}
		return diagnostician.validate(document, context);
	}

	@Override
	protected EObjectValidator getRootEValidator(Map<Object, Object> context) {
		return this;
	}

	/**
	 * The checker of each Gloss data type's facets (enumerations, say), made once: EMF makes a new
	 * one for every value it checks, which reads the type's metadata again each time and was a
	 * third of the cost of validating a document. Data types of other packages map to
	 * {@link #OTHER_PACKAGE}.
	 */
	private final Map<EDataType, Object> dataTypeValidators = new ConcurrentHashMap<>();

	private static final Object OTHER_PACKAGE = new Object();

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Object checker = dataTypeValidators.get(eDataType);
		if (checker == null) {
			checker = eDataType.eContainer() == GlossPackage.eINSTANCE ? new DynamicEDataTypeValidator(eDataType)
					: OTHER_PACKAGE;
			dataTypeValidators.put(eDataType, checker);
		}
		if (checker instanceof DynamicEDataTypeValidator gloss && eDataType.isInstance(value)) {
			// what EObjectValidator does for a data type of another package than its own, minus the new checker
			return gloss.validate(eDataType, value, diagnostics, context);
		}
		return super.validate(eDataType, value, diagnostics, context);
	}

	/**
	 * No data type of this model has facets (Ecore's strings, numbers and booleans; Gloss's
	 * enumerations and Instant), and the generated setters take only values of the attribute's
	 * type: a Gloss object's values always conform. EMF would still read every value to check it,
	 * boxing every offset and decoding quote, prefix and suffix (held packed) twice.
	 */
	@Override
	public boolean validate_EveryDataValueConforms(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return isGloss(eObject) || super.validate_EveryDataValueConforms(eObject, diagnostics, context);
	}

	/**
	 * An annotation's id is checked once per document ({@link #DUPLICATE_ID}), in one pass and in
	 * words an analyst reads; EMF's check builds the resource's id map and looks every id up again.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eObject instanceof Annotation && eObject.eContainer() instanceof AnnotatedDocument
				|| super.validate_UniqueID(eObject, diagnostics, context);
	}

	private boolean validateIds(AnnotatedDocument document, DiagnosticChain diagnostics) {
		Map<String, Annotation> seen = new HashMap<>(document.getAnnotations().size() * 2);
		boolean valid = true;
		for (Annotation annotation : document.getAnnotations()) {
			String id = annotation.getId();
			// a missing id is reported by the multiplicity check
			Annotation other = id == null ? null : seen.putIfAbsent(id, annotation);
			if (other != null) {
				valid = report(diagnostics, DUPLICATE_ID, annotation, GlossPackage.Literals.ANNOTATION__ID,
						describe(annotation) + ": its id " + id + " is also the id of " + describe(other)
								+ "; links cannot tell them apart");
			}
		}
		return valid;
	}

	/**
	 * Only a claim's links are cross references in this model, and a link to an annotation that
	 * could not be found or lies in another document is reported by the Gloss rule
	 * ({@link #REFERENCE_OUTSIDE_DOCUMENT}) in words an analyst reads: EMF's check would report it
	 * a second time, in its own words, after walking every link reflectively.
	 */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return isGloss(eObject) || super.validate_EveryProxyResolves(eObject, diagnostics, context);
	}

	/** As {@link #validate_EveryProxyResolves}: the Gloss rule reports a link out of the document. */
	@Override
	public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return isGloss(eObject) || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
	}

	private static boolean isGloss(EObject eObject) {
		return eObject.eClass().getEPackage() == GlossPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		if (eObject instanceof AnnotatedDocument document) {
			valid &= validateIds(document, diagnostics);
		}
		if (eObject instanceof Annotation annotation) {
			valid &= validateAnchor(annotation, diagnostics, context);
			validateConflicts(annotation, diagnostics);
		}
		if (eObject instanceof Claim claim) {
			valid &= validateClaim(claim, diagnostics);
		} else if (eObject instanceof Count count) {
			valid &= validateCount(count, diagnostics);
		} else if (eObject instanceof Location location) {
			valid &= validateLocation(location, diagnostics);
		}
		return valid;
	}

	/** Whether a UTF-16 offset lies between a high and a low surrogate. */
	private static boolean splitsPair(CharSequence text, int offset) {
		return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
				&& Character.isLowSurrogate(text.charAt(offset));
	}

	private boolean validateAnchor(Annotation annotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CharSequence text = context == null ? null : (CharSequence) context.get(ARTICLE_TEXT);
		int begin = annotation.getBegin();
		int end = annotation.getEnd();
		int length = text == null ? Integer.MAX_VALUE : text.length();
		if (begin < 0 || begin > end || end > length) {
			String limit = text == null ? "" : " <= " + length;
			return report(diagnostics, OFFSETS_OUT_OF_RANGE, annotation, GlossPackage.Literals.ANNOTATION__BEGIN,
					describe(annotation) + ": offsets " + begin + ".." + end + " break 0 <= begin <= end" + limit);
		}
		if (text != null && (splitsPair(text, begin) || splitsPair(text, end))) {
			int at = splitsPair(text, begin) ? begin : end;
			return report(diagnostics, OFFSET_SPLITS_CHARACTER, annotation, GlossPackage.Literals.ANNOTATION__BEGIN,
					describe(annotation) + ": its " + (at == begin ? "begin" : "end") + " offset " + at
							+ " falls inside a character (between the two halves of a surrogate pair, such as an"
							+ " emoji); no export can represent it: select the passage again");
		}
		if (annotation.isOrphaned()) {
			// its offsets only say where the passage used to be: the quote is what is left of it
			return warn(diagnostics, ORPHANED, annotation, GlossPackage.Literals.ANNOTATION__ORPHANED,
					describe(annotation) + " is orphaned: its passage was not found after the article changed;"
							+ " select the passage again, or remove the annotation");
		}
		// read once: the getter decodes the packed text each time
		String quote = annotation.getQuote();
		if (begin == end && (quote == null || quote.isEmpty())) {
			warn(diagnostics, EMPTY_PASSAGE, annotation, GlossPackage.Literals.ANNOTATION__END,
					describe(annotation) + " marks no text (begin = end = " + begin + ")");
		}
		if (text != null && quote != null) {
			String actual = text.subSequence(begin, end).toString();
			if (!actual.equals(quote)) {
				return report(diagnostics, QUOTE_MISMATCH, annotation, GlossPackage.Literals.ANNOTATION__QUOTE,
						describe(annotation) + ": the quote \"" + shorten(quote)
								+ "\" does not match the article text at " + begin + ".." + end + ", which reads \""
								+ shorten(actual) + "\"");
			}
		}
		return true;
	}

	private boolean validateClaim(Claim claim, DiagnosticChain diagnostics) {
		boolean valid = true;
		Integer credibility = claim.getCredibility();
		if (credibility != null && (credibility < 1 || credibility > 6)) {
			valid = report(diagnostics, CREDIBILITY_OUT_OF_RANGE, claim, GlossPackage.Literals.CLAIM__CREDIBILITY,
					describe(claim) + ": credibility " + credibility + " is not on the Admiralty scale 1-6");
		}
		if (claim.getSources().isEmpty()) {
			warn(diagnostics, CLAIM_WITHOUT_SOURCE, claim, GlossPackage.Literals.CLAIM__SOURCES,
					describe(claim) + " has no source: link it to who makes the claim (a Source annotation)");
		}
		valid &= checkSameDocument(claim, GlossPackage.Literals.CLAIM__SOURCES, claim.getSources(), diagnostics);
		valid &= checkSameDocument(claim, GlossPackage.Literals.CLAIM__LOCATIONS, claim.getLocations(), diagnostics);
		valid &= checkSameDocument(claim, GlossPackage.Literals.CLAIM__COUNTS, claim.getCounts(), diagnostics);
		return valid;
	}

	private boolean checkSameDocument(Claim claim, EStructuralFeature feature, List<? extends Annotation> targets,
			DiagnosticChain diagnostics) {
		AnnotatedDocument home = documentOf(claim);
		for (Annotation target : targets) {
			if (target.eIsProxy() || documentOf(target) != home) {
				String what = target.eIsProxy() ? "an annotation that could not be found ("
						+ EcoreUtil.getURI(target).fragment() + ")" : "an annotation of another document";
				return report(diagnostics, REFERENCE_OUTSIDE_DOCUMENT, claim, feature,
						describe(claim) + ": " + feature.getName() + " refers to " + what);
			}
		}
		return true;
	}

	/** Disputes from merges stay visible until someone settles them: warnings, never errors. */
	private static void validateConflicts(Annotation annotation, DiagnosticChain diagnostics) {
		for (dev.gloss.model.Conflict conflict : annotation.getConflicts()) {
			String by = conflict.getTheirsCreator() == null ? "" : " (by " + conflict.getTheirsCreator() + ")";
			warn(diagnostics, MERGE_CONFLICT, annotation, GlossPackage.Literals.ANNOTATION__CONFLICTS,
					describe(annotation) + ": merge conflict on " + conflict.getFeature() + ": "
							+ show(conflict.getOurs()) + " here, " + show(conflict.getTheirs())
							+ " on the other branch" + by + ", " + show(conflict.getBase())
							+ " before; keep one and remove the conflict");
		}
		if (annotation.getStatus() == dev.gloss.model.Status.DISPUTED && annotation.getConflicts().isEmpty()) {
			return; // disputed by a person, not a merge: nothing to report
		}
		if (!annotation.getConflicts().isEmpty() && annotation.getStatus() != dev.gloss.model.Status.DISPUTED) {
			warn(diagnostics, CONFLICT_NOT_DISPUTED, annotation, GlossPackage.Literals.ANNOTATION__STATUS,
					describe(annotation) + " has unresolved merge conflicts but is not marked disputed");
		}
	}

	private static String show(String value) {
		return value == null ? "(not set)" : "'" + shorten(value) + "'";
	}

	private boolean validateCount(Count count, DiagnosticChain diagnostics) {
		BigDecimal min = count.getMin();
		BigDecimal max = count.getMax();
		if (count.getValue() == null && min == null && max == null) {
			// marking first and filling in later is the normal order of work: incomplete, not wrong
			return warn(diagnostics, COUNT_WITHOUT_NUMBER, count, GlossPackage.Literals.COUNT__VALUE,
					describe(count) + INCOMPLETE + "a count needs a value or a range (min and/or max)");
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			return report(diagnostics, COUNT_RANGE_REVERSED, count, GlossPackage.Literals.COUNT__MIN,
					describe(count) + ": range minimum " + min.toPlainString() + " is above maximum "
							+ max.toPlainString());
		}
		return true;
	}

	private boolean validateLocation(Location location, DiagnosticChain diagnostics) {
		boolean valid = true;
		String code = location.getCountryCode();
		if (code != null && !COUNTRY_CODE.matcher(code).matches()) {
			valid = report(diagnostics, COUNTRY_CODE_INVALID, location, GlossPackage.Literals.LOCATION__COUNTRY_CODE,
					describe(location) + ": country code '" + code
							+ "' is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. CN, KP)");
		}
		Double latitude = location.getLatitude();
		Double longitude = location.getLongitude();
		boolean onlyOne = (latitude == null) != (longitude == null);
		boolean outside = latitude != null && Math.abs(latitude) > 90 || longitude != null && Math.abs(longitude) > 180;
		if (onlyOne || outside) {
			valid &= report(diagnostics, COORDINATES_INVALID, location, GlossPackage.Literals.LOCATION__LATITUDE,
					describe(location) + ": coordinates need both latitude (-90..90) and longitude (-180..180), got "
							+ latitude + ", " + longitude);
		}
		return valid;
	}

	private static AnnotatedDocument documentOf(EObject object) {
		EObject container = object.eContainer();
		return container instanceof AnnotatedDocument document ? document : null;
	}

	private static boolean report(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature,
			String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message,
					new Object[] { object, feature }));
		}
		return false;
	}

	/** A warning: reported, but the document stays valid. */
	private static boolean warn(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature,
			String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, DIAGNOSTIC_SOURCE, code, message,
					new Object[] { object, feature }));
		}
		return true;
	}

	/** "Claim 'at least 100 vehicles' (3f2a…)": how messages name an annotation. */
	public static String describe(Annotation annotation) {
		String quote = annotation.getQuote() == null ? "" : " '" + shorten(annotation.getQuote()) + "'";
		return annotation.eClass().getName() + quote + " (" + annotation.getId() + ")";
	}

	private static String shorten(String text) {
		String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
	}
}
