package io.dsm4j.cli;

import io.dsm4j.Manager;
import io.dsm4j.automation.ApplyReport;
import io.dsm4j.automation.DetectOnlyScope;
import io.dsm4j.automation.PromoteReport;
import io.dsm4j.automation.RollbackReport;
import io.dsm4j.automation.RolloutPlan;
import io.dsm4j.automation.RuleUpdateRollout;
import io.dsm4j.automation.Scope;
import io.dsm4j.model.Computer;
import io.dsm4j.model.Policy;
import io.dsm4j.model.SecurityUpdate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dsm4j rule-update …}: a staged rule-update rollout (detect-only first, promote after a
 * soak, roll back from the journal). Each step but {@code plan} is a dry run unless {@code --yes}.
 */
@Command(
    name = "rule-update",
    description =
        "Roll out a rule update without blocking traffic: plan, apply, promote, rollback.",
    subcommands = {
      RuleUpdateCommands.Plan.class,
      RuleUpdateCommands.Apply.class,
      RuleUpdateCommands.Promote.class,
      RuleUpdateCommands.Rollback.class
    })
final class RuleUpdateCommands {
  private RuleUpdateCommands() {}

  /** {@code --computers}, {@code --group}, {@code --policy}. */
  static final class ScopeOptions {
    @Option(
        names = "--computers",
        arity = "1..*",
        paramLabel = "C",
        description = "Computers (ID or exact host name).")
    List<String> computers = new ArrayList<>();

    @Option(names = "--group", paramLabel = "G", description = "A computer group (ID or name).")
    String group;

    @Option(names = "--policy", paramLabel = "P", description = "A policy (ID or name).")
    String policy;

    Scope scope() {
      return new Scope(computers, group, policy);
    }
  }

  /** What the steps share: the progress lines, refusals as exit 1. */
  abstract static class Step extends Base {
    RuleUpdateRollout.Builder rollout(Manager m) {
      return RuleUpdateRollout.builder(m).progress(this::progress);
    }

    @Override
    int run(Manager m, Output out) {
      return step(m, out);
    }

    abstract int step(Manager m, Output out);

    void dryRunNote(boolean dryRun) {
      if (dryRun) {
        progress("dry run: nothing was changed; add --yes to do it");
      }
    }
  }

  @Command(
      name = "plan",
      description =
          "Show the pending updates, the scope, the steps apply would take and the settings that"
              + " would defeat the staging. Read-only.")
  static final class Plan extends Step {
    @Mixin ScopeOptions scope;

    @Option(names = "--update", paramLabel = "UPDATE_ID", description = "The update to stage.")
    String update;

    @Override
    int step(Manager m, Output out) {
      RuleUpdateRollout.Builder b = rollout(m).scope(scope.scope());
      if (update != null) {
        b.updateId(id(update, "update"));
      }
      RolloutPlan p = b.build().plan();
      if (out.format() == Output.Format.JSON) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("pendingUpdates", p.pendingUpdates());
        v.put("selected", p.selected());
        v.put("updatesUnavailable", p.updatesUnavailable());
        v.put("computers", p.computers());
        v.put("policies", p.policies().stream().map(RuleUpdateCommands::policyRef).toList());
        v.put("detectOnlyScope", p.detectOnlyScope());
        v.put("steps", p.steps());
        v.put("warnings", p.warnings());
        v.put("backends", p.backends());
        out.json(v);
        return 0;
      }
      if (!p.updatesUnavailable().isEmpty()) {
        out.table(
            new String[] {"updates"}, List.<String[]>of(new String[] {p.updatesUnavailable()}));
      } else {
        out.records(p.pendingUpdates(), "id", "name", "released", "appliedState", "contentSummary");
      }
      root().out.println();
      List<String[]> rows = new ArrayList<>();
      for (Computer c : p.computers()) {
        String policy =
            p.policies().stream()
                .filter(x -> c.policyId() != null && x.id() == c.policyId())
                .map(Policy::name)
                .findFirst()
                .orElse("");
        rows.add(
            new String[] {
              String.valueOf(c.id()), c.hostName(), Output.cell(c.policyId()), Output.cell(policy)
            });
      }
      out.table(new String[] {"computerId", "hostName", "policyId", "policy"}, rows);
      root().out.println();
      out.properties(Map.of("detectOnlyScope", p.detectOnlyScope()));
      root().out.println();
      numbered(out, "step", p.steps());
      if (!p.warnings().isEmpty()) {
        root().out.println();
        numbered(out, "warning", p.warnings());
      }
      SecurityUpdate s = p.selected();
      if (s != null) {
        progress("apply would stage update " + s.id() + " (" + s.name() + ")");
      }
      return 0;
    }

    private static void numbered(Output out, String title, List<String> lines) {
      List<String[]> rows = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        rows.add(new String[] {String.valueOf(i + 1), lines.get(i)});
      }
      out.table(new String[] {"#", title}, rows);
    }
  }

  @Command(
      name = "apply",
      description =
          "Apply the update detect-only, rescan, stage newly recommended rules detect-only on the"
              + " computers' policies, send policy. Dry run unless --yes; resumable from --journal.")
  static final class Apply extends Step {
    @Mixin ScopeOptions scope;

    @Option(names = "--update", paramLabel = "UPDATE_ID", description = "The update to stage.")
    String update;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "Journal.")
    Path journal;

    @Option(
        names = "--scan-timeout",
        defaultValue = "30m",
        description = "How long to wait for scans.")
    String scanTimeout;

    @Option(names = "--no-send-policy", description = "Do not send policy afterwards.")
    boolean noSendPolicy;

    @Option(
        names = "--poll-interval",
        defaultValue = "5s",
        hidden = true,
        description = "How often a running scan is polled.")
    String pollInterval;

    @Option(names = "--yes", description = "Do it (without: a dry run).")
    boolean yes;

    @Override
    int step(Manager m, Output out) {
      RuleUpdateRollout.Builder b =
          rollout(m)
              .scope(scope.scope())
              .scanTimeout(Times.duration(scanTimeout))
              .pollInterval(Times.duration(pollInterval))
              .sendPolicy(!noSendPolicy);
      if (update != null) {
        b.updateId(id(update, "update"));
      }
      ApplyReport r = b.build().apply(journal, !yes);
      if (out.format() == Output.Format.JSON) {
        out.json(applyJson(r));
      } else {
        applyTable(out, root().out, r);
      }
      r.sendPolicyFailed()
          .forEach((id, e) -> progress("send policy failed on computer " + id + ": " + e));
      r.notes().forEach(this::progress);
      dryRunNote(r.dryRun());
      return r.sendPolicyFailed().isEmpty() ? 0 : Dsm4j.PARTIAL;
    }
  }

  @Command(
      name = "promote",
      description =
          "After the soak, switch the rules this tool staged to prevent. Dry run unless --yes.")
  static final class Promote extends Step {
    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "Journal.")
    Path journal;

    @Option(names = "--after", defaultValue = "7d", description = "The soak period (default 7d).")
    String after;

    @Option(
        names = "--keep-detect-if-events",
        description = "Leave rules that raised IPS events during the soak detect-only.")
    boolean keep;

    @Option(names = "--yes", description = "Do it (without: a dry run).")
    boolean yes;

    @Override
    int step(Manager m, Output out) {
      PromoteReport r = rollout(m).build().promote(journal, Times.duration(after), keep, !yes);
      if (out.format() == Output.Format.JSON) {
        out.json(r);
      } else {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("dryRun", r.dryRun());
        v.put("updateId", r.updateId());
        v.put("appliedAt", r.appliedAt());
        v.put("detectOnlyScope", r.detectOnlyScope());
        v.put("promoted", r.promoted().size());
        v.put("alreadyPromoted", r.alreadyPromoted().size());
        v.put("keptDetectOnly", r.keptDetectOnly().size());
        v.put("eventsSeen", r.eventsSeen());
        out.properties(v);
        root().out.println();
        String done = r.dryRun() ? "would switch to prevent" : "prevent";
        List<String[]> rows = new ArrayList<>();
        if (r.detectOnlyScope() == DetectOnlyScope.PER_POLICY) {
          r.perPolicy()
              .forEach(
                  (policy, rules) ->
                      rules.forEach(
                          id ->
                              rows.add(
                                  new String[] {
                                    String.valueOf(id), String.valueOf(policy), done, ""
                                  })));
        } else {
          r.promoted().forEach(id -> rows.add(new String[] {String.valueOf(id), "all", done, ""}));
        }
        r.keptDetectOnly()
            .forEach(
                (id, n) ->
                    rows.add(
                        new String[] {
                          String.valueOf(id), "", "kept detect-only (review)", String.valueOf(n)
                        }));
        out.table(new String[] {"ruleId", "policyId", "result", "events"}, rows);
      }
      dryRunNote(r.dryRun());
      return 0;
    }
  }

  @Command(
      name = "rollback",
      description =
          "Restore the assignments and detect-only flags the journal recorded (the update stays"
              + " applied). Dry run unless --yes.")
  static final class Rollback extends Step {
    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "Journal.")
    Path journal;

    @Option(names = "--yes", description = "Do it (without: a dry run).")
    boolean yes;

    @Override
    int step(Manager m, Output out) {
      RollbackReport r = rollout(m).build().rollback(journal, !yes);
      if (out.format() == Output.Format.JSON) {
        out.json(r);
      } else {
        List<String[]> rows = new ArrayList<>();
        for (RollbackReport.PolicyRestore p : r.policies()) {
          rows.add(
              new String[] {
                "policy " + p.policyId(),
                "direct IPS " + Output.cell(p.before()),
                Output.cell(p.restoredTo())
              });
        }
        for (RollbackReport.OverrideRestore x : r.overrides()) {
          rows.add(
              new String[] {
                "rule " + x.ruleId() + " on policy " + x.policyId(),
                "detectOnly override",
                String.valueOf(x.restoredTo())
              });
        }
        for (RollbackReport.RuleRestore x : r.rules()) {
          rows.add(
              new String[] {
                "rule " + x.ruleId(),
                "detectOnly " + x.detectOnlyBefore(),
                String.valueOf(x.restoredTo())
              });
        }
        out.table(new String[] {"what", "now", "restoredTo"}, rows);
      }
      r.notes().forEach(this::progress);
      dryRunNote(r.dryRun());
      return 0;
    }
  }

  static Map<String, Object> policyRef(Policy p) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", p.id());
    v.put("name", p.name());
    return v;
  }

  /** The apply report as one JSON object: camelCase keys, nested, maps sorted by key. */
  static Map<String, Object> applyJson(ApplyReport r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("dryRun", r.dryRun());
    v.put("journal", r.journal().toString());
    v.put("updateId", r.updateId());
    v.put("updateName", r.updateName());
    v.put("detectOnlyScope", r.detectOnlyScope());
    v.put("computers", r.computers());
    v.put("policyIds", r.policyIds());
    v.put("ruleChangeKnown", r.ruleChangeKnown());
    v.put("addedRules", r.ruleChangeKnown() ? r.addedRules() : null);
    v.put("updatedRules", r.ruleChangeKnown() ? r.updatedRules() : null);
    v.put("addedNotDetectOnly", r.ruleChangeKnown() ? r.addedNotDetectOnly() : null);
    v.put("scansCompleted", r.scansCompleted());
    v.put("rulesPerPolicy", r.rulesPerPolicy());
    v.put("switchedToDetectOnly", r.switchedToDetectOnly());
    v.put("otherPoliciesAffected", r.otherPoliciesAffected());
    Map<String, Object> send = new LinkedHashMap<>();
    send.put("succeeded", r.sendPolicySucceeded());
    send.put("failed", r.sendPolicyFailed());
    v.put("sendPolicy", send);
    v.put("promotedAt", r.promotedAt());
    v.put("steps", r.steps());
    v.put("backends", r.backends());
    v.put("notes", r.notes());
    return v;
  }

  private static void applyTable(Output out, java.io.PrintStream stdout, ApplyReport r) {
    String unknown = "unknown until the update is applied";
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("dryRun", r.dryRun());
    v.put("update", r.updateId() + " " + r.updateName());
    v.put("journal", r.journal());
    v.put("detectOnlyScope", r.detectOnlyScope());
    v.put("computers", r.computers());
    v.put("policyIds", r.policyIds());
    v.put("addedRules", r.ruleChangeKnown() ? r.addedRules().size() : unknown);
    v.put("updatedRules", r.ruleChangeKnown() ? r.updatedRules().size() : unknown);
    v.put("scansCompleted", r.scansCompleted());
    v.put("switchedToDetectOnly", r.switchedToDetectOnly());
    v.put("sendPolicySucceeded", r.sendPolicySucceeded().size());
    v.put("sendPolicyFailed", r.sendPolicyFailed().size());
    if (r.promotedAt() != null) {
      v.put("promotedAt", r.promotedAt());
    }
    r.backends().forEach((k, x) -> v.put("backend " + k, x));
    out.properties(v);
    List<String[]> rows = new ArrayList<>();
    r.rulesPerPolicy()
        .forEach(
            (p, rules) ->
                rows.add(
                    new String[] {
                      String.valueOf(p), String.valueOf(rules.size()), Output.cell(rules)
                    }));
    List<String[]> steps = new ArrayList<>();
    r.steps().forEach(st -> steps.add(new String[] {st}));
    stdout.println();
    out.table(new String[] {"policyId", "staged", "ruleIds"}, rows);
    stdout.println();
    out.table(new String[] {"step"}, steps);
  }
}
