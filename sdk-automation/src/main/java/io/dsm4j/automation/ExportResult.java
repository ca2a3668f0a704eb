package io.dsm4j.automation;

import io.dsm4j.model.EventKind;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What one {@link EventExporter} run wrote.
 *
 * <pre>{@code
 * ExportResult r = exporter.export(Path.of("ips.ndjson"), Path.of("state.json"));
 * System.err.println(r.count() + " events; next run continues after ID " + r.cursor());
 * }</pre>
 *
 * @param kind the event kind
 * @param count the events written by this run
 * @param previousCursor the highest ID exported before this run, or null
 * @param cursor the highest ID exported after this run, or null when none ever was
 * @param rangeStart the start of the range read
 * @param rangeEnd the end of the range (null for a resumable run: up to now)
 * @param out the file written (appended to, replaced, or the new file in the directory), or null
 *     for a stream and when nothing was written
 * @param recovered true when this run first finished or undid an export a crash had interrupted
 *     (what it did is reported on the progress lines); {@code count} is this run's own events
 */
public record ExportResult(
    EventKind kind,
    long count,
    Long previousCursor,
    Long cursor,
    Instant rangeStart,
    Instant rangeEnd,
    Path out,
    boolean recovered) {}
