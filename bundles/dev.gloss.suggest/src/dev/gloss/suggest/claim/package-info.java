// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/** Claims: clauses carried by a reporting verb or a quotation, linked to their source, places and counts. */
package dev.gloss.suggest.claim;
