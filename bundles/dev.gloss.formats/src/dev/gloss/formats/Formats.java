/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats;

import java.util.List;
import java.util.Optional;

import dev.gloss.formats.brat.BratFormat;
import dev.gloss.formats.brat.BratImport;
import dev.gloss.formats.conll.ConllFormat;
import dev.gloss.formats.conll.ConllImport;
import dev.gloss.formats.csv.CsvFormat;
import dev.gloss.formats.geojson.GeoJsonFormat;
import dev.gloss.formats.jsonl.JsonlFormat;
import dev.gloss.formats.jsonl.JsonlImport;
import dev.gloss.formats.w3c.W3cFormat;
import dev.gloss.formats.w3c.W3cImport;
import dev.gloss.formats.w3c.W3cJsonlFormat;
import dev.gloss.formats.xmi.XmiFormat;
import dev.gloss.formats.xmi.XmiImport;

/** Every format Gloss exports and imports, in the order users see them. */
public final class Formats {

	private static final List<ExportFormat> EXPORTS = List.of(new W3cFormat(), new W3cJsonlFormat(),
			new BratFormat(), new CsvFormat(), new JsonlFormat(), new ConllFormat(), new XmiFormat(),
			new GeoJsonFormat());

	private static final List<ImportFormat> IMPORTS = List.of(new BratImport(), new W3cImport(), new XmiImport(),
			new ConllImport(), new JsonlImport());

	private Formats() {
	}

	public static List<ExportFormat> exports() {
		return EXPORTS;
	}

	public static Optional<ExportFormat> export(String id) {
		return EXPORTS.stream().filter(f -> f.id().equals(id)).findFirst();
	}

	public static List<ImportFormat> imports() {
		return IMPORTS;
	}

	public static Optional<ImportFormat> importer(String id) {
		return IMPORTS.stream().filter(f -> f.id().equals(id)).findFirst();
	}
}
