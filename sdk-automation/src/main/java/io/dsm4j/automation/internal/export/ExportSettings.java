package io.dsm4j.automation.internal.export;

import io.dsm4j.Manager;
import io.dsm4j.model.EventKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * An exporter's settings (from {@link io.dsm4j.automation.EventExporter.Builder}).
 *
 * @param manager the manager
 * @param kind the event kind
 * @param kindName its name in the export
 * @param since the range start
 * @param until the range end, or null for now
 * @param computerIds only these computers (empty: all)
 * @param clock the clock
 * @param progress receives progress lines
 */
public record ExportSettings(
    Manager manager,
    EventKind kind,
    String kindName,
    Instant since,
    Instant until,
    List<Integer> computerIds,
    Clock clock,
    Consumer<String> progress) {}
