// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/**
 * Places from a real gazetteer: GeoNames cities (1,000+ inhabitants), countries and first-level
 * regions, converted at build time from GeoNames-derived npm packages (CC BY 4.0, see about.html).
 */
package dev.gloss.suggest.place;
