// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/** Tokens, sentences, the count grammar and the attribution rules the recommenders share; not API. */
package dev.gloss.suggest.internal;
