package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.model.Alert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dsm4j alerts …}. */
@Command(
    name = "alerts",
    description = "The manager's current alerts (SOAP: the /api has none).",
    subcommands = {AlertCommands.ListAlerts.class})
final class AlertCommands {
  private AlertCommands() {}

  @Command(
      name = "list",
      description =
          "List the current alerts, one per raised type, as the manager orders them: type,"
              + " severity, the manager's severity number, when raised.")
  static final class ListAlerts extends Base {
    @Option(
        names = "--limit",
        defaultValue = "100",
        paramLabel = "N",
        description = "The most alerts to ask for, 1 to 10000 (default 100).")
    int limit;

    @Override
    int run(Manager m, Output out) {
      if (limit < 1 || limit > 10_000) {
        throw new Dsm4j.UsageException("--limit must be 1 to 10000, not " + limit);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Alert a : m.alerts().list(limit)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", a.type());
        row.put("severity", a.severity());
        row.put("severityLevel", a.severityLevel());
        row.put("raised", a.raised());
        rows.add(row);
      }
      out.rows(new String[] {"type", "severity", "raised"}, rows);
      return 0;
    }
  }
}
