package io.dsm4j.automation;

import io.dsm4j.Manager;
import io.dsm4j.automation.internal.export.ExportJob;
import io.dsm4j.automation.internal.export.ExportSettings;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.EventQuery;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

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
 * <h2>Resumable exports and output modes</h2>
 *
 * With a state file, a scheduled run exports only events it has not exported: none twice, none
 * skipped. Per kind the state keeps the range start (from the first run's {@code since}) and the
 * highest exported event ID. Each run re-queries the whole range with that ID cursor ({@link
 * EventQuery#afterId()}, the manager's {@code GREATER_THAN} filter), so late-arriving events, which
 * get higher IDs, are found. A run first reads the highest ID present and then exports only up to
 * it, so events that arrive while it runs are left whole to the next run ({@link EventCursor}
 * states this protocol; the Kafka Connect source connector follows it too). Each line is an {@link
 * EventRecord}.
 *
 * <ul>
 *   <li>{@link #export(Path, Path)} with a state <b>appends</b> to the file (what log shippers
 *       tailing a file expect). The state records the file's length before the run writes (a
 *       pending export) and commits the cursor after the events are fsynced; a run that finds a
 *       pending export cuts the file back to the recorded length (after checking that the line
 *       before it is the event the state recorded) and exports those events again. A run with
 *       nothing new leaves the file untouched.
 *   <li>{@link #exportToDirectory(Path, Path)} writes <b>one new file per run</b> ({@code
 *       KIND-TIME-FIRSTID-LASTID.ndjson}), written whole to a hidden temp file, fsynced and renamed
 *       into place, never overwriting a file (for loaders that pick up and remove whole files). A
 *       crash after the rename is committed by the next run even when a loader has taken the file.
 *   <li>{@link #export(Path, Path)} without a state replaces the file whole (atomically).
 *   <li>{@link #export(OutputStream, Path)} streams; with a state it is at least once (the state is
 *       committed after the last event).
 * </ul>
 *
 * Every mode checks the output before fetching anything ({@link IllegalArgumentException} for a
 * directory given as a file, a missing directory, a file that cannot be written) and locks it and
 * the state ({@code FILE.lock}, removed when the run ends normally) so a second run at once is
 * refused with a {@link RefusedException} naming the lock and its holder.
 *
 * <pre>{@code
 * ExportResult r = EventExporter.builder(manager, EventKind.INTRUSION_PREVENTION)
 *     .since(Instant.parse("2026-01-01T00:00:00Z"))
 *     .build()
 *     .export(Path.of("ips.ndjson"), Path.of("export-state.json"));
 * System.err.println(r.count() + " events, cursor " + r.cursor()); // appended to ips.ndjson
 * }</pre>
 */
public final class EventExporter {
  private final ExportSettings settings;

  private EventExporter(Builder b) {
    this.settings =
        new ExportSettings(
            b.manager,
            b.kind,
            kindName(b.kind),
            b.since,
            b.until,
            List.copyOf(b.computerIds),
            b.clock,
            b.progress);
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
   * @throws RefusedException when the state is locked by another run or belongs to another manager
   */
  public ExportResult export(OutputStream out, Path state) {
    Objects.requireNonNull(out, "out");
    return new ExportJob(settings).toStream(out, state);
  }

  /**
   * Exports to a file. Without a state file the file is replaced whole (written to a temp file,
   * fsynced, renamed). With one, the events are <b>appended</b>, exactly once across runs, and a
   * run interrupted mid-append is cut back and redone by the next run; a run with nothing new
   * leaves the file as it is.
   *
   * @param out the NDJSON file
   * @param state the state file, or null for a one-off export of [since, until)
   * @return the result
   * @throws IllegalArgumentException when {@code out} is a directory, its directory is missing, or
   *     it cannot be written (checked before anything is fetched)
   * @throws RefusedException when the file or state is locked by another run, the state belongs to
   *     another manager, or the file was changed by something else since the last run
   */
  public ExportResult export(Path out, Path state) {
    Objects.requireNonNull(out, "out");
    return new ExportJob(settings).toFile(out, state);
  }

  /**
   * Exports to a new file in a directory, one per run, named {@code
   * KIND-TIME-FIRSTID-LASTID.ndjson} (time UTC, {@code 20260131T120000.000Z}); a file is written
   * whole under a hidden temp name and renamed into place, and never overwrites another. A run with
   * nothing new writes no file. With a state file, exactly once across runs.
   *
   * @param dir an existing, writable directory
   * @param state the state file, or null for a one-off export of [since, until)
   * @return the result ({@link ExportResult#out()} is the new file, null when none was written)
   * @throws IllegalArgumentException when {@code dir} is not a writable directory
   * @throws RefusedException when the directory or state is locked by another run, or the state
   *     belongs to another manager
   */
  public ExportResult exportToDirectory(Path dir, Path state) {
    Objects.requireNonNull(dir, "dir");
    return new ExportJob(settings).toDirectory(dir, state);
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
