package io.dsm4j.automation.internal.export;

import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.internal.AtomicFiles;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.ExportState;
import io.dsm4j.automation.internal.LockFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Finishes or undoes an export that a crash interrupted, verifying every file before it is trusted:
 *
 * <ul>
 *   <li><b>append</b>: the events were being appended from a recorded byte offset. The file is cut
 *       back to that offset (after checking that the line before it is the event the state
 *       recorded) and the events are exported again. A file shorter than the offset was rotated
 *       meanwhile: nothing to cut.
 *   <li><b>directory</b> (and format 1's replaced file): the new file was complete (its length and
 *       last event recorded) before the rename. A temp file that is still there and verifies is
 *       renamed now; a temp file that is gone was renamed, so the events were delivered (even when
 *       a loader has taken the file since): the export is committed.
 * </ul>
 */
final class Recovery {
  private final ExportSettings s;
  private final Consumer<String> say;

  Recovery(ExportSettings s) {
    this.s = s;
    this.say = s.progress();
  }

  /**
   * Resolves the pending export of {@code ks}, if any, and clears it (the caller writes the state).
   *
   * @param ks the kind's state
   * @param held the output whose lock the caller holds (a file, a directory), or null
   * @return whether there was one
   */
  @SuppressWarnings("try") // the lock is held while the file is repaired, never read
  boolean recover(ExportState.KindState ks, Path held) {
    ExportState.Pending p = ks.pending;
    if (p == null) {
      return false;
    }
    Path out = Path.of(p.out);
    boolean directory = "directory".equals(p.mode);
    Path guarded = directory ? out.toAbsolutePath().getParent() : out.toAbsolutePath();
    boolean mine = held != null && held.toAbsolutePath().equals(guarded);
    try (LockFile lock =
        mine
            ? null
            : directory
                ? LockFile.acquireFile(
                    ExportJob.directoryLock(guarded), "output directory " + guarded)
                : LockFile.acquire(out, "output")) {
      if ("append".equals(p.mode)) {
        undoAppend(ks, p, out);
      } else {
        finishRename(ks, p, out, directory);
      }
    }
    Checkpoints.reached("export.recovered");
    return true;
  }

  private void undoAppend(ExportState.KindState ks, ExportState.Pending p, Path out) {
    long size = NdjsonFiles.size(out);
    long offset = p.offset == null ? 0 : p.offset;
    if (size < offset) {
      say.accept(
          "the interrupted export's file "
              + out
              + (size < 0 ? " is gone" : " is shorter than when it started")
              + " (rotated since?): nothing to undo; its events are exported again");
    } else if (size > offset) {
      String key = NdjsonFiles.endsWithNewline(out, offset) ? keyAt(out, offset) : "";
      if (!NdjsonFiles.endsWithNewline(out, offset)
          || (p.lastKeyBefore != null && !p.lastKeyBefore.equals(key))) {
        throw new RefusedException(
            "cannot recover the interrupted export: "
                + out
                + " does not end at byte "
                + offset
                + " with "
                + (p.lastKeyBefore == null ? "a complete line" : "the event " + p.lastKeyBefore)
                + " as the state records, so something else changed it; move it away and run"
                + " again (the events after ID "
                + ks.cursor
                + " are then exported into a new file)");
      }
      NdjsonFiles.truncate(out, offset);
      say.accept(
          "removed the "
              + (size - offset)
              + " byte(s) the interrupted export had appended to "
              + out
              + "; its events are exported again");
    }
    ks.pending = null;
  }

  private static String keyAt(Path out, long offset) {
    String k = NdjsonFiles.lastEventKey(out, offset);
    return k == null ? "" : k;
  }

  private void finishRename(
      ExportState.KindState ks, ExportState.Pending p, Path out, boolean directory) {
    Path temp = p.temp == null ? null : Path.of(p.temp);
    if (Files.isDirectory(out)) {
      // Format 1 did not check its output: a directory never received the events.
      ks.pending = null;
      say.accept(
          "the interrupted export's output "
              + out
              + " is a directory, so nothing was delivered; its events are exported again"
              + (temp != null && Files.exists(temp) ? " (its data stays in " + temp + ")" : ""));
      return;
    }
    if (temp != null && Files.exists(temp)) {
      if (directory && !verifies(temp, p)) {
        delete(temp);
        ks.pending = null;
        say.accept(
            "the interrupted export's temp file "
                + temp
                + " does not match the state (length or last event); discarded, its events are"
                + " exported again");
        return;
      }
      Path target = out;
      if (directory) {
        target = ExportJob.unused(out);
        ExportJob.renameNoReplace(temp, target);
      } else {
        AtomicFiles.moveIntoPlace(temp, out);
      }
      say.accept("completed the interrupted export: " + p.count + " event(s) into " + target);
    } else if (Files.exists(out) && (!directory || verifies(out, p))) {
      say.accept(
          "the interrupted export had renamed its "
              + p.count
              + " event(s) into "
              + out
              + " before it stopped; committed");
    } else {
      // Its temp file is only ever removed by the rename: the events reached the output.
      say.accept(
          "the interrupted export had renamed its "
              + p.count
              + " event(s) into "
              + out
              + ", which "
              + (Files.exists(out) ? "has changed" : "a loader has taken")
              + " since; committed: they count as delivered, not exported again");
    }
    ks.cursor = p.cursor;
    ks.exportedTotal += p.count;
    ks.pending = null;
  }

  /** Whether a file is exactly the one the pending record describes. */
  private static boolean verifies(Path f, ExportState.Pending p) {
    long size = NdjsonFiles.size(f);
    return p.length != null
        && size == p.length
        && NdjsonFiles.endsWithNewline(f, size)
        && java.util.Objects.equals(p.lastEventKey, NdjsonFiles.lastEventKey(f, size));
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + p, e);
    }
  }
}
