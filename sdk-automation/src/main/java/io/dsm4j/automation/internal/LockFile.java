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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An exclusive lock on {@code FILE.lock} next to a file, so two runs never work on the same
 * journal, state or output at once. The lock is the operating system's (released when the process
 * dies, even by {@code kill -9}); the lock file names its holder (process ID, start time) so a
 * refused run can say who holds it, and is removed when the holder ends normally.
 *
 * <p>Removing a lock file is only safe while holding the lock, and only when the path still names
 * the file that was locked: a run that opened the file before it was removed must not lock the
 * removed file while a third run creates a new one. So after taking the lock a run writes a unique
 * token into the file it locked and reads it back through the path; if the path names another file
 * (or none) it starts over.
 */
public final class LockFile implements AutoCloseable {
  private static final int ATTEMPTS = 20;

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final String token;
  private boolean closed;

  private LockFile(Path path, FileChannel channel, FileLock lock, String token) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.token = token;
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
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      LockFile l = tryOnce(abs, what);
      if (l != null) {
        return l;
      }
    }
    throw new RefusedException(
        "cannot take the lock " + abs + ": it keeps being replaced by another run; try again");
  }

  /** One attempt: null when the locked file was removed or replaced meanwhile (start over). */
  private static LockFile tryOnce(Path abs, String what) {
    FileChannel ch;
    try {
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
      throw new RefusedException(
          "the "
              + what
              + " is in use by another run (lock "
              + abs
              + (holder.isEmpty() ? "" : ", held by " + holder)
              + "); wait for it to finish");
    }
    String token =
        "pid "
            + ProcessHandle.current().pid()
            + ProcessHandle.current().info().startInstant().map(t -> " since " + t).orElse("")
            + " run "
            + UUID.randomUUID();
    try {
      ch.truncate(0);
      ByteBuffer buf = ByteBuffer.wrap((token + "\n").getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf, buf.position());
      }
      ch.force(false);
      // The file locked must still be the one the path names (see the class comment).
      String onDisk;
      try {
        onDisk = Files.readString(abs, StandardCharsets.UTF_8).strip();
      } catch (NoSuchFileException e) {
        onDisk = "";
      }
      if (!onDisk.equals(token)) {
        lock.release();
        ch.close();
        return null;
      }
    } catch (IOException e) {
      closeQuietly(ch, e);
      throw new UncheckedIOException("cannot write the lock file " + abs, e);
    }
    return new LockFile(abs, ch, lock, token);
  }

  /** What the holder wrote into the lock file ("pid N since T"), or empty. */
  private static String holder(FileChannel ch) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(256);
      ch.read(buf, 0);
      String s = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
      int run = s.indexOf(" run ");
      return run < 0 ? s : s.substring(0, run);
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
   * Removes the lock file (the path still names it: checked when the lock was taken, and no other
   * run can replace it while the lock is held), then releases the lock. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    try {
      String onDisk = Files.readString(path, StandardCharsets.UTF_8).strip();
      if (onDisk.equals(token)) {
        Files.deleteIfExists(path);
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
