// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/** Precision, recall and F1 of the suggestions against a gold corpus, and the share of counts normalised exactly. */
package dev.gloss.suggest.evaluate;
