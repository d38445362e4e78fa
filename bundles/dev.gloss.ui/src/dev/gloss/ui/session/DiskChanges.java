/*
 * Copyright (c) 2026 the Gloss authors. Made available under the terms of the Eclipse Public
 * License 2.0, https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.gloss.ui.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import dev.gloss.core.text.ArticleText;
import dev.gloss.model.AnnotatedDocument;
import dev.gloss.team.anchor.OldTexts;
import dev.gloss.team.merge.MergeResult;

/**
 * What a session does when its annotation file changes on disk, not through it (a git pull, a
 * command, a quick fix on a held article): reads it again when nothing here waits to be written;
 * otherwise merges it three-way with what is here ({@link DiskMerge}), so that neither side's work
 * is lost and the next save writes both. UI thread.
 */
final class DiskChanges {

	private final GlossSession session;

	DiskChanges(GlossSession session) {
		this.session = session;
	}

	/** The workspace reports a change of the annotation file. */
	void fileChanged() {
		if (session.state() == GlossSession.State.HELD) {
			// a quick fix or a command re-anchored it, or git brought another version: look again
			session.load();
			return;
		}
		AnnotationSaver saver = session.saver();
		if (!session.isReady() || saver == null || saver.isOwnWrite() || !Files.isRegularFile(session.annotationPath())) {
			return;
		}
		DiskContent now = readNow();
		if (now == null || now.absent()) {
			return; // unreadable or gone again; the next change says more
		}
		if (now.stamp().equals(session.base().get().stamp())) {
			return; // what this session wrote or read last
		}
		if (saver.isPending() || session.isWaitingForArticleSave() || session.isBufferDirty()) {
			merge(now);
			return;
		}
		UndoHistory.forgetAnnotationChanges(session.undoContext());
		session.reload();
	}

	/**
	 * A save found the file changed by another writer: merge what it holds now. Read again here,
	 * not taken from the saver: a merge queued earlier must never apply an older content over a
	 * newer base (it would look as if the other side had removed what this session added since).
	 */
	void saveConflicted() {
		if (!session.isReady()) {
			return;
		}
		DiskContent now = readNow();
		if (now != null) {
			merge(now);
		}
	}

	/** The file as it is now (replaced whole by every writer, so consistent); ABSENT when gone; null when unreadable. */
	private DiskContent readNow() {
		try {
			return Files.isRegularFile(session.annotationPath())
					? DiskContent.of(Files.readAllBytes(session.annotationPath()))
					: DiskContent.ABSENT;
		} catch (IOException e) {
			return null;
		}
	}

	/** Merges what the file holds now into the session's annotations. */
	private void merge(DiskContent theirsContent) {
		if (!session.isReady()) {
			return;
		}
		DiskBase base = session.base();
		if (theirsContent.stamp().equals(base.get().stamp())) {
			session.savePolicy().changed(); // merged already: write the result
			return;
		}
		AnnotatedDocument theirs = null;
		AnnotatedDocument ancestor = null;
		try {
			if (!theirsContent.absent()) {
				theirs = GlossSession.STORE.load(new ByteArrayInputStream(theirsContent.bytes()), session.annotationPath());
			}
			if (!base.get().absent()) {
				ancestor = GlossSession.STORE.load(new ByteArrayInputStream(base.get().bytes()), session.annotationPath());
			}
		} catch (IOException | RuntimeException e) {
			// never write over a file that cannot be read (a merge with conflict markers, say): wait for it to be repaired
			String problem = NLS.bind(Messages.Merge_unreadable, session.article().getName(), e.getMessage());
			ILog.of(getClass()).warn(problem);
			session.report(problem);
			return;
		}
		if (theirs == null) {
			base.set(DiskContent.ABSENT); // deleted on disk while changes wait here: they make it again
			session.savePolicy().changed();
			return;
		}
		AnnotatedDocument ours = session.model(); // offsets brought up to date with the editor's text
		MergeResult result;
		session.guard().begin();
		try {
			result = DiskMerge.merge(ancestor, ours, theirs, session.document().get(), this::textOfHash);
			session.index().rebuild(ours.getAnnotations());
		} finally {
			session.guard().end();
		}
		base.set(theirsContent);
		UndoHistory.forgetAnnotationChanges(session.undoContext());
		String summary = NLS.bind(Messages.Merge_done, new Object[] { session.annotationPath().getFileName(),
				result.fromTheirs(), result.removed().size(), result.disputed().size() });
		ILog.of(getClass()).info(summary);
		if (!result.disputed().isEmpty()) {
			session.report(summary);
		}
		session.fire(SessionListener.Change.ANNOTATIONS);
		session.savePolicy().changed();
	}

	/** The article's text with a given hash: on disk, kept as a snapshot, or in git; null when none is found. */
	private String textOfHash(String hash) {
		String charset = SessionLoader.charsetOf(session.article());
		var path = session.article().getLocation().toPath();
		try {
			ArticleText onDisk = ArticleText.read(path, charset);
			if (hash.equals(onDisk.hash())) {
				return onDisk.text();
			}
		} catch (IOException e) {
			// look further
		}
		return OldTexts.defaults().find(path, hash, charset).map(OldTexts.Found::text).orElse(null);
	}
}
