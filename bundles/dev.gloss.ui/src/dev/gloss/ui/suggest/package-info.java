// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
/**
 * Suggestions in the editor: what the recommenders of dev.gloss.suggest propose for the open
 * article, shown as a quieter highlight of its own annotation types (a dashed box, colours on the
 * Annotations preference page), computed in the background a moment after the analyst stops
 * typing, and kept out of the annotation file until accepted. Alt+Shift+G A accepts the suggestion
 * at the caret (with its attributes and links), X rejects it for the whole corpus, Shift+A accepts
 * all of its type in the article, ] and [ go to the next and previous one. A count marked by hand
 * is read at once (value, range, qualifier, unit, period).
 */
package dev.gloss.ui.suggest;
