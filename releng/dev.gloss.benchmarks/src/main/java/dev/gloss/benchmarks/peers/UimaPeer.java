/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.benchmarks.peers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

import dev.gloss.formats.xmi.BenchmarkTypes;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Count;
import dev.gloss.model.Location;
import dev.gloss.model.Source;

/**
 * Apache UIMA, the peer: the same annotations in a CAS whose type system is the one Gloss's XMI
 * export declares, plus the fields that export leaves to the article text (quote, prefix, suffix,
 * orphaned), so both sides hold the same data and neither holds the text. Saved and loaded with
 * UIMA's own XMI serializer and deserializer.
 */
public final class UimaPeer {

	private final TypeSystemDescription types;

	public UimaPeer() {
		types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		for (BenchmarkTypes.Type type : BenchmarkTypes.types()) {
			TypeDescription description = types.addType(type.name(), type.description(), type.supertype());
			for (String[] feature : type.features()) {
				if (feature[3] != null) {
					description.addFeature(feature[0], feature[1], feature[2], feature[3], Boolean.FALSE);
				} else {
					description.addFeature(feature[0], feature[1], feature[2]);
				}
			}
			if (type.name().endsWith(".GlossAnnotation")) {
				description.addFeature("quote", "", "uima.cas.String");
				description.addFeature("prefix", "", "uima.cas.String");
				description.addFeature("suffix", "", "uima.cas.String");
				description.addFeature("orphaned", "", "uima.cas.Boolean");
			}
		}
	}

	public CAS newCas() throws Exception {
		return CasCreationUtils.createCas(types, null, null);
	}

	/** The Gloss document's annotations as CAS feature structures, every field set as in Gloss. */
	public CAS toCas(AnnotatedDocument document) throws Exception {
		CAS cas = newCas();
		String ns = BenchmarkTypes.namespace() + ".";
		Map<Annotation, FeatureStructure> made = new HashMap<>();
		for (Annotation annotation : document.getAnnotations()) {
			Type type = cas.getTypeSystem().getType(ns + annotation.eClass().getName());
			FeatureStructure fs = cas.createAnnotation(type, annotation.getBegin(), annotation.getEnd());
			set(fs, "glossId", annotation.getId());
			set(fs, "status", annotation.getStatus().getLiteral());
			set(fs, "creator", annotation.getCreator());
			set(fs, "created", String.valueOf(annotation.getCreated()));
			set(fs, "modified", String.valueOf(annotation.getModified()));
			set(fs, "comment", annotation.getComment());
			set(fs, "quote", annotation.getQuote());
			set(fs, "prefix", annotation.getPrefix());
			set(fs, "suffix", annotation.getSuffix());
			fs.setBooleanValue(feature(fs, "orphaned"), annotation.isOrphaned());
			if (annotation instanceof Claim claim) {
				set(fs, "paraphrase", claim.getParaphrase());
				set(fs, "certainty", claim.getCertainty().getLiteral());
				fs.setIntValue(feature(fs, "credibility"), claim.getCredibility() == null ? 0 : claim.getCredibility());
			} else if (annotation instanceof Source source) {
				set(fs, "name", source.getName());
				set(fs, "kind", source.getKind().getLiteral());
				set(fs, "role", source.getRole());
				set(fs, "reliability", source.getReliability().getLiteral());
			} else if (annotation instanceof Location location) {
				set(fs, "name", location.getName());
				set(fs, "kind", location.getKind().getLiteral());
				set(fs, "countryCode", location.getCountryCode());
				set(fs, "geonamesId", String.valueOf(location.getGeonamesId()));
				fs.setBooleanValue(feature(fs, "hasCoordinates"), location.getLatitude() != null);
				fs.setDoubleValue(feature(fs, "latitude"), location.getLatitude());
				fs.setDoubleValue(feature(fs, "longitude"), location.getLongitude());
			} else if (annotation instanceof Count count) {
				set(fs, "value", count.getValue() == null ? null : count.getValue().toString());
				set(fs, "min", count.getMin() == null ? null : count.getMin().toString());
				set(fs, "max", count.getMax() == null ? null : count.getMax().toString());
				set(fs, "qualifier", count.getQualifier().getLiteral());
				set(fs, "unit", count.getUnit());
				set(fs, "period", count.getPeriod());
			}
			cas.addFsToIndexes(fs);
			made.put(annotation, fs);
		}
		for (Annotation annotation : document.getAnnotations()) {
			if (annotation instanceof Claim claim) {
				FeatureStructure fs = made.get(claim);
				link(cas, fs, "sources", claim.getSources(), made);
				link(cas, fs, "locations", claim.getLocations(), made);
				link(cas, fs, "counts", claim.getCounts(), made);
			}
		}
		return cas;
	}

	public byte[] save(CAS cas) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		XmiCasSerializer.serialize(cas, out);
		return out.toByteArray();
	}

	/** Loads into the given CAS, reset first. */
	public CAS load(byte[] xmi, CAS cas) throws Exception {
		cas.reset();
		XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi), cas);
		return cas;
	}

	private static void link(CAS cas, FeatureStructure fs, String name, List<? extends Annotation> targets,
			Map<Annotation, FeatureStructure> made) {
		ArrayFS<FeatureStructure> array = cas.createArrayFS(targets.size());
		for (int i = 0; i < targets.size(); i++) {
			array.set(i, made.get(targets.get(i)));
		}
		fs.setFeatureValue(feature(fs, name), array);
	}

	private static void set(FeatureStructure fs, String name, String value) {
		fs.setStringValue(feature(fs, name), value);
	}

	private static Feature feature(FeatureStructure fs, String name) {
		return fs.getType().getFeatureByBaseName(name);
	}
}
