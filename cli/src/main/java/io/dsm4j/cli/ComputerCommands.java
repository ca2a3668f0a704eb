package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.exception.DsmException;
import io.dsm4j.model.BulkResult;
import io.dsm4j.model.Computer;
import io.dsm4j.model.ComputerAction;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Recommendations;
import io.dsm4j.model.RuleKind;
import io.dsm4j.model.ScanStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j computers …}. */
@Command(
    name = "computers",
    description = "Computers: list, show, assign a policy, recommendations, actions.",
    subcommands = {
      ComputerCommands.ListComputers.class,
      ComputerCommands.Get.class,
      ComputerCommands.AssignPolicy.class,
      ComputerCommands.Recommend.class,
      ComputerCommands.ScanRecommendations.class,
      ComputerCommands.ScanMalware.class,
      ComputerCommands.ScanIntegrity.class,
      ComputerCommands.UpdateNow.class,
      SettingCommands.ComputerSettings.class,
      RuleOverrideCommands.ComputerRules.class
    })
final class ComputerCommands {
  static final String[] COLUMNS = {"id", "hostName", "policyId", "groupId", "platform"};

  private ComputerCommands() {}

  @Command(name = "list", description = "List every computer.")
  static final class ListComputers extends Base {
    @Override
    int run(Manager m, Output out) {
      out.records(m.computers().list().stream().toList(), COLUMNS);
      return 0;
    }
  }

  @Command(name = "get", description = "Show one computer.")
  static final class Get extends Base {
    @Parameters(paramLabel = "COMPUTER")
    String computer;

    @Override
    int run(Manager m, Output out) {
      Computer c = computer(m, computer);
      out.record(
          c, "id", "hostName", "displayName", "policyId", "groupId", "platform", "agentVersion");
      return 0;
    }
  }

  @Command(name = "assign-policy", description = "Assign a policy to computers.")
  static final class AssignPolicy extends Base {
    @Parameters(index = "0", paramLabel = "POLICY")
    String policy;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMPUTER")
    List<String> computers;

    @Override
    int run(Manager m, Output out) {
      computers.forEach(c -> Resolver.parse(c, "computer"));
      Policy p = policy(m, policy);
      List<Integer> ids = new ArrayList<>();
      for (String c : computers) {
        ids.add(computer(m, c).id());
      }
      m.computers().assignPolicy(p.id(), ids);
      progress(
          "assigned policy " + p.id() + " (" + p.name() + ") to " + ids.size() + " computer(s)");
      return 0;
    }
  }

  @Command(name = "recommendations", description = "A computer's recommendation scan results.")
  static final class Recommend extends Base {
    @Parameters(paramLabel = "COMPUTER")
    String computer;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "The rule kind: " + HelpSupport.KIND_VALUES + ".")
    String kind;

    @Override
    int run(Manager m, Output out) {
      RuleKind k = kind(kind);
      Recommendations r = m.computers().recommendations(computer(m, computer).id(), k);
      out.record(r, "kind", "status", "lastScan", "toAssign", "toUnassign");
      return 0;
    }
  }

  /** The shared shape of the action commands. */
  abstract static class Action extends Base {
    @Parameters(arity = "1..*", paramLabel = "COMPUTER")
    List<String> computers;

    @Option(
        names = "--wait",
        description = "Wait until the action completes (recommendation scans).")
    boolean await;

    @Option(
        names = "--wait-timeout",
        defaultValue = "30m",
        paramLabel = "DURATION",
        description = "How long --wait waits (default 30m).")
    String waitTimeout;

    abstract ComputerAction action();

    @Override
    int run(Manager m, Output out) {
      Duration timeout = Connector.usage("--wait-timeout", () -> Times.duration(waitTimeout));
      if (await && action() != ComputerAction.SCAN_FOR_RECOMMENDATIONS) {
        throw new Dsm4j.UsageException(
            "--wait is only available for scan-recommendations: the APIs report no completion"
                + " for other actions");
      }
      computers.forEach(c -> Resolver.parse(c, "computer"));
      List<Integer> ids = new ArrayList<>();
      for (String c : computers) {
        ids.add(computer(m, c).id());
      }
      Instant started = Instant.now().minusSeconds(1);
      BulkResult r = m.computers().run(action(), ids);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Integer id : r.succeeded()) {
        rows.add(row(id, "requested", ""));
      }
      r.failed().forEach((id, e) -> rows.add(row(id, "failed", e.getMessage())));
      if (await && !r.succeeded().isEmpty()) {
        rows.clear();
        r.failed().forEach((id, e) -> rows.add(row(id, "failed", e.getMessage())));
        for (Integer id : r.succeeded()) {
          rows.add(row(id, waitForScan(m, id, started, timeout) ? "completed" : "timed-out", ""));
        }
      }
      rows.sort(java.util.Comparator.comparingInt(x -> (Integer) x.get("id")));
      print(out, rows);
      long ok =
          rows.stream()
              .filter(
                  x -> x.get("result").equals("requested") || x.get("result").equals("completed"))
              .count();
      if (ok == rows.size()) {
        return 0;
      }
      root()
          .failureLine(
              spec.qualifiedName().replaceFirst("^dsm4j ", "")
                  + ": "
                  + (rows.size() - ok)
                  + " of "
                  + rows.size()
                  + " computer(s) failed or timed out (see the table)");
      return ok == 0 ? Dsm4j.FAILURE : Dsm4j.PARTIAL;
    }

    private boolean waitForScan(Manager m, int id, Instant started, Duration timeout) {
      Instant deadline = Instant.now().plus(timeout);
      while (Instant.now().isBefore(deadline)) {
        try {
          Recommendations r = m.computers().recommendations(id, RuleKind.INTRUSION_PREVENTION);
          if (r.lastScan() != null
              && r.lastScan().isAfter(started)
              && r.status() != ScanStatus.NONE) {
            return true;
          }
        } catch (DsmException e) {
          progress("waiting for computer " + id + ": " + e.getMessage());
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return false;
    }

    private static Map<String, Object> row(int id, String result, String error) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("result", result);
      row.put("error", error);
      return row;
    }

    private void print(Output out, List<Map<String, Object>> rows) {
      out.rows(new String[] {"id", "result", "error"}, rows);
    }
  }

  @Command(name = "scan-recommendations", description = "Run a recommendation scan.")
  static final class ScanRecommendations extends Action {
    @Override
    ComputerAction action() {
      return ComputerAction.SCAN_FOR_RECOMMENDATIONS;
    }
  }

  @Command(name = "scan-malware", description = "Run a malware scan.")
  static final class ScanMalware extends Action {
    @Override
    ComputerAction action() {
      return ComputerAction.SCAN_FOR_MALWARE;
    }
  }

  @Command(name = "scan-integrity", description = "Scan for integrity changes.")
  static final class ScanIntegrity extends Action {
    @Override
    ComputerAction action() {
      return ComputerAction.SCAN_FOR_INTEGRITY_CHANGES;
    }
  }

  @Command(name = "update-now", description = "Send the policy to the computers now.")
  static final class UpdateNow extends Action {
    @Override
    ComputerAction action() {
      return ComputerAction.SEND_POLICY;
    }
  }
}
