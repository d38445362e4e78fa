// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.gloss.core.corpus.AnnotationType;
import dev.gloss.model.Annotation;
import dev.gloss.model.Claim;
import dev.gloss.model.Source;
import dev.gloss.model.SourceKind;
import dev.gloss.model.Status;
import dev.gloss.suggest.memory.CorpusMemory;

/**
 * The ids the memory gives its entries, which the workbench keeps per annotation file to forget
 * exactly what a changed file no longer annotates.
 */
class MemoryEntriesTest {

	private static Source source(String quote) {
		Source source = (Source) AnnotationType.SOURCE.create();
		source.setQuote(quote);
		source.setKind(SourceKind.ORGANISATION);
		return source;
	}

	@Test
	void theSameWordsAndTypeGetOneIdAndForgettingItRemovesTheEntry() {
		CorpusMemory memory = new CorpusMemory();
		String first = memory.learn(source("the Tumen Traders' Guild"), "a.txt");
		String second = memory.learn(source("The  tumen traders guild"), "b.txt");
		assertNotNull(first);
		assertEquals(first, second, "case, spacing and possessives aside, one passage");
		assertEquals(1, memory.size());
		assertEquals("b.txt", memory.entry(first).where());

		memory.forgetEntry(first);
		assertEquals(0, memory.size());
		assertNull(memory.entry(first));
		assertTrue(memory.startingWith("the").isEmpty());
		memory.forgetEntry(first); // twice: nothing
		assertEquals(0, memory.size());
	}

	@Test
	void whatIsNotRememberedGetsNoId() {
		CorpusMemory memory = new CorpusMemory();
		Annotation claim = (Claim) AnnotationType.CLAIM.create();
		claim.setQuote("Prices rose.");
		assertNull(memory.learn(claim, "a.txt"));
		Source proposed = source("Daily NK");
		proposed.setStatus(Status.PROPOSED);
		assertNull(memory.learn(proposed, "a.txt"), "a proposal is not learnt from until accepted");
		assertNull(memory.learn(source("   "), "a.txt"), "no words");
		assertEquals(0, memory.size());
	}
}
