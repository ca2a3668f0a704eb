package io.dsm4j.automation.internal;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event export state file: per event kind, the highest exported event ID (the cursor) and the
 * start of the range it covers, what the appended file held after the last commit, and a pending
 * export (recorded before its events are written, cleared by the commit). Public fields for
 * Jackson.
 */
public final class ExportState {
  /** The format tag written. */
  public static final String FORMAT = "dsm4j-event-export-state/2";

  /** The first format, still read (its pending exports replaced the output file). */
  public static final String FORMAT_1 = "dsm4j-event-export-state/1";

  public String format = FORMAT;
  public Journal.ManagerRef manager;
  public Map<String, KindState> kinds = new TreeMap<>();

  /** One kind's progress. */
  public static final class KindState {
    /** The start of the range every run re-queries (late events get higher IDs). */
    public Instant rangeStart;

    /** The highest event ID exported so far; every event of the range up to it is exported. */
    public Long cursor;

    public long exportedTotal;
    public Instant lastRun;

    /** Append mode: the file as the last commit left it. */
    public FileRef appended;

    /** An export under way (write-ahead), or null. */
    public Pending pending;
  }

  /** A file as a commit left it: enough to verify it before it is trusted. */
  public static final class FileRef {
    public String path;
    public long length;
    public String lastEventKey;
  }

  /**
   * An export under way. {@code mode} is {@code append} (events appended to {@code out} from byte
   * {@code offset}, which ended with the event {@code lastKeyBefore}), {@code directory} (a new
   * file written whole as {@code temp}, then renamed to {@code out}; {@code length} bytes, last
   * event {@code lastEventKey}) or, in format 1, absent (the temp file replaced {@code out}).
   */
  public static final class Pending {
    public String mode;

    /** The cursor once committed. */
    public Long cursor;

    public long count;
    public String temp;
    public String out;
    public Long offset;
    public String lastKeyBefore;
    public Long length;
    public String lastEventKey;
  }
}
