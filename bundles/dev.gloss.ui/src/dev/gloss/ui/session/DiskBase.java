package dev.gloss.ui.session;

/** The {@link DiskContent} a session last read or wrote, shared by the UI thread and the saver. */
final class DiskBase {

	private volatile DiskContent content = DiskContent.ABSENT;

	DiskContent get() {
		return content;
	}

	void set(DiskContent content) {
		this.content = content;
	}
}
