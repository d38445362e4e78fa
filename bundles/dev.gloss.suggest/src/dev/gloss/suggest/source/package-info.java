// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/** Sources: who a statement is attributed to, with the kind of source the words suggest. */
package dev.gloss.suggest.source;
