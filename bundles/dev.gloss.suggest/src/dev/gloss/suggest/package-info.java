// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/**
 * Assisted annotation: recommenders propose claims, sources, places and counts for an article
 * ({@link dev.gloss.suggest.Recommender}, {@link dev.gloss.suggest.Suggester}); proposals are written
 * as annotations with the status {@code proposed} ({@link dev.gloss.suggest.Proposals}) until the
 * analyst accepts or rejects them. Plain Java: runs outside OSGi, needs no network.
 */
package dev.gloss.suggest;
