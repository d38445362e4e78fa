/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The harness of Gloss's workbench tests: {@link dev.gloss.tests.harness.UI} is the one way of
 * waiting (poll with a timeout, never a fixed sleep), {@link dev.gloss.tests.harness.WorkbenchTest}
 * makes a test fail on what a user would see go wrong (a warning or error in the platform log, an
 * error dialog or any other window left open).
 */
package dev.gloss.tests.harness;
