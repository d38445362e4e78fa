/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The annotations of the articles open in text editors: one {@link dev.gloss.ui.session.GlossSession}
 * per article, which loads them ({@code SessionLoader}, {@code Preloader}), keeps them in step with
 * the text ({@code OffsetTracker}), changes them through undoable commands
 * ({@code HistoryCommandStack}), writes them ({@code SavePolicy}, {@code AnnotationSaver},
 * {@code DiskWrite}) and merges changes made on disk ({@code DiskChanges}, {@code DiskMerge}). It
 * never writes from a text the editor could not read ({@code ArticleReadiness}) nor a re-anchoring
 * that would orphan most annotations ({@code ReanchorGate}). {@code AnnotationFileOwner} is the
 * workbench's one writer of annotation files.
 */
package dev.gloss.ui.session;
