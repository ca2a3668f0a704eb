package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.automation.EventExporter;
import io.dsm4j.automation.ExportResult;
import io.dsm4j.automation.RefusedException;
import io.dsm4j.model.EventKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dsm4j events …}: event export (SOAP). */
@Command(
    name = "events",
    description = "Events: export as NDJSON.",
    subcommands = {EventCommands.Export.class})
final class EventCommands {
  private EventCommands() {}

  @Command(
      name = "export",
      description =
          "Export events as NDJSON (one object per line; fields in the README). --state makes"
              + " scheduled runs export each event exactly once.")
  static final class Export extends Base {
    @Option(
        names = "--kind",
        required = true,
        description =
            "ips, firewall, anti-malware, web-reputation, integrity, log-inspection or system.")
    String kind;

    @Option(
        names = "--since",
        description = "Start (default 24h; with --state only the first run's counts).")
    String since;

    @Option(names = "--until", description = "End, exclusive (default now; not with --state).")
    String until;

    @Option(
        names = "--computers",
        arity = "1..*",
        paramLabel = "C",
        description = "Only these computers (ID or exact host name).")
    List<String> computers = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically).")
    Path outFile;

    @Option(
        names = "--state",
        paramLabel = "FILE",
        description = "Resume from and record progress in FILE.")
    Path state;

    @Override
    int run(Manager m, Output out) {
      EventKind k;
      try {
        k = EventExporter.parseKind(kind);
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException("--kind: " + e.getMessage());
      }
      if (until != null && state != null) {
        throw new Dsm4j.UsageException(
            "--until cannot be combined with --state: a resumable export runs up to now");
      }
      Instant now = Instant.now();
      EventExporter.Builder b =
          EventExporter.builder(m, k)
              .progress(this::progress)
              .since(Times.time(since == null ? "24h" : since, now));
      if (until != null) {
        b.until(Times.time(until, now));
      }
      List<Integer> ids = new ArrayList<>();
      for (String c : computers) {
        ids.add(computer(m, c).id());
      }
      b.computerIds(ids);
      ExportResult r;
      try {
        r =
            outFile == null
                ? b.build().export(root().out, state)
                : b.build().export(outFile, state);
      } catch (RefusedException e) {
        root().err.println("dsm4j: " + e.getMessage());
        return Dsm4j.FAILURE;
      }
      root().out.flush();
      progress(
          (r.recovered() ? "completed an interrupted export: " : "exported ")
              + r.count()
              + " "
              + EventExporter.kindName(k)
              + " event(s)"
              + (r.out() == null ? "" : " to " + r.out())
              + (r.cursor() == null ? "" : " (highest ID " + r.cursor() + ")"));
      return 0;
    }
  }
}
