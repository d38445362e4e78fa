// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/**
 * Corpus memory: passages annotated anywhere in a corpus are proposed wherever their words occur
 * again; rejections are remembered per corpus in {@code .gloss-rejections} at its root.
 */
package dev.gloss.suggest.memory;
