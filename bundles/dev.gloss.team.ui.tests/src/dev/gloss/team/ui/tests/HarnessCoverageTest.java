/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.team.ui.tests;

import org.junit.jupiter.api.Test;

import dev.gloss.tests.harness.HarnessCoverage;
import dev.gloss.tests.harness.WorkbenchTest;

/** Every test of this bundle fails on log entries and stray dialogs: none can forget the harness. */
@WorkbenchTest
class HarnessCoverageTest {

	@Test
	void everyTestClassRunsUnderTheHarness() throws Exception {
		HarnessCoverage.assertEveryTestClassUsesTheHarness(getClass());
	}
}
