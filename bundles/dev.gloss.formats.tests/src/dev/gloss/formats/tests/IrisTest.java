/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.gloss.formats.internal.Iris;

/** Annotation IRIs: the fast path for ids Gloss makes gives what parsing the UUID gives. */
class IrisTest {

	@Test
	void canonicalIdsAreTakenAsTheyAre() {
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			String id = new UUID(random.nextLong(), random.nextLong()).toString();
			assertEquals("urn:uuid:" + UUID.fromString(id), Iris.of(id));
			assertEquals(id, Iris.idOf(Iris.of(id)));
		}
	}

	@Test
	void otherFormsOfAUuidAreWrittenInTheCanonicalForm() {
		assertEquals("urn:uuid:3f2a0000-0000-4000-8000-00000000000a", Iris.of("3F2A0000-0000-4000-8000-00000000000A"));
		assertEquals("urn:uuid:00000001-0002-0003-0004-000000000005", Iris.of("1-2-3-4-5"));
	}

	@Test
	void idsThatAreNoUuidAreEncoded() {
		assertEquals("urn:x-gloss:id:claim+1%2Fa", Iris.of("claim 1/a"));
		assertEquals("urn:x-gloss:id:3f2a0000-0000-4000-8000-00000000000g", Iris.of("3f2a0000-0000-4000-8000-00000000000g"));
		assertEquals("urn:x-gloss:id:3f2a0000_0000-4000-8000-00000000000a", Iris.of("3f2a0000_0000-4000-8000-00000000000a"));
	}
}
