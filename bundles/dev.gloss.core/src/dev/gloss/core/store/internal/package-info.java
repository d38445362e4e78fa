/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The purpose-built reader and writer of the annotation file format behind
 * {@link dev.gloss.core.store.GlossStore}: streaming straight into and out of the generated model
 * classes. EMF's XMI loader and saver stay the reference: the reader declines whatever is not
 * plainly the Gloss format (and GlossStore then asks EMF, which reports errors with file, line and
 * column), the writer declines what EMF would write differently, and the tests compare both with
 * EMF byte for byte and attribute by attribute.
 */
package dev.gloss.core.store.internal;
