/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
/** The Gloss workbench product's own behaviour: what happens when it starts on a workspace. */
package dev.gloss.workbench.internal;
