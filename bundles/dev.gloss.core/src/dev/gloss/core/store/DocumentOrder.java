/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;

import dev.gloss.model.Annotation;

/** The order annotations are written in: by begin, then end, then id. */
public final class DocumentOrder {

	public static final Comparator<Annotation> COMPARATOR = Comparator.comparingInt(Annotation::getBegin)
			.thenComparingInt(Annotation::getEnd)
			.thenComparing(Annotation::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

	private DocumentOrder() {
	}

	public static boolean isSorted(List<? extends Annotation> annotations) {
		for (int i = 1; i < annotations.size(); i++) {
			if (COMPARATOR.compare(annotations.get(i - 1), annotations.get(i)) > 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Puts the annotations in document order in place, in O(n log n). Order in the list carries no
	 * meaning, so this reorders the backing array without move notifications: a list of 100,000
	 * annotations would otherwise send up to 100,000 of them, each shifting the array.
	 */
	public static void sort(List<? extends Annotation> annotations) {
		if (isSorted(annotations)) {
			return;
		}
		if (annotations instanceof BasicEList<?> list) {
			Object[] data = list.data();
			Arrays.sort(data, 0, list.size(), (a, b) -> COMPARATOR.compare((Annotation) a, (Annotation) b));
		} else {
			annotations.sort(COMPARATOR);
		}
	}
}
