/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.brat;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import dev.gloss.model.Certainty;
import dev.gloss.model.LocationKind;
import dev.gloss.model.Qualifier;
import dev.gloss.model.Reliability;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;

/**
 * {@code annotation.conf} and {@code visual.conf}: what lets brat display and edit the export.
 * Attribute values come from the model's enumerations, so they cannot fall behind it.
 */
final class BratConfig {

	private BratConfig() {
	}

	static String annotationConf() {
		return "# brat configuration for a Gloss export (https://brat.nlplab.org/configuration.html)\n"
				+ "[entities]\nClaim\nSource\nLocation\nCount\n\n"
				+ "[relations]\n"
				+ Brat.HAS_SOURCE + "\tArg1:Claim, Arg2:Source\n"
				+ Brat.HAS_LOCATION + "\tArg1:Claim, Arg2:Location\n"
				+ Brat.HAS_COUNT + "\tArg1:Claim, Arg2:Count\n"
				+ "# claims contain the sources, places and numbers they mention\n"
				+ "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n"
				+ "[events]\n\n"
				+ "[attributes]\n"
				+ attribute(Brat.STATUS, "<ENTITY>", Status.VALUES)
				+ attribute(Brat.CERTAINTY, "Claim", Certainty.VALUES)
				+ Brat.CREDIBILITY + "\tArg:Claim, Value:1|2|3|4|5|6\n"
				+ attribute(Brat.SOURCE_KIND, "Source", SourceKind.VALUES)
				+ attribute(Brat.RELIABILITY, "Source", Reliability.VALUES)
				+ attribute(Brat.LOCATION_KIND, "Location", LocationKind.VALUES)
				+ attribute(Brat.QUALIFIER, "Count", Qualifier.VALUES);
	}

	static String visualConf() {
		return "# brat display settings for a Gloss export\n"
				+ "[labels]\nClaim | Claim | Cl\nSource | Source | Src\nLocation | Location | Loc\nCount | Count | #\n"
				+ Brat.HAS_SOURCE + " | source\n" + Brat.HAS_LOCATION + " | location\n" + Brat.HAS_COUNT + " | count\n\n"
				+ "[drawing]\n"
				+ "Claim\tbgColor:#ffe599\nSource\tbgColor:#9fc5e8\nLocation\tbgColor:#b6d7a8\nCount\tbgColor:#f4cccc\n"
				+ Brat.HAS_SOURCE + "\tcolor:#3d85c6, dashArray:3-3\n"
				+ Brat.HAS_LOCATION + "\tcolor:#6aa84f, dashArray:3-3\n"
				+ Brat.HAS_COUNT + "\tcolor:#cc0000, dashArray:3-3\n";
	}

	private static String attribute(String name, String type, List<? extends Enumerator> values) {
		return name + "\tArg:" + type + ", Value:"
				+ values.stream().map(Enumerator::getLiteral).collect(Collectors.joining("|")) + "\n";
	}
}
