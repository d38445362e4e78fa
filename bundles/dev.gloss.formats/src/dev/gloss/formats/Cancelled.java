package dev.gloss.formats;

import java.io.IOException;

/** The user cancelled: nothing was written. */
public final class Cancelled extends IOException {

	private static final long serialVersionUID = 1L;

	public Cancelled() {
		super("cancelled: nothing was written");
	}
}
