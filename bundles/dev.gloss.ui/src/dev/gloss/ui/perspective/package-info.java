// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/**
 * The Gloss perspective: what an analyst needs on screen while annotating, and nothing else.
 */
package dev.gloss.ui.perspective;
