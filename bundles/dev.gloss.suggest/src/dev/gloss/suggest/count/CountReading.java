// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.gloss.model.Count;
import dev.gloss.model.Qualifier;

/**
 * What a count expression says, as a news analyst reads it: a value, or a range whose ends may be
 * open ({@code min} set and {@code max} null: "at least 100 to several hundred"), a qualifier,
 * the unit or counted thing and the period, each as the article words it.
 *
 * @param value     the number, when the expression gives one ("about 300"); null for a range
 * @param min       the lower end of a range, or null
 * @param max       the upper end of a range; null when open or not a range
 * @param qualifier exact unless the expression hedges ("about", "at least", "more than" ...)
 * @param unit      what is counted, or the unit: "trucks", "tons of coal", "USD", "%"; null if none
 * @param period    when or over what time: "a month", "per day", "last night"; null if none
 */
public record CountReading(BigDecimal value, BigDecimal min, BigDecimal max, Qualifier qualifier, String unit,
		String period) {

	public CountReading {
		Objects.requireNonNull(qualifier, "qualifier");
		value = strip(value);
		min = strip(min);
		max = strip(max);
	}

	/** Writes the reading into a count, leaving its other attributes alone. */
	public void applyTo(Count count) {
		count.setValue(value);
		count.setMin(min);
		count.setMax(max);
		count.setQualifier(qualifier);
		count.setUnit(unit);
		count.setPeriod(period);
	}

	/**
	 * Fills in a count that has no number yet: the numbers and qualifier read, the unit and period only
	 * where the analyst left them empty (what they typed stays theirs).
	 */
	public void fillIn(Count count) {
		String typedUnit = count.getUnit();
		String typedPeriod = count.getPeriod();
		applyTo(count);
		if (typedUnit != null) {
			count.setUnit(typedUnit);
		}
		if (typedPeriod != null) {
			count.setPeriod(typedPeriod);
		}
	}

	/** Whether a count says the same: numbers equal in value (1E+3 is 1000), texts equal. */
	public boolean sameAs(Count count) {
		return equal(value, count.getValue()) && equal(min, count.getMin()) && equal(max, count.getMax())
				&& qualifier == count.getQualifier() && Objects.equals(unit, count.getUnit())
				&& Objects.equals(period, count.getPeriod());
	}

	/** One line for a person: "min 100, max open, at least, vehicles". */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (value != null) {
			parts.add(value.toPlainString());
		} else {
			parts.add("min " + (min == null ? "open" : min.toPlainString()));
			parts.add("max " + (max == null ? "open" : max.toPlainString()));
		}
		if (qualifier != Qualifier.EXACT) {
			parts.add(qualifier.getLiteral().replace('-', ' '));
		}
		if (unit != null) {
			parts.add(unit);
		}
		if (period != null) {
			parts.add(period);
		}
		return String.join(", ", parts);
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static BigDecimal strip(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		// 3E+2 is right but reads badly in files and popups: keep integers as integers
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
