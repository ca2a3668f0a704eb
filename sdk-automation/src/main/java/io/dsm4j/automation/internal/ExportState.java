package io.dsm4j.automation.internal;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event export state file: per event kind, the highest exported event ID (the cursor) and the
 * start of the range it covers, plus a pending export whose output file is written but not yet
 * committed. Public fields for Jackson.
 */
public final class ExportState {
  /** The format tag. */
  public static final String FORMAT = "dsm4j-event-export-state/1";

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

    /** An export whose temp file is complete but not yet renamed and committed, or null. */
    public Pending pending;
  }

  /** A written but uncommitted export. */
  public static final class Pending {
    public Long cursor;
    public long count;
    public String temp;
    public String out;
  }
}
