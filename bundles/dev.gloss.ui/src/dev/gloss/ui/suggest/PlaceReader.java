// Copyright (c) 2026 Gloss contributors. SPDX-License-Identifier: EPL-2.0
package dev.gloss.ui.suggest;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.text.Position;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.gloss.model.AnnotatedDocument;
import dev.gloss.model.GlossPackage;
import dev.gloss.model.Location;
import dev.gloss.model.Status;
import dev.gloss.suggest.place.Gazetteer;
import dev.gloss.suggest.place.PlaceLookup;
import dev.gloss.suggest.place.PlaceReading;

/**
 * Looks up a location the moment the analyst marks it with the Location command: name, kind,
 * country, GeoNames id and coordinates filled in within the very step that made it (one Ctrl+Z
 * takes both back), from the place suggestion shown on the same passage if there is one (it was
 * chosen with the whole article in view), else from the gazetteer with the article's other
 * locations choosing among places of one name. The status line says what was found, or that the
 * passage is not in the gazetteer.
 */
final class PlaceReader extends AdapterImpl {

	private final ITextEditor editor;

	PlaceReader(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!MarkCommands.isRunning(MarkCommands.MARK_LOCATION) || notification.getEventType() != Notification.ADD
				|| notification.getFeature() != GlossPackage.Literals.ANNOTATED_DOCUMENT__ANNOTATIONS
				|| !(notification.getNewValue() instanceof Location location)) {
			return;
		}
		if (location.getStatus() == Status.PROPOSED || location.getGeonamesId() != null
				|| location.getLatitude() != null || location.getQuote() == null || location.getQuote().isBlank()) {
			return;
		}
		Optional<PlaceReading> reading = suggestedAt(location);
		if (reading.isEmpty()) {
			List<Location> known = ((AnnotatedDocument) notification.getNotifier()).getAnnotations().stream()
					.filter(a -> a != location && a instanceof Location).map(Location.class::cast).toList();
			reading = new PlaceLookup(Gazetteer.shared()).read(location.getQuote(), known);
		}
		String message;
		if (reading.isPresent()) {
			// set inside the adding command's step: saved, undone and redone with it
			reading.get().fillIn(location);
			message = NLS.bind(Messages.Status_placeFound, reading.get().describe());
		} else {
			message = NLS.bind(Messages.Status_placeNotFound, location.getQuote());
		}
		Display.getCurrent().asyncExec(() -> SuggestionHandler.status(editor, message, false));
	}

	/** The place suggested on exactly the passage marked, if the editor shows one, as a reading of it. */
	private Optional<PlaceReading> suggestedAt(Location marked) {
		EditorSuggestions suggestions = EditorSuggestions.of(editor);
		if (suggestions == null) {
			return Optional.empty();
		}
		for (SuggestionAnnotation shown : suggestions.all()) {
			Position position = suggestions.position(shown);
			if (shown.suggestion().proposal() instanceof Location place && position.getOffset() == marked.getBegin()
					&& position.getOffset() + position.getLength() == marked.getEnd()) {
				return Optional.of(PlaceReading.of(place));
			}
		}
		return Optional.empty();
	}
}
