package io.dsm4j.automation.internal;

import io.dsm4j.automation.RefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on {@code FILE.lock} next to a file, so two runs never work on the same
 * journal, state or output at once. The lock is the operating system's (released when the process
 * dies, even by {@code kill -9}); the lock file names its holder (process ID, start time) so a
 * refused run can say who holds it, and is removed when the holder ends normally.
 *
 * <p>Removing a lock file is only safe while holding the lock, and only when the path still names
 * the file that was locked: a run that opened the file before it was removed must not go on with a
 * lock on the removed file while a third run creates a new one. So a run compares the file key
 * (device and inode) of the path before it opens the file and after it holds the lock, and starts
 * over when they differ. It never opens the lock file a second time while holding the lock: on
 * POSIX systems closing any descriptor of a file drops the process's locks on it.
 */
public final class LockFile implements AutoCloseable {
  private static final int ATTEMPTS = 20;

  /**
   * The lock files this JVM holds. A second attempt in the same JVM is refused here, before it
   * opens the file: closing that second descriptor would drop the process's lock (POSIX).
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final Object fileKey;
  private boolean closed;

  private LockFile(Path path, FileChannel channel, FileLock lock, Object fileKey) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.fileKey = fileKey;
  }

  /**
   * @param file the guarded file
   * @return the lock file's path: {@code FILE.lock} next to it
   */
  public static Path pathFor(Path file) {
    Path abs = file.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".lock");
  }

  /**
   * Takes the lock on {@code FILE.lock} next to {@code file}, or fails at once when another run
   * (this or another process) holds it.
   *
   * @param file the file to guard
   * @param what what the file is, for the message (e.g. "journal")
   * @return the held lock; close it to release it and remove the lock file
   * @throws RefusedException when another run holds it (one line naming the lock and its holder)
   */
  public static LockFile acquire(Path file, String what) {
    return acquireFile(pathFor(file), what + " " + file);
  }

  /**
   * Takes the lock on a given lock file path.
   *
   * @param lockFile the lock file
   * @param what what it guards, for the message
   * @return the held lock
   */
  public static LockFile acquireFile(Path lockFile, String what) {
    Path abs = lockFile.toAbsolutePath();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + abs, e);
    }
    if (!HELD.add(abs)) {
      throw refused(what, abs, "pid " + ProcessHandle.current().pid() + " (this process)");
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        LockFile l = tryOnce(abs, what);
        if (l != null) {
          return l;
        }
      }
    } catch (RuntimeException e) {
      HELD.remove(abs);
      throw e;
    }
    HELD.remove(abs);
    throw new RefusedException(
        "cannot take the lock " + abs + ": it keeps being replaced by another run; try again");
  }

  /** One attempt: null when the locked file was removed or replaced meanwhile (start over). */
  private static LockFile tryOnce(Path abs, String what) {
    FileChannel ch;
    Object keyBefore;
    try {
      // Read before opening: had the path changed between the open and this, the check after
      // locking would compare the new file with itself. (A new file takes a second attempt.)
      keyBefore = fileKey(abs);
      ch =
          FileChannel.open(
              abs, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the lock file " + abs, e);
    }
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this JVM
    } catch (IOException e) {
      closeQuietly(ch, e);
      throw new UncheckedIOException("cannot lock " + abs, e);
    }
    if (lock == null) {
      String holder = holder(ch);
      closeQuietly(ch, null);
      throw refused(what, abs, holder);
    }
    try {
      // The file locked must still be the one the path names (see the class comment).
      Object keyAfter = fileKey(abs);
      if (keyAfter == null || !keyAfter.equals(keyBefore)) {
        lock.release();
        ch.close();
        return null;
      }
      String holder =
          "pid "
              + ProcessHandle.current().pid()
              + ProcessHandle.current().info().startInstant().map(t -> " since " + t).orElse("");
      ch.truncate(0);
      ByteBuffer buf = ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf, buf.position());
      }
      ch.force(false);
      return new LockFile(abs, ch, lock, keyAfter);
    } catch (IOException e) {
      closeQuietly(ch, e);
      throw new UncheckedIOException("cannot write the lock file " + abs, e);
    }
  }

  private static RefusedException refused(String what, Path lockFile, String holder) {
    return new RefusedException(
        "the "
            + what
            + " is in use by another run (lock "
            + lockFile
            + (holder.isEmpty() ? "" : ", held by " + holder)
            + "); wait for it to finish");
  }

  /**
   * The path's file key (device and inode on POSIX), read without opening the file; a platform
   * without file keys (Windows, where an open file cannot be removed anyway) gets a constant.
   */
  private static Object fileKey(Path p) throws IOException {
    try {
      Object k =
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
      return k == null ? "no-file-keys" : k;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** What the holder wrote into the lock file ("pid N since T"), or empty. */
  private static String holder(FileChannel ch) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(256);
      ch.read(buf, 0);
      return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * @return the lock file
   */
  public Path path() {
    return path;
  }

  /**
   * Removes the lock file when the path still names it (same file key), then releases the lock.
   * Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    try {
      if (fileKey.equals(fileKey(path))) {
        Files.delete(path);
      }
    } catch (IOException e) {
      // the lock file stays: harmless, the next run takes the lock on it
    }
    try {
      lock.release();
    } catch (IOException e) {
      failure = e;
    }
    try {
      channel.close();
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
    } finally {
      HELD.remove(path);
    }
    if (failure != null) {
      throw new UncheckedIOException("cannot release the lock " + path, failure);
    }
  }

  private static void closeQuietly(FileChannel ch, Exception primary) {
    try {
      ch.close();
    } catch (IOException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }
}
