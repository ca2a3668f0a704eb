package io.dsm4j.automation.internal;

import io.dsm4j.automation.RefusedException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Crash-safe file primitives: write-temp-fsync-rename, and an exclusive lock file. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** The temporary sibling a file is written to before it is renamed into place. */
  public static Path tempFor(Path target) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".tmp");
  }

  /**
   * Replaces {@code target} with {@code content}: written to a temp file in the same directory,
   * flushed and fsynced, then renamed atomically, so a reader (or a crash) sees the old or the new
   * file, never half of one.
   */
  public static void write(Path target, byte[] content) {
    Path tmp = tempFor(target);
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(content);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + tmp, e);
    }
    moveIntoPlace(tmp, target);
  }

  /** Renames a finished (fsynced) temp file over its target atomically and syncs the directory. */
  public static void moveIntoPlace(Path tmp, Path target) {
    try {
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IllegalStateException(
            "the file system of " + target + " cannot rename atomically; choose another directory",
            e);
      }
      syncDirectory(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + tmp + " to " + target, e);
    }
  }

  /** Forces a file's content to disk (the stream must be a {@link java.io.FileOutputStream}). */
  public static void fsync(OutputStream out) throws IOException {
    out.flush();
    if (out instanceof java.io.FileOutputStream f) {
      f.getChannel().force(true);
    }
  }

  private static void syncDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    // Makes the rename itself durable; not every platform lets a directory be opened (Windows).
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort only: the rename is already atomic, this only narrows the power-loss window
      return;
    }
  }

  /**
   * Takes an exclusive lock on {@code FILE.lock} next to {@code file}, or fails at once when
   * another run (this or another process) holds it.
   *
   * @param file the file to guard
   * @param what what the file is, for the message
   * @return the lock; close it to release
   * @throws RefusedException when another run holds it
   */
  public static Lock lock(Path file, String what) {
    Path abs = file.toAbsolutePath();
    Path lockFile = abs.resolveSibling(abs.getFileName() + ".lock");
    FileChannel ch;
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the lock file " + lockFile, e);
    }
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another run in this JVM
    } catch (IOException e) {
      closeQuietly(ch, e);
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
    if (lock == null) {
      closeQuietly(ch, null);
      throw new RefusedException(
          "the "
              + what
              + " "
              + file
              + " is in use by another run (lock "
              + lockFile
              + "); wait for it to finish");
    }
    return new Lock(ch, lock);
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

  /** A held lock; closing releases it (the lock file stays, empty, for the next run). */
  public static final class Lock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    Lock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the lock", e);
      }
    }
  }
}
