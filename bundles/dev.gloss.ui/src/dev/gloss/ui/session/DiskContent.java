package dev.gloss.ui.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the annotation file held when this session last read or wrote it: the common ancestor of a
 * three-way merge when someone else changes the file, and the stamp a save compares with the file
 * before it replaces it. Kept gzipped (an annotation file compresses about tenfold), in memory:
 * the workbench must not depend on git to merge.
 *
 * @param stamp {@link FileStamps} of the bytes, or {@link FileStamps#ABSENT} for no file
 */
record DiskContent(byte[] gzipped, String stamp) {

	static final DiskContent ABSENT = new DiskContent(null, FileStamps.ABSENT);

	static DiskContent of(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 8));
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new DiskContent(out.toByteArray(), FileStamps.of(bytes));
	}

	boolean absent() {
		return gzipped == null;
	}

	byte[] bytes() {
		if (gzipped == null) {
			return null;
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
