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
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dsm4j computers …}. */
@Command(
    name = "computers",
    description =
        "Computers with their status: list and search, show, create, delete, move, assign a"
            + " policy, recommendations, actions, agent deployment scripts.",
    subcommands = {
      ComputerListCommand.class,
      ComputerCommands.Get.class,
      ComputerLifecycleCommands.Create.class,
      ComputerLifecycleCommands.Delete.class,
      ComputerLifecycleCommands.Move.class,
      ComputerCommands.AssignPolicy.class,
      ComputerCommands.Recommend.class,
      ComputerCommands.ScanRecommendations.class,
      ComputerCommands.ScanMalware.class,
      ComputerCommands.ScanIntegrity.class,
      ComputerCommands.UpdateNow.class,
      SettingCommands.ComputerSettings.class,
      RuleOverrideCommands.ComputerRules.class,
      ComputerCommands.Activate.class,
      ComputerCommands.Deactivate.class,
      ComputerCommands.ClearWarnings.class,
      ComputerCommands.GetEventsNow.class,
      ComputerLifecycleCommands.DeploymentScript.class
    })
final class ComputerCommands {
  private ComputerCommands() {}

  /**
   * The computers the user named, each resolved to its ID in the order given (all checked as input
   * first; unlike {@link ComputerLifecycleCommands#ids}, repetitions stay).
   */
  static List<Integer> ids(Manager m, List<String> computers) {
    computers.forEach(c -> Resolver.parse(c, "computer"));
    List<Integer> ids = new ArrayList<>();
    for (String c : computers) {
      ids.add(Base.computer(m, c).id());
    }
    return ids;
  }

  @Command(
      name = "get",
      description =
          "Show one computer with its status: agent status, last communication, policy sent,"
              + " each module's state and status, messages, addresses, cloud instance.")
  static final class Get extends Base {
    @Parameters(paramLabel = "COMPUTER")
    String computer;

    @Override
    int run(Manager m, Output out) {
      Computer c = computer(m, computer);
      if (out.format() == Output.Format.JSON) {
        out.json(ComputerRows.row(c));
      } else {
        out.properties(ComputerRows.row(c));
      }
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
      List<Integer> ids = ids(m, computers);
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

    private final ComputerAction action;

    Action(ComputerAction action) {
      this.action = action;
    }

    @Override
    int run(Manager m, Output out) {
      Duration timeout = Connector.usage("--wait-timeout", () -> Times.duration(waitTimeout));
      if (await && action != ComputerAction.SCAN_FOR_RECOMMENDATIONS) {
        throw new Dsm4j.UsageException(
            "--wait is only available for scan-recommendations: the APIs report no completion"
                + " for other actions");
      }
      List<Integer> ids = ids(m, computers);
      Instant started = Instant.now().minusSeconds(1);
      BulkResult r = m.computers().run(action, ids);
      BulkReport report = new BulkReport();
      r.failed().forEach((id, e) -> report.failed(id, "failed", e.getMessage()));
      for (Integer id : r.succeeded()) {
        if (!await) {
          report.ok(id, "requested");
        } else if (waitForScan(m, id, started, timeout)) {
          report.ok(id, "completed");
        } else {
          report.failed(id, "timed-out", "no completed scan within " + waitTimeout);
        }
      }
      return report.print(this, out);
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
  }

  @Command(name = "scan-recommendations", description = "Run a recommendation scan.")
  static final class ScanRecommendations extends Action {
    ScanRecommendations() {
      super(ComputerAction.SCAN_FOR_RECOMMENDATIONS);
    }
  }

  @Command(name = "scan-malware", description = "Run a malware scan.")
  static final class ScanMalware extends Action {
    ScanMalware() {
      super(ComputerAction.SCAN_FOR_MALWARE);
    }
  }

  @Command(name = "scan-integrity", description = "Scan for integrity changes.")
  static final class ScanIntegrity extends Action {
    ScanIntegrity() {
      super(ComputerAction.SCAN_FOR_INTEGRITY_CHANGES);
    }
  }

  @Command(name = "update-now", description = "Send the policy to the computers now.")
  static final class UpdateNow extends Action {
    UpdateNow() {
      super(ComputerAction.SEND_POLICY);
    }
  }

  @Command(name = "activate", description = "Activate the computers' agents (SOAP).")
  static final class Activate extends Action {
    Activate() {
      super(ComputerAction.ACTIVATE_AGENT);
    }
  }

  @Command(
      name = "deactivate",
      description = "Deactivate the computers' agents: they become unmanaged (SOAP).")
  static final class Deactivate extends Action {
    Deactivate() {
      super(ComputerAction.DEACTIVATE_AGENT);
    }
  }

  @Command(
      name = "clear-warnings",
      description = "Clear the computers' warnings and errors (SOAP).")
  static final class ClearWarnings extends Action {
    ClearWarnings() {
      super(ComputerAction.CLEAR_WARNINGS_AND_ERRORS);
    }
  }

  @Command(name = "get-events-now", description = "Fetch the agents' events now (SOAP).")
  static final class GetEventsNow extends Action {
    GetEventsNow() {
      super(ComputerAction.GET_EVENTS_NOW);
    }
  }
}
