package io.dsm4j.automation;

import io.dsm4j.Capability;
import io.dsm4j.Manager;
import io.dsm4j.ManagerInfo;
import io.dsm4j.automation.internal.AtomicFiles;
import io.dsm4j.automation.internal.EventJson;
import io.dsm4j.automation.internal.ExportState;
import io.dsm4j.automation.internal.Journal;
import io.dsm4j.automation.internal.JournalFile;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.Event;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Exports events as NDJSON (one JSON object per line, UTF-8), ready for an Elasticsearch bulk load
 * or a BigQuery load job. It streams: each event is written as it is read, and the core holds one
 * time window at a time, so memory does not grow with the number of events.
 *
 * <h2>Fields</h2>
 *
 * Every line has every field below, in this order; a value that is unknown is {@code null}, never
 * left out.
 *
 * <table>
 *   <caption>NDJSON fields</caption>
 *   <tr><th>field</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code eventKey}</td><td>string</td><td>{@code KIND-ID}, unique across kinds: use it as
 *       the Elasticsearch {@code _id} so a reload is idempotent</td></tr>
 *   <tr><td>{@code kind}</td><td>string</td><td>{@code ips}, {@code firewall}, {@code
 *       anti-malware}, {@code web-reputation}, {@code integrity}, {@code log-inspection}, {@code
 *       system}</td></tr>
 *   <tr><td>{@code id}</td><td>integer</td><td>the manager's event ID, unique per kind</td></tr>
 *   <tr><td>{@code time}</td><td>string</td><td>when it happened, ISO-8601 UTC with milliseconds,
 *       e.g. {@code 2026-01-31T12:00:00.000Z}</td></tr>
 *   <tr><td>{@code computerId}</td><td>integer or null</td><td>the computer (null for manager
 *       events)</td></tr>
 *   <tr><td>{@code computerName}</td><td>string or null</td><td>its host name</td></tr>
 *   <tr><td>{@code ruleId}</td><td>integer or null</td><td>the rule that raised it</td></tr>
 *   <tr><td>{@code action}</td><td>string or null</td><td>what was done, e.g. {@code Drop}</td></tr>
 *   <tr><td>{@code reason}</td><td>string or null</td><td>the reason or description</td></tr>
 *   <tr><td>{@code details}</td><td>object of strings</td><td>every other field the manager
 *       reports, under its own name (nested as {@code parent.child}); {@code {}} when none. Load it
 *       as a BigQuery {@code JSON} column</td></tr>
 * </table>
 *
 * <h2>Resumable exports</h2>
 *
 * With a state file, a scheduled run exports only events it has not exported: none twice, none
 * skipped. Per kind the state keeps the range start (from the first run's {@code since}) and the
 * highest exported event ID. Each run re-queries the whole range with that ID cursor ({@link
 * EventQuery#afterId()}, the manager's {@code GREATER_THAN} filter), so late-arriving events, which
 * get higher IDs, are found. A run first reads the highest ID present and then exports only up to
 * it, so events that arrive while it runs are left whole to the next run. The output is written to
 * a temp file, fsynced and renamed; the state is updated atomically around the rename (a pending
 * record first, the commit after), so a crash never loses or duplicates events: the next run
 * completes the interrupted one first.
 *
 * <pre>{@code
 * ExportResult r = EventExporter.builder(manager, EventKind.INTRUSION_PREVENTION)
 *     .since(Instant.parse("2026-01-01T00:00:00Z"))
 *     .build()
 *     .export(Path.of("ips.ndjson"), Path.of("export-state.json"));
 * System.err.println(r.count() + " events, cursor " + r.cursor());
 * }</pre>
 */
public final class EventExporter {
  private static final Duration CLOCK_SKEW = Duration.ofDays(1);

  private final Manager manager;
  private final EventKind kind;
  private final Instant since;
  private final Instant until;
  private final List<Integer> computerIds;
  private final Clock clock;
  private final Consumer<String> progress;

  private EventExporter(Builder b) {
    this.manager = b.manager;
    this.kind = b.kind;
    this.since = b.since;
    this.until = b.until;
    this.computerIds = List.copyOf(b.computerIds);
    this.clock = b.clock;
    this.progress = b.progress;
  }

  /**
   * @param manager the manager (events need the SOAP backend)
   * @param kind the event kind
   * @return a builder: the last 24 hours, all computers
   */
  public static Builder builder(Manager manager, EventKind kind) {
    return new Builder(manager, kind);
  }

  /**
   * @param kind an event kind
   * @return its name in the export ({@code ips}, {@code firewall}, {@code anti-malware}, {@code
   *     web-reputation}, {@code integrity}, {@code log-inspection}, {@code system})
   */
  public static String kindName(EventKind kind) {
    return switch (kind) {
      case INTRUSION_PREVENTION -> "ips";
      case FIREWALL -> "firewall";
      case ANTI_MALWARE -> "anti-malware";
      case WEB_REPUTATION -> "web-reputation";
      case INTEGRITY_MONITORING -> "integrity";
      case LOG_INSPECTION -> "log-inspection";
      case SYSTEM -> "system";
    };
  }

  /**
   * @param name a name from {@link #kindName(EventKind)}
   * @return the kind
   * @throws IllegalArgumentException for an unknown name
   */
  public static EventKind parseKind(String name) {
    for (EventKind k : EventKind.values()) {
      if (kindName(k).equals(name.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown event kind '"
            + name
            + "' (expected ips, firewall, anti-malware, web-reputation, integrity, log-inspection"
            + " or system)");
  }

  /**
   * Exports to a stream (e.g. stdout), optionally resumable. With a state file the state is
   * committed only after the last event is written and flushed: if the run dies midway, the next
   * run writes those events again (at least once). Use {@link #export(Path, Path)} for exactly
   * once.
   *
   * @param out where the NDJSON goes (not closed)
   * @param state the state file, or null for a one-off export of [since, until)
   * @return the result
   */
  @SuppressWarnings("try") // the lock is held for the whole export, never read
  public ExportResult export(OutputStream out, Path state) {
    Objects.requireNonNull(out, "out");
    requireEvents();
    if (state == null) {
      long[] stats = write(out, since, end(), null, null);
      return new ExportResult(
          kind, stats[0], null, stats[1] < 0 ? null : stats[1], since, end(), null, false);
    }
    try (AtomicFiles.Lock lock = AtomicFiles.lock(state, "export state")) {
      Ctx c = begin(state);
      if (c.recovered != null) {
        return c.recovered;
      }
      Long ceiling = ceiling(c);
      long[] stats =
          ceiling == null ? new long[] {0, -1} : write(out, c.from, c.to, c.ks.cursor, ceiling);
      return commit(c, stats[0], ceiling, null);
    }
  }

  /**
   * Exports to a file: written to a temp file in the same directory, fsynced and renamed, so the
   * file is complete or absent. With a state file the export is resumable and exactly once.
   *
   * @param out the NDJSON file (replaced)
   * @param state the state file, or null for a one-off export of [since, until)
   * @return the result
   */
  @SuppressWarnings("try") // the lock is held for the whole export, never read
  public ExportResult export(Path out, Path state) {
    Objects.requireNonNull(out, "out");
    requireEvents();
    Path temp = AtomicFiles.tempFor(out);
    if (state == null) {
      long[] stats = writeFile(temp, since, end(), null, null);
      AtomicFiles.moveIntoPlace(temp, out);
      return new ExportResult(
          kind, stats[0], null, stats[1] < 0 ? null : stats[1], since, end(), out, false);
    }
    try (AtomicFiles.Lock lock = AtomicFiles.lock(state, "export state")) {
      Ctx c = begin(state);
      if (c.recovered != null) {
        return c.recovered;
      }
      Long ceiling = ceiling(c);
      // Nothing new still replaces the output, with an empty file: this run's output is its events.
      long[] stats =
          writeFile(temp, c.from, c.to, c.ks.cursor, ceiling == null ? Long.valueOf(-1) : ceiling);
      // Two-phase: record the pending export, rename, then commit; a crash in between is finished
      // by the next run instead of exporting the same events again.
      ExportState.Pending p = new ExportState.Pending();
      p.cursor = ceiling == null ? c.ks.cursor : ceiling;
      p.count = stats[0];
      p.temp = temp.toString();
      p.out = out.toAbsolutePath().toString();
      c.ks.pending = p;
      c.file.write(c.st);
      AtomicFiles.moveIntoPlace(temp, out);
      return commit(c, stats[0], ceiling, out);
    }
  }

  private Instant end() {
    return until != null ? until : clock.instant();
  }

  private void requireEvents() {
    if (!manager.capabilities().supports(Capability.EVENTS)) {
      throw new UnsupportedCapabilityException(
          "events exist only in the SOAP API; the "
              + manager.backends()
              + " backend has none: give a username and password",
          "events.export",
          manager.backends().size() == 1 ? manager.backends().iterator().next() : null);
    }
  }

  /** A resumable run's context. */
  private static final class Ctx {
    StateFile file;
    ExportState st;
    ExportState.KindState ks;
    Instant from;
    Instant to;
    ExportResult recovered;
  }

  private Ctx begin(Path statePath) {
    if (until != null) {
      throw new IllegalArgumentException(
          "an end time cannot be combined with a state file: the cursor covers everything up to"
              + " now, and an end would skip later events with lower IDs");
    }
    ManagerInfo info = manager.info();
    Ctx c = new Ctx();
    c.file = new StateFile(statePath);
    c.st = c.file.exists() ? c.file.read() : new ExportState();
    Journal.ManagerRef here = JournalFile.refOf(info);
    if (c.st.manager == null) {
      c.st.manager = here;
    } else if (!sameManager(c.st.manager, here)) {
      throw new RefusedException(
          "the export state "
              + statePath
              + " belongs to the manager "
              + c.st.manager
              + ", not to "
              + here
              + "; use one state file per manager");
    }
    String k = kindName(kind);
    c.ks = c.st.kinds.computeIfAbsent(k, x -> new ExportState.KindState());
    if (c.ks.pending != null) {
      c.recovered = recover(c);
      return c;
    }
    if (c.ks.rangeStart == null) {
      c.ks.rangeStart = since;
    } else if (!c.ks.rangeStart.equals(since)) {
      progress.accept(
          "the state's range for "
              + k
              + " starts at "
              + c.ks.rangeStart
              + "; the start given is used only on the first run");
    }
    c.from = c.ks.rangeStart;
    // No upper bound but the clock (with room for skew): an end would let the cursor pass later
    // events with lower IDs.
    c.to = clock.instant().plus(CLOCK_SKEW);
    return c;
  }

  private static boolean sameManager(Journal.ManagerRef a, Journal.ManagerRef b) {
    return Objects.equals(a.url, b.url)
        && Objects.equals(a.tenant, b.tenant)
        && Objects.equals(a.managerVersion, b.managerVersion);
  }

  private ExportResult recover(Ctx c) {
    ExportState.Pending p = c.ks.pending;
    Path temp = Path.of(p.temp);
    Path out = Path.of(p.out);
    if (Files.exists(temp)) {
      AtomicFiles.moveIntoPlace(temp, out);
    } else if (!Files.exists(out)) {
      throw new IllegalStateException(
          "the interrupted export's output "
              + out
              + " and its temp file are both missing; the "
              + p.count
              + " events up to ID "
              + p.cursor
              + " cannot be recovered. Remove the 'pending' entry of "
              + kindName(kind)
              + " from the state file to export them again");
    }
    Long before = c.ks.cursor;
    c.ks.cursor = p.cursor;
    c.ks.exportedTotal += p.count;
    c.ks.lastRun = clock.instant();
    c.ks.pending = null;
    c.file.write(c.st);
    progress.accept(
        "completed the interrupted export of "
            + p.count
            + " events into "
            + out
            + "; run again for newer events");
    return new ExportResult(kind, p.count, before, p.cursor, c.ks.rangeStart, null, out, true);
  }

  /** The highest ID present now: this run exports up to it and no further. */
  private Long ceiling(Ctx c) {
    Long max = null;
    try (Stream<Event> s = manager.events().stream(query(c.from, c.to, c.ks.cursor))) {
      Iterator<Event> it = s.iterator();
      while (it.hasNext()) {
        long id = it.next().id();
        if (max == null || id > max) {
          max = id;
        }
      }
    }
    return max;
  }

  private ExportResult commit(Ctx c, long count, Long ceiling, Path out) {
    Long before = c.ks.cursor;
    if (ceiling != null) {
      c.ks.cursor = ceiling;
    }
    c.ks.exportedTotal += count;
    c.ks.lastRun = clock.instant();
    c.ks.pending = null;
    c.file.write(c.st);
    return new ExportResult(kind, count, before, c.ks.cursor, c.from, null, out, false);
  }

  private EventQuery query(Instant from, Instant to, Long afterId) {
    EventQuery.Builder b = EventQuery.builder(kind, from, to).computerIds(computerIds);
    if (afterId != null) {
      b.afterId(afterId);
    }
    return b.build();
  }

  private long[] writeFile(Path temp, Instant from, Instant to, Long afterId, Long ceiling) {
    try (FileOutputStream fos = new FileOutputStream(temp.toFile());
        BufferedOutputStream bos = new BufferedOutputStream(fos, 1 << 16)) {
      long[] stats = write(bos, from, to, afterId, ceiling);
      bos.flush();
      fos.getChannel().force(true);
      return stats;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + temp, e);
    }
  }

  /** Writes the events; returns {count, max ID or -1}. */
  private long[] write(OutputStream out, Instant from, Instant to, Long afterId, Long ceiling) {
    long count = 0;
    long max = -1;
    String k = kindName(kind);
    try (EventJson json = new EventJson(out);
        Stream<Event> events = manager.events().stream(query(from, to, afterId))) {
      Iterator<Event> it = events.iterator();
      while (it.hasNext()) {
        Event e = it.next();
        if (ceiling != null && e.id() > ceiling) {
          continue; // arrived during this run: the next run takes it, with the events before it
        }
        json.write(k, e);
        count++;
        max = Math.max(max, e.id());
        if (count % 10_000 == 0) {
          progress.accept(count + " " + k + " events exported");
        }
      }
      json.flush();
    }
    return new long[] {count, max};
  }

  /** Reads and atomically rewrites the export state. */
  private static final class StateFile {
    private final Path path;

    StateFile(Path path) {
      this.path = path;
    }

    boolean exists() {
      return Files.exists(path);
    }

    ExportState read() {
      ExportState s;
      try {
        s = JournalFile.JSON.readValue(path.toFile(), ExportState.class);
      } catch (IOException e) {
        throw new RefusedException("cannot read the export state " + path + ": " + e.getMessage());
      }
      if (!ExportState.FORMAT.equals(s.format)) {
        throw new RefusedException(path + " is not a dsm4j export state (format " + s.format + ")");
      }
      return s;
    }

    void write(ExportState s) {
      try {
        AtomicFiles.write(path, JournalFile.JSON.writeValueAsBytes(s));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("cannot serialize the export state", e);
      }
    }
  }

  /** Configures an {@link EventExporter}. */
  public static final class Builder {
    private final Manager manager;
    private final EventKind kind;
    private Instant since;
    private Instant until;
    private List<Integer> computerIds = List.of();
    private Clock clock = Clock.systemUTC();
    private Consumer<String> progress = m -> {};

    private Builder(Manager manager, EventKind kind) {
      this.manager = Objects.requireNonNull(manager, "manager");
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param since the start of the range (default 24 hours ago; with a state file, only the first
     *     run's start counts)
     * @return this builder
     */
    public Builder since(Instant since) {
      this.since = Objects.requireNonNull(since, "since");
      return this;
    }

    /**
     * @param until the end of the range, exclusive (default now; not with a state file)
     * @return this builder
     */
    public Builder until(Instant until) {
      this.until = Objects.requireNonNull(until, "until");
      return this;
    }

    /**
     * @param ids only these computers (default all)
     * @return this builder
     */
    public Builder computerIds(List<Integer> ids) {
      this.computerIds = List.copyOf(ids);
      return this;
    }

    /**
     * @param clock the clock for "now" (default the UTC system clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param progress receives progress lines (e.g. to print on stderr)
     * @return this builder
     */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * @return the exporter
     * @throws IllegalArgumentException when the range is empty
     */
    public EventExporter build() {
      if (since == null) {
        since = clock.instant().minus(Duration.ofHours(24));
      }
      if (until != null && !until.isAfter(since)) {
        throw new IllegalArgumentException("the end " + until + " is not after the start " + since);
      }
      return new EventExporter(this);
    }
  }
}
