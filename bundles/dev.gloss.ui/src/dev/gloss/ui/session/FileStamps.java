package dev.gloss.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How the workbench coordinates with every other writer of an annotation file: the lock a writer
 * holds while it compares and replaces a file, and the content stamp it compares. One place, so
 * that the workbench takes part in exactly the protocol the commands use.
 */
final class FileStamps {

	static final String ABSENT = "absent";

	private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	private FileStamps() {
	}

	static String of(byte[] bytes) {
		MessageDigest digest = sha256();
		digest.update(bytes);
		return "sha256:" + HexFormat.of().formatHex(digest.digest());
	}

	static String of(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = sha256();
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) >= 0;) {
				digest.update(buffer, 0, n);
			}
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}

	/** Holds the lock of the file's folder against every other Gloss writer. */
	static AutoCloseable lock(Path file) throws IOException {
		ReentrantLock lock = LOCKS.computeIfAbsent(file.toAbsolutePath().normalize().getParent(),
				folder -> new ReentrantLock());
		lock.lock();
		return lock::unlock;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
