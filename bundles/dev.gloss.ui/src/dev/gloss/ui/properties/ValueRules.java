/*
 * Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.properties;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import dev.gloss.model.GlossPackage;
import dev.gloss.ui.internal.EditorMessages;

/**
 * Checks a value typed into an attribute field before it is applied, so that the quick edit and
 * the Properties view refuse what the validator would later report as an error (credibility 9, a
 * country code "china", latitude 200) with a plain message, at once, instead of saving it.
 */
public final class ValueRules {

	private static final GlossPackage G = GlossPackage.eINSTANCE;

	private ValueRules() {
	}

	/** The value the text stands for (null for an empty field); throws with a plain message when invalid. */
	public static Object parse(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (type.getInstanceClass() == String.class) {
			String value = text == null || text.isEmpty() ? null : text;
			check(attribute, value, text);
			return value;
		}
		if (text == null || text.isBlank()) {
			return null;
		}
		Object value;
		try {
			value = EcoreUtil.createFromString(type, text.strip());
		} catch (RuntimeException e) {
			Class<?> kind = type.getInstanceClass();
			if (kind == Integer.class || kind == int.class || kind == Long.class || kind == long.class) {
				throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_notAWholeNumber, text.strip()));
			}
			if (Number.class.isAssignableFrom(kind) || kind == double.class) {
				throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_notANumber, text.strip()));
			}
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_invalid, text.strip(), attribute.getName()));
		}
		check(attribute, value, text.strip());
		return value;
	}

	/** A plain message saying why the text is refused, or null when it is fine. */
	public static String problem(EAttribute attribute, String text) {
		try {
			parse(attribute, text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	private static void check(EAttribute attribute, Object value, String text) {
		if (value == null) {
			return;
		}
		if (attribute == G.getClaim_Credibility() && (((Integer) value) < 1 || ((Integer) value) > 6)) {
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_credibility, text));
		}
		if (attribute == G.getLocation_CountryCode() && !((String) value).matches("[A-Z]{2}")) {
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_countryCode, text));
		}
		if (attribute == G.getLocation_Latitude() && !(Math.abs(((Number) value).doubleValue()) <= 90)) {
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_latitude, text));
		}
		if (attribute == G.getLocation_Longitude() && !(Math.abs(((Number) value).doubleValue()) <= 180)) {
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_longitude, text));
		}
		if ((attribute == G.getCount_Value() || attribute == G.getCount_Min() || attribute == G.getCount_Max())
				&& ((BigDecimal) value).signum() < 0) {
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_negative, text));
		}
		if (attribute == G.getLocation_GeonamesId() && ((Number) value).longValue() <= 0) {
			throw new IllegalArgumentException(NLS.bind(EditorMessages.Value_geonames, text));
		}
	}
}
