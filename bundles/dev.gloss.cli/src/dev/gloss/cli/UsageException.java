package dev.gloss.cli;

/** The arguments do not fit the command: the message says why, then the usage is printed. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
