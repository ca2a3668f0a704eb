package io.dsm4j.automation.internal;

import io.dsm4j.automation.RefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Crash-safe file primitives: write to a unique temp file, fsync, rename into place. */
public final class AtomicFiles {
  /** Every temp file ends so; a loader globbing {@code *.ndjson} never sees one. */
  public static final String TEMP_SUFFIX = ".dsm4j-tmp";

  private AtomicFiles() {}

  /**
   * A new, unique temporary sibling of {@code target} ({@code .NAME.RANDOM.dsm4j-tmp}): two runs
   * never share one, and the name is hidden from loaders that pick up {@code *.ndjson}.
   *
   * @param target the file the temp file will become
   * @return the temp file's path (not created)
   */
  public static Path tempFor(Path target) {
    Path abs = target.toAbsolutePath();
    String id = UUID.randomUUID().toString().substring(0, 8);
    return abs.resolveSibling("." + abs.getFileName() + "." + id + TEMP_SUFFIX);
  }

  /**
   * @param file a path
   * @param target a target file
   * @return whether {@code file} is one of {@code target}'s temp files
   */
  public static boolean isTempOf(Path file, Path target) {
    String n = file.getFileName().toString();
    return n.startsWith("." + target.getFileName() + ".") && n.endsWith(TEMP_SUFFIX);
  }

  /**
   * Removes the temp files a crashed run left next to {@code target}. Call it only while holding
   * the lock that guards {@code target}, so no running writer's temp file is removed.
   *
   * @param target the file
   * @param keep a temp file to keep (an interrupted run's pending one), or null
   */
  public static void removeStaleTemps(Path target, Path keep) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + abs.getFileName() + ".*")) {
      for (Path p : ds) {
        if (isTempOf(p, abs) && (keep == null || !p.equals(keep.toAbsolutePath()))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // best effort: a stale temp file is harmless, only untidy
    }
  }

  /**
   * Replaces {@code target} with {@code content}: written to a unique temp file in the same
   * directory, flushed and fsynced, then renamed atomically, so a reader (or a crash) sees the old
   * or the new file, never half of one.
   *
   * @param target the file
   * @param content its new content
   */
  public static void write(Path target, byte[] content) {
    Path tmp = tempFor(target);
    try (FileChannel ch =
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(content);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("cannot write " + tmp, e);
    }
    moveIntoPlace(tmp, target);
  }

  /**
   * Renames a finished (fsynced) temp file over its target atomically and syncs the directory.
   *
   * @param tmp the temp file
   * @param target the target (replaced when it exists)
   */
  public static void moveIntoPlace(Path tmp, Path target) {
    try {
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new RefusedException(
            "the file system of " + target + " cannot rename atomically; choose another directory");
      }
      syncDirectory(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + tmp + " to " + target, e);
    }
  }

  /**
   * Forces a file's content and length to disk.
   *
   * @param file the file
   */
  public static void fsync(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sync " + file, e);
    }
  }

  /**
   * Makes renames and removals in a directory durable. Not every platform lets a directory be
   * opened (Windows): there it is skipped, the rename itself stays atomic.
   *
   * @param dir the directory, or null
   */
  public static void syncDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort only: this narrows the power-loss window, correctness does not depend on it
      return;
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // the temp file stays; the next run removes it
    }
  }
}
