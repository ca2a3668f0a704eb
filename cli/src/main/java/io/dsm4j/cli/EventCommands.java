package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.automation.EventExporter;
import io.dsm4j.automation.ExportResult;
import io.dsm4j.automation.IdOrNameResolver;
import io.dsm4j.model.EventKind;
import io.dsm4j.model.IdOrName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

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
          "Export events as NDJSON (one object per line; fields in the README). With --state,"
              + " scheduled runs export each event exactly once: appended to --out FILE, or one"
              + " new file per run in --out-dir DIR.")
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

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "Write to FILE: appended to with --state (a crash is cut back and redone), replaced"
                + " atomically without.")
    Path outFile;

    @Option(
        names = "--out-dir",
        paramLabel = "DIR",
        description =
            "Write one new file per run into DIR (KIND-TIME-FIRSTID-LASTID.ndjson, renamed into"
                + " place, never overwritten; none when nothing is new).")
    Path outDir;

    @Option(
        names = "--state",
        paramLabel = "FILE",
        description = "Resume from and record progress in FILE.")
    Path state;

    @Override
    int run(Manager m, Output out) {
      EventKind k = checkOptions(out);
      Instant now = Instant.now();
      EventExporter.Builder b =
          EventExporter.builder(m, k)
              .progress(this::progress)
              .since(Times.time(since == null ? "24h" : since, now));
      if (until != null) {
        b.until(Times.time(until, now));
      }
      IdOrNameResolver resolve = new IdOrNameResolver(m);
      List<Integer> ids = new ArrayList<>();
      for (String c : computers) {
        ids.add(resolve.computer(parse(c, "computer")).id());
      }
      b.computerIds(ids);
      ExportResult r;
      EventExporter exporter = b.build();
      r =
          outDir != null
              ? exporter.exportToDirectory(outDir, state)
              : outFile != null
                  ? exporter.export(outFile, state)
                  : exporter.export(root().out, state);
      root().out.flush();
      progress(
          "exported "
              + r.count()
              + " "
              + EventExporter.kindName(k)
              + " event(s)"
              + (r.out() == null
                  ? outDir != null || outFile != null ? " (nothing new: no file written)" : ""
                  : (outFile != null && state != null ? " appended to " : " to ") + r.out())
              + (r.cursor() == null ? "" : " (highest ID " + r.cursor() + ")"));
      return 0;
    }

    /** Every option that does not apply is a usage error, found before anything is fetched. */
    private EventKind checkOptions(Output out) {
      EventKind k;
      try {
        k = EventExporter.parseKind(kind);
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException("--kind: " + e.getMessage());
      }
      if (out.format() != Output.Format.JSON && outputGiven()) {
        throw new Dsm4j.UsageException(
            "events export writes NDJSON (one JSON object per line) only; --output "
                + out.format().name().toLowerCase(java.util.Locale.ROOT)
                + " does not apply");
      }
      if (until != null && state != null) {
        throw new Dsm4j.UsageException(
            "--until cannot be combined with --state: a resumable export runs up to now");
      }
      if (outFile != null && outDir != null) {
        throw new Dsm4j.UsageException("give --out FILE or --out-dir DIR, not both");
      }
      if (outFile != null) {
        if (Files.isDirectory(outFile)) {
          throw new Dsm4j.UsageException(
              "--out "
                  + outFile
                  + " is a directory; give a file, or --out-dir DIR for one new file per run");
        }
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
          throw new Dsm4j.UsageException("--out: the directory " + parent + " does not exist");
        }
        if (Files.exists(outFile) && !Files.isRegularFile(outFile)) {
          throw new Dsm4j.UsageException("--out " + outFile + " is not a regular file");
        }
      }
      if (outDir != null && !Files.isDirectory(outDir)) {
        throw new Dsm4j.UsageException("--out-dir " + outDir + " is not an existing directory");
      }
      if (state != null && Files.isDirectory(state)) {
        throw new Dsm4j.UsageException("--state " + state + " is a directory; give a file");
      }
      return k;
    }

    /** Whether {@code --output} was given on the command line (its default is table). */
    private boolean outputGiven() {
      for (ParseResult p = spec.root().commandLine().getParseResult();
          p != null;
          p = p.subcommand()) {
        if (p.hasMatchedOption("--output")) {
          return true;
        }
      }
      return false;
    }

    private static IdOrName parse(String text, String what) {
      try {
        return IdOrName.parse(text, what);
      } catch (IllegalArgumentException e) {
        throw new Dsm4j.UsageException(e.getMessage());
      }
    }
  }
}
