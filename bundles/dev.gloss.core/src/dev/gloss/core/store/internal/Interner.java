/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.core.store.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Shares equal values within one load: the parser hands out a new string for every attribute, so
 * without this a document of 100,000 annotations by three analysts would hold 100,000 copies of
 * their names, of "vehicles", of each timestamp and coordinate. Bounded, so a file of all-distinct
 * values costs at most a small table; values beyond the bound are simply not shared.
 */
final class Interner {

	private static final int LIMIT = 1 << 14;

	private final Map<String, String> strings = new HashMap<>();
	/** One table per value type, so that "100" as a count and "100" as a GeoNames id stay apart. */
	private final Map<Class<?>, Map<String, Object>> values = new HashMap<>();
	private Class<?> lastType;
	private Map<String, Object> lastTable;

	/** The first string equal to {@code value} seen in this load. */
	String get(String value) {
		// one table operation per value, hit or miss
		String shared = strings.size() < LIMIT ? strings.putIfAbsent(value, value) : strings.get(value);
		return shared != null ? shared : value;
	}

	/** The value parsed from an equal string earlier in this load, or a newly parsed one. */
	@SuppressWarnings("unchecked")
	<T> T value(Class<T> type, String text, Function<String, T> parse) {
		// values of one type usually come in runs (latitude, longitude): skip the table lookup then
		Map<String, Object> ofType = type == lastType ? lastTable : values.computeIfAbsent(type, t -> new HashMap<>());
		lastType = type;
		lastTable = ofType;
		Object shared = ofType.get(text);
		if (shared != null) {
			return (T) shared;
		}
		T value = parse.apply(text);
		if (ofType.size() < LIMIT) {
			ofType.put(text, value);
		}
		return value;
	}
}
