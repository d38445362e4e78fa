/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

import dev.gloss.model.Annotation;

/**
 * Runs a change and records when the annotations it changed were modified, whoever built the
 * change (a Gloss command or the Properties view's item property descriptor). Undo restores the
 * old times too.
 */
final class StampingCommand extends CommandWrapper {

	private final Map<Annotation, Instant> previous = new LinkedHashMap<>();
	private Instant stamp;

	StampingCommand(Command command) {
		super(command);
	}

	@Override
	public void execute() {
		super.execute();
		stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		stamp(getAffectedObjects());
	}

	@Override
	public void undo() {
		previous.forEach(Annotation::setModified);
		super.undo();
	}

	@Override
	public void redo() {
		super.redo();
		previous.keySet().forEach(a -> a.setModified(stamp));
	}

	private void stamp(Collection<?> affected) {
		for (Object object : affected) {
			if (object instanceof Annotation annotation && !previous.containsKey(annotation)) {
				previous.put(annotation, annotation.getModified());
				annotation.setModified(stamp);
			}
		}
	}
}
