package dev.gloss.formats;

import java.util.List;

import dev.gloss.core.corpus.Problem;

/**
 * What an import did.
 *
 * @param written  whether anything was written; {@code false} when problems stopped it
 * @param articles articles written (brat brings the text)
 * @param added    annotations new to the corpus
 * @param replaced annotations that replaced one with the same id
 */
public record ImportResult(boolean written, int documents, int articles, int added, int replaced,
		List<Problem> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}
}
