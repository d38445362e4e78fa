/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Where an article's annotations are, by offset: the interval index an editor keeps in step with
 * every edit, and the quick scan that fills it from an annotation file before the full load.
 * Plain Java, no workbench.
 */
package dev.gloss.core.index;
