/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The one owner of annotation files in the workbench: every write (the editor's session, quick
 * fixes, refactoring, import and export wizards) goes through {@link dev.gloss.ui.files.AnnotationFileService},
 * which routes it through the article's open session when there is one, and otherwise writes
 * under the lock every Gloss writer takes, keeping the previous content in the local history.
 */
package dev.gloss.ui.files;
