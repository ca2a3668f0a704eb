package io.dsm4j.automation.internal.export;

import io.dsm4j.Capability;
import io.dsm4j.automation.EventCursor;
import io.dsm4j.automation.ExportResult;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.automation.internal.AtomicFiles;
import io.dsm4j.automation.internal.Checkpoints;
import io.dsm4j.automation.internal.ExportState;
import io.dsm4j.automation.internal.LockFile;
import io.dsm4j.automation.internal.ManagerBinding;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.EventQuery;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One export run in one of four modes: to a stream, to a file replaced whole (no state), appended
 * to a file (with a state), or to a new file in a directory. Every mode checks its output before
 * anything is fetched, locks it (and the state) against a concurrent run, and with a state records
 * a pending export before writing and commits it after (see {@link Recovery}).
 */
public final class ExportJob {
  private static final String DIRECTORY_LOCK = ".dsm4j-export.lock";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final ExportSettings s;
  private final EventWriter writer;
  private final Recovery recovery;

  /**
   * @param s the exporter's settings
   */
  public ExportJob(ExportSettings s) {
    this.s = s;
    this.writer = new EventWriter(s);
    this.recovery = new Recovery(s);
  }

  /** A resumable run's state. */
  private static final class Run {
    StateFile file;
    ExportState st;
    ExportState.KindState ks;
    EventCursor cursor;
    EventQuery query;
    boolean recovered;
  }

  // ---------------------------------------------------------------- modes

  /**
   * To a stream; with a state, at least once (the state is committed after the last event).
   *
   * @return the result
   */
  @SuppressWarnings("try") // the lock is held for the whole run, never read
  public ExportResult toStream(OutputStream out, Path statePath) {
    requireEvents();
    if (statePath == null) {
      Instant end = end();
      EventWriter.Stats st = writer.write(out, writer.oneOff(s.since(), end), null);
      return new ExportResult(
          s.kind(), st.count(), null, st.maxOrNull(), s.since(), end, null, false);
    }
    checkStatePath(statePath);
    try (LockFile ls = LockFile.acquire(statePath, "export state")) {
      Run r = begin(statePath, null);
      Long ceiling = writer.ceiling(r.query);
      long count = ceiling == null ? 0 : writer.write(out, r.query, ceiling).count();
      return commit(r, count, ceiling, null);
    }
  }

  /**
   * To a file: replaced whole without a state, appended to with one.
   *
   * @return the result
   */
  @SuppressWarnings("try") // the locks are held for the whole run, never read
  public ExportResult toFile(Path out, Path statePath) {
    checkFileTarget(out);
    if (statePath != null) {
      checkStatePath(statePath);
    }
    requireEvents();
    try (LockFile lo = LockFile.acquire(out, "output")) {
      AtomicFiles.removeStaleTemps(out, null);
      if (statePath == null) {
        Instant end = end();
        Path temp = AtomicFiles.tempFor(out);
        EventWriter.Stats st = writeFile(temp, writer.oneOff(s.since(), end), null);
        AtomicFiles.moveIntoPlace(temp, out);
        return new ExportResult(
            s.kind(), st.count(), null, st.maxOrNull(), s.since(), end, out, false);
      }
      try (LockFile ls = LockFile.acquire(statePath, "export state")) {
        return append(out, begin(statePath, out));
      }
    }
  }

  private ExportResult append(Path out, Run r) {
    Long ceiling = writer.ceiling(r.query);
    if (ceiling == null) {
      return commit(r, 0, null, null); // nothing new: the file is left as it is
    }
    long offset = Math.max(0, NdjsonFiles.size(out));
    if (!NdjsonFiles.endsWithNewline(out, offset)) {
      throw new RefusedException(
          out
              + " does not end with a complete line, so something other than dsm4j wrote to it;"
              + " give another file");
    }
    ExportState.Pending p = new ExportState.Pending();
    p.mode = "append";
    p.out = out.toAbsolutePath().toString();
    p.offset = offset;
    p.lastKeyBefore = NdjsonFiles.lastEventKey(out, offset);
    p.cursor = ceiling;
    r.ks.pending = p;
    r.file.write(r.st);
    Checkpoints.reached("export.pending");
    EventWriter.Stats st;
    try (FileOutputStream fos = new FileOutputStream(out.toFile(), true);
        BufferedOutputStream bos = new BufferedOutputStream(fos, 1 << 16)) {
      st = writer.write(bos, r.query, ceiling);
      bos.flush();
      fos.getChannel().force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + out, e);
    }
    Checkpoints.reached("export.written");
    ExportState.FileRef ref = new ExportState.FileRef();
    ref.path = p.out;
    ref.length = NdjsonFiles.size(out);
    ref.lastEventKey = st.count() == 0 ? p.lastKeyBefore : st.lastKey();
    r.ks.appended = ref;
    return commit(r, st.count(), ceiling, out);
  }

  /**
   * To a new file in a directory, named by time and ID range, never overwriting one.
   *
   * @return the result ({@code out} null when there was nothing to write)
   */
  @SuppressWarnings("try") // the locks are held for the whole run, never read
  public ExportResult toDirectory(Path dir, Path statePath) {
    checkDirectoryTarget(dir);
    if (statePath != null) {
      checkStatePath(statePath);
    }
    requireEvents();
    Path abs = dir.toAbsolutePath();
    try (LockFile ld = LockFile.acquireFile(directoryLock(abs), "output directory " + abs);
        LockFile ls = statePath == null ? null : LockFile.acquire(statePath, "export state")) {
      Run r = statePath == null ? null : begin(statePath, abs);
      removeStaleTemps(abs);
      Instant end = r == null ? end() : null;
      EventQuery query = r == null ? writer.oneOff(s.since(), end) : r.query;
      Long ceiling = r == null ? null : writer.ceiling(query);
      if (r != null && ceiling == null) {
        return commit(r, 0, null, null);
      }
      Path temp =
          abs.resolve(
              "."
                  + s.kindName()
                  + "-"
                  + UUID.randomUUID().toString().substring(0, 8)
                  + AtomicFiles.TEMP_SUFFIX);
      EventWriter.Stats st = writeFile(temp, query, ceiling);
      Checkpoints.reached("export.written");
      if (st.count() == 0) {
        delete(temp);
        return r == null
            ? new ExportResult(s.kind(), 0, null, null, s.since(), end, null, false)
            : commit(r, 0, ceiling, null);
      }
      Path target = unused(abs.resolve(fileName(st)));
      if (r != null) {
        ExportState.Pending p = new ExportState.Pending();
        p.mode = "directory";
        p.temp = temp.toString();
        p.out = target.toString();
        p.length = NdjsonFiles.size(temp);
        p.lastEventKey = st.lastKey();
        p.count = st.count();
        p.cursor = ceiling;
        r.ks.pending = p;
        r.file.write(r.st);
        Checkpoints.reached("export.pending");
      }
      renameNoReplace(temp, target);
      Checkpoints.reached("export.renamed");
      if (r == null) {
        return new ExportResult(
            s.kind(), st.count(), null, st.maxOrNull(), s.since(), end, target, false);
      }
      return commit(r, st.count(), ceiling, target);
    }
  }

  // ---------------------------------------------------------------- checks before anything

  /**
   * @throws IllegalArgumentException unless {@code out} can be a writable regular file
   */
  static void checkFileTarget(Path out) {
    if (Files.isDirectory(out)) {
      throw new IllegalArgumentException(
          "the output " + out + " is a directory; give a file (or a directory as --out-dir)");
    }
    if (Files.exists(out) && (!Files.isRegularFile(out) || !Files.isWritable(out))) {
      throw new IllegalArgumentException("the output " + out + " is not a writable regular file");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      throw new IllegalArgumentException(
          "the directory of the output " + out + " does not exist or is not writable");
    }
  }

  static void checkDirectoryTarget(Path dir) {
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new IllegalArgumentException(
          "the output directory " + dir + " does not exist or is not a writable directory");
    }
  }

  static void checkStatePath(Path state) {
    if (Files.isDirectory(state)) {
      throw new IllegalArgumentException("the export state " + state + " is a directory");
    }
  }

  private void requireEvents() {
    if (!s.manager().capabilities().supports(Capability.EVENTS)) {
      throw new UnsupportedCapabilityException(
          "events exist only in the SOAP API; the "
              + s.manager().backends()
              + " backend has none: give a username and password",
          "events.export",
          s.manager().backends().size() == 1 ? s.manager().backends().iterator().next() : null);
    }
  }

  // ---------------------------------------------------------------- state

  private Instant end() {
    return s.until() != null ? s.until() : s.clock().instant();
  }

  private Run begin(Path statePath, Path heldOutput) {
    if (s.until() != null) {
      throw new IllegalArgumentException(
          "an end time cannot be combined with a state file: the cursor covers everything up to"
              + " now, and an end would skip later events with lower IDs");
    }
    Run r = new Run();
    r.file = new StateFile(statePath);
    r.st = r.file.exists() ? r.file.read() : new ExportState();
    if (r.st.manager == null) {
      r.st.manager = ManagerBinding.refOf(s.manager().info());
    } else {
      ManagerBinding.check(
          r.st.manager, s.manager().info(), statePath.toString(), "export state", s.progress());
    }
    r.ks = r.st.kinds.computeIfAbsent(s.kindName(), x -> new ExportState.KindState());
    if (recovery.recover(r.ks, heldOutput)) {
      r.recovered = true;
      r.file.write(r.st);
    }
    if (r.ks.rangeStart == null) {
      r.ks.rangeStart = s.since();
    } else if (!r.ks.rangeStart.equals(s.since())) {
      s.progress()
          .accept(
              "the state's range for "
                  + s.kindName()
                  + " starts at "
                  + r.ks.rangeStart
                  + "; the start given is used only on the first run");
    }
    // The cursor's query has no upper bound but the clock (with room for skew): an end would let
    // the cursor pass later events with lower IDs.
    r.cursor = new EventCursor(r.ks.rangeStart, r.ks.cursor);
    r.query = writer.resumable(r.cursor);
    return r;
  }

  private ExportResult commit(Run r, long count, Long ceiling, Path out) {
    Long before = r.ks.cursor;
    if (ceiling != null) {
      r.ks.cursor = r.cursor.after(ceiling).lastId();
    }
    r.ks.exportedTotal += count;
    r.ks.lastRun = s.clock().instant();
    r.ks.pending = null;
    r.file.write(r.st);
    Checkpoints.reached("export.committed");
    return new ExportResult(
        s.kind(), count, before, r.ks.cursor, r.cursor.rangeStart(), null, out, r.recovered);
  }

  // ---------------------------------------------------------------- files

  private EventWriter.Stats writeFile(Path temp, EventQuery query, Long ceiling) {
    try (FileOutputStream fos = new FileOutputStream(temp.toFile());
        BufferedOutputStream bos = new BufferedOutputStream(fos, 1 << 16)) {
      EventWriter.Stats stats = writer.write(bos, query, ceiling);
      bos.flush();
      fos.getChannel().force(true);
      return stats;
    } catch (IOException e) {
      delete(temp);
      throw new UncheckedIOException("cannot write " + temp, e);
    }
  }

  private String fileName(EventWriter.Stats st) {
    return s.kindName()
        + "-"
        + FILE_TIME.format(s.clock().instant())
        + "-"
        + st.minId()
        + "-"
        + st.maxId()
        + ".ndjson";
  }

  static Path directoryLock(Path dir) {
    return dir.resolve(DIRECTORY_LOCK);
  }

  /** {@code f}, or {@code NAME-2.ndjson}, {@code NAME-3.ndjson}… when it exists. */
  static Path unused(Path f) {
    if (!Files.exists(f)) {
      return f;
    }
    String n = f.getFileName().toString();
    String base = n.endsWith(".ndjson") ? n.substring(0, n.length() - 7) : n;
    for (int i = 2; ; i++) {
      Path p = f.resolveSibling(base + "-" + i + ".ndjson");
      if (!Files.exists(p)) {
        return p;
      }
    }
  }

  /**
   * Renames a complete temp file to a name that is not taken (the directory lock keeps other dsm4j
   * runs out), so a file a loader has not picked up yet is never overwritten.
   */
  static void renameNoReplace(Path temp, Path target) {
    if (Files.exists(target)) {
      throw new UncheckedIOException(
          new FileAlreadyExistsException(target.toString(), null, "never overwritten"));
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      throw new RefusedException(
          "the file system of " + target + " cannot rename atomically; choose another directory");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + temp + " to " + target, e);
    }
    AtomicFiles.syncDirectory(target.toAbsolutePath().getParent());
  }

  private void removeStaleTemps(Path dir) {
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(dir, "." + s.kindName() + "-*" + AtomicFiles.TEMP_SUFFIX)) {
      for (Path p : ds) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: a stale temp file is harmless, only untidy
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + p, e);
    }
  }
}
