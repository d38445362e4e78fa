package dev.gloss.formats.ui.internal;

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
